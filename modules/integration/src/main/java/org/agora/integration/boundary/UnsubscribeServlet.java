package org.agora.integration.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.agora.platform.boundary.Html;

/**
 * The unsubscribe link in every email, usable without logging in: GET shows a confirmation
 * button (so link scanners in mail gateways do not unsubscribe anyone), POST unsubscribes, as does
 * the one-click POST of RFC 8058 that mail clients send. The signed token says who.
 */
@WebServlet("/mail/unsubscribe")
public class UnsubscribeServlet extends HttpServlet {

  @Inject Mail mail;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String token = request.getParameter("token");
    page(response, HttpServletResponse.SC_OK, "<form method=\"post\"><input type=\"hidden\" name=\"token\" value=\""
        + Html.escape(token) + "\"><p>Stop Agora emails? / Agora-E-Mails abbestellen?</p>"
        + "<button type=\"submit\">Unsubscribe / Abbestellen</button></form>");
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (mail.unsubscribe(request.getParameter("token"))) {
      page(response, HttpServletResponse.SC_OK, "<p>You will get no more Agora emails. / Sie erhalten keine Agora-E-Mails mehr.</p>");
    } else {
      page(response, HttpServletResponse.SC_BAD_REQUEST, "<p>This unsubscribe link is not valid. / Dieser Link ist ung\u00fcltig.</p>");
    }
  }

  private static void page(HttpServletResponse response, int status, String content) throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write("<!DOCTYPE html><html><head><title>Agora</title></head><body>" + content + "</body></html>");
  }
}
