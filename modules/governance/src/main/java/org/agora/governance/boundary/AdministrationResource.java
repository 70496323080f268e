package org.agora.governance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agora.activity.boundary.PostModeration;
import org.agora.bookmarks.boundary.Bookmarks;
import org.agora.people.boundary.Accounts;
import org.agora.platform.boundary.AuditLog;
import org.agora.platform.boundary.Csv;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.AuditEntry;
import org.agora.platform.entity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins: disable and enable accounts, read and export the audit log. */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "administration")
@RolesAllowed(Roles.ADMIN)
public class AdministrationResource {

  @Inject Accounts accounts;
  @Inject PostModeration posts;
  @Inject Bookmarks bookmarks;
  @Inject AuditLog audit;
  @Inject CurrentUser currentUser;

  @POST
  @Path("people/{id}/disable")
  @Transactional
  @Operation(summary = "Disable an account: no login, sessions, tokens and live connections end; {\"hideContent\": true} hides what they wrote and saved")
  public Map<String, Integer> disable(@PathParam("id") long id, AccountRequest request) {
    AgoraPrincipal admin = currentUser.required();
    AccountRequest body = request == null ? new AccountRequest() : request;
    accounts.disable(admin, id, body.note);
    if (!body.hideContent) {
      return Map.of("hiddenPosts", 0, "hiddenBookmarks", 0);
    }
    int hiddenPosts = posts.hideAllBy(admin, id);
    int hiddenBookmarks = bookmarks.hideAllBy(id);
    audit.record("person.content-hidden", "person", id, hiddenPosts + " posts/comments, " + hiddenBookmarks + " bookmarks");
    return Map.of("hiddenPosts", hiddenPosts, "hiddenBookmarks", hiddenBookmarks);
  }

  @POST
  @Path("people/{id}/enable")
  @Operation(summary = "Enable a disabled account again")
  public Response enable(@PathParam("id") long id, AccountRequest request) {
    accounts.enable(currentUser.required(), id, request == null ? null : request.note);
    return Response.noContent().build();
  }

  @GET
  @Path("audit")
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  @Operation(summary = "The audit log, newest first (Accept: text/csv or ?format=csv exports up to 10,000 entries)")
  public Response audit(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
      @QueryParam("format") String format, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
    boolean csv = "csv".equals(format) || headers.getAcceptableMediaTypes().stream()
        .anyMatch(m -> "text".equals(m.getType()) && "csv".equals(m.getSubtype()));
    if (!csv) {
      return Response.ok(audit.list(PageRequest.of(limit, cursor)).map(AuditView::of), MediaType.APPLICATION_JSON).build();
    }
    List<List<?>> rows = new ArrayList<>();
    String next = null;
    do {
      Page<AuditEntry> page = audit.list(PageRequest.of(PageRequest.MAX_LIMIT, next));
      page.items().forEach(e -> rows.add(List.of(e.getId(), e.getAt(), nz(e.getActorUsername()), e.getAction(),
          nz(e.getTargetType()), e.getTargetId() == null ? "" : e.getTargetId(), nz(e.getDetail()))));
      next = page.next();
    } while (next != null && rows.size() < 10_000);
    return Response.ok(Csv.of(List.of("id", "at", "actor", "action", "target_type", "target_id", "detail"), rows), "text/csv")
        .header("Content-Disposition", "attachment; filename=\"agora-audit.csv\"").build();
  }

  private static Object nz(Object value) {
    return value == null ? "" : value;
  }

  /** One audit entry as JSON. */
  public record AuditView(long id, java.time.Instant at, String actor, String action, String targetType, Long targetId,
      String detail) {
    static AuditView of(AuditEntry e) {
      return new AuditView(e.getId(), e.getAt(), e.getActorUsername(), e.getAction(), e.getTargetType(), e.getTargetId(),
          e.getDetail());
    }
  }
}
