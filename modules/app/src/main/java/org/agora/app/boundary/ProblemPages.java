package org.agora.app.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.agora.platform.boundary.Problem;

/**
 * The container's error pages (web.xml {@code <error-page>}): when the container itself refuses a
 * request (a path under {@code /WEB-INF}, a role it lacks, a body JAX-RS cannot read) the caller
 * gets the same RFC 9457 problem+json and security headers as from the API, not Payara's HTML. The
 * detail is fixed per status: nothing of the request is echoed.
 */
@WebServlet(ProblemPages.PATH)
public class ProblemPages extends HttpServlet {

  static final String PATH = "/problem-page";

  private static final Map<Integer, String> TITLES = Map.ofEntries(
      Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
      Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
      Map.entry(408, "Request Timeout"), Map.entry(413, "Content Too Large"), Map.entry(414, "URI Too Long"),
      Map.entry(415, "Unsupported Media Type"), Map.entry(500, "Internal Server Error"),
      Map.entry(501, "Not Implemented"), Map.entry(503, "Service Unavailable"));

  private static final Map<Integer, String> DETAILS = Map.of(
      400, "The request could not be read: check its URL, headers and body.",
      401, "Authentication required: sign in, or use HTTP Basic or a Bearer token.",
      403, "You may not do this.",
      404, "There is nothing at this address.",
      405, "This address does not take this method.",
      413, "The request body is too large.",
      415, "This address does not take this Content-Type.",
      500, "Something went wrong on Agora's side; it has been logged.");

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
    if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null) {
      status = 500;
    }
    Problem.of(status, TITLES.getOrDefault(status, "Error"), DETAILS.getOrDefault(status, "The request failed."))
        .writeTo(request, response);
  }
}
