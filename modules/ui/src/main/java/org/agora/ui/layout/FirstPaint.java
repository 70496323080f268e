package org.agora.ui.layout;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.ElementUtil;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A page loaded by its address shows a {@link ReadableBeforeScripts} view before the app's scripts
 * have run. The page's HTML already carries the view as the server drew it for this request
 * ({@link ViewInFirstAnswer}), but only as data for the scripts, which need half a second or more
 * on a laptop to turn it into a page. This puts a read-only copy of the view into the HTML itself:
 * its text, links and layout, without ids and controls, under a stand-in for the app bar. It is the
 * same UI the scripts then draw (same person, same permissions, same language), and the first
 * answer from the server removes the copy in the step that draws the page.
 */
@ApplicationScoped
public class FirstPaint {

  static final String CLASS = "first-paint";
  private static final String REMOVE = "document.querySelector('body > ." + CLASS + "')?.remove()";

  void install(@Observes ServiceInitEvent event) {
    event.addIndexHtmlRequestListener(this::addCopy);
    event.getSource().addUIInitListener(init -> {
      UI ui = init.getUI();
      ui.addAfterNavigationListener(navigated -> {
        if (navigated.getActiveChain().stream().anyMatch(ReadableBeforeScripts.class::isInstance)) {
          ui.getPage().executeJs(REMOVE);
        }
      });
    });
  }

  private void addCopy(IndexHtmlResponse response) {
    // Not response.getUI(): it answers only when eager loading is configured, not set as ViewInFirstAnswer does.
    Optional<HasElement> view = Optional.ofNullable(UI.getCurrent()).flatMap(FirstPaint::readableView);
    if (view.isEmpty()) {
      return;
    }
    Document page = response.getDocument();
    Element copy = page.createElement("div").addClass(CLASS).attr("aria-busy", "true");
    copy.appendElement("div").addClass(CLASS + "-bar").text("Agora");
    Node content = ElementUtil.toJsoup(page, view.get().getElement());
    if (content instanceof Element root) {
      copy.appendChild(ReadOnlyCopy.of(root).tagName("main").addClass(CLASS + "-view"));
      page.body().prependChild(copy);
    }
  }

  private static Optional<HasElement> readableView(UI ui) {
    return ui.getInternals().getActiveRouterTargetsChain().stream()
        .filter(ReadableBeforeScripts.class::isInstance)
        .findFirst();
  }
}
