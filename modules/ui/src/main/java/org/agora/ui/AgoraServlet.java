package org.agora.ui;

import com.vaadin.cdi.CdiVaadinServlet;
import jakarta.servlet.annotation.WebInitParam;
import jakarta.servlet.annotation.WebServlet;

/**
 * The Vaadin servlet with CDI, registered here rather than by vaadin-cdi's automatic deployment so
 * that it also serves the context root itself (the pattern {@code ""}): Payara Micro 7 answers a
 * request for "/" with an empty page of its own when only {@code /*} is mapped, so a colleague
 * opening Agora's address saw nothing. Push (Atmosphere) would derive its WebSocket endpoint from
 * the mapping {@code ""} and fail; it is told the push path itself, as Vaadin tells it when it
 * registers the servlet on its own.
 */
@WebServlet(
    urlPatterns = {"/*", ""},
    asyncSupported = true,
    initParams = @WebInitParam(name = "org.atmosphere.container.JSR356AsyncSupport.mappingPath", value = "/VAADIN/push"))
public class AgoraServlet extends CdiVaadinServlet {}
