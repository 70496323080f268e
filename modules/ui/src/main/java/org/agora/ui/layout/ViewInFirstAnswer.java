package org.agora.ui.layout;

import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every page load answers with the view already in it (Vaadin's "eager server load": the initial
 * UIDL inside the HTML). Without it the browser asks twice more before it can draw anything, once
 * for the UI ({@code ?v-r=init}) and once for the route, each a request, a server turn under the
 * session lock and a round of client work; on the shared test machine that was 100 to 400 ms of a
 * page load (docs/benchmarks.md, the web app in a browser). Set here rather than with the Maven
 * plugin's {@code eagerServerLoad}, which the build with the ready-made bundle writes as false.
 */
@ApplicationScoped
public class ViewInFirstAnswer {

  void install(@Observes ServiceInitEvent event) {
    event.getSource().setBootstrapInitialPredicate(request -> true);
  }
}
