package org.agora.bookmarks.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.agora.bookmarks.entity.BookmarkView;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Social bookmarks: save, list, share by visibility, see who else saved a link, import and export. */
@Path("bookmarks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "bookmarks")
public class BookmarksResource {

  @Inject Bookmarks bookmarks;
  @Inject BookmarkFiles files;
  @Inject CurrentUser currentUser;

  @GET
  @Operation(summary = "Bookmarks I may see, newest first; ?tag=, ?person=, ?community=, ?mine=true")
  public Page<BookmarkView> list(
      @QueryParam("tag") String tag, @QueryParam("person") Long person, @QueryParam("community") Long community,
      @QueryParam("mine") boolean mine, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
    Long owner = mine ? Long.valueOf(currentUser.id()) : person;
    return bookmarks.list(currentUser.required(), new Bookmarks.Filter(tag, owner, community), PageRequest.of(limit, cursor));
  }

  @POST
  @Operation(summary = "Save a link (PRIVATE by default); saving the same link again updates my bookmark")
  public Response save(@Valid @NotNull BookmarkRequest request) {
    Bookmarks.Saved saved = bookmarks.save(currentUser.required(), request);
    return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(bookmarks.get(currentUser.required(), saved.id()))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One bookmark")
  public BookmarkView get(@PathParam("id") long id) {
    return bookmarks.get(currentUser.required(), id);
  }

  @PATCH
  @Path("{id}")
  @Operation(summary = "Change title, notes, tags or visibility of my bookmark")
  public BookmarkView update(@PathParam("id") long id, @Valid @NotNull BookmarkRequest change) {
    return bookmarks.update(currentUser.required(), id, change);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete my bookmark")
  public Response delete(@PathParam("id") long id) {
    bookmarks.delete(currentUser.required(), id);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/savers")
  @Operation(summary = "Who else saved this link, with their tags and notes (only what I may see)")
  public Page<BookmarkView> savers(@PathParam("id") long id) {
    return new Page<>(bookmarks.savers(currentUser.required(), id), null);
  }

  @GET
  @Path("tags")
  @Operation(summary = "Tag cloud, weighted by use: mine (?mine=true) or across what I may see")
  public List<org.agora.bookmarks.entity.TagCount> tags(@QueryParam("mine") boolean mine) {
    return bookmarks.tagCloud(currentUser.required(), mine);
  }

  @GET
  @Path("tags/{tag}/related")
  @Operation(summary = "Tags used together with this one, most often first")
  public List<org.agora.bookmarks.entity.TagCount> related(@PathParam("tag") String tag) {
    return bookmarks.relatedTags(currentUser.required(), tag);
  }

  @POST
  @Path("tags/{tag}/rename")
  @Operation(summary = "Rename one of my tags on all my bookmarks ({\"to\": \"new\"}); an existing name merges")
  public Map<String, Integer> rename(@PathParam("tag") String tag, @Valid @NotNull TagRename request) {
    return Map.of("bookmarks", bookmarks.renameTag(currentUser.required(), tag, request.to));
  }

  @GET
  @Path("popular")
  @Operation(summary = "Links most saved in the last ?days= (default 7), optionally only those saved with ?tag=")
  public List<org.agora.bookmarks.entity.PopularLink> popular(@QueryParam("days") Integer days, @QueryParam("tag") String tag) {
    return bookmarks.popular(currentUser.required(), days == null ? 7 : days, tag);
  }

  @POST
  @Path("import")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Import a browser bookmark file (multipart field 'file', at most 5 MiB); all or nothing")
  public BookmarkFiles.ImportReport importFile(List<EntityPart> parts) throws IOException {
    // Without a Content-Type the request still reaches this method, with no parts at all.
    EntityPart file = (parts == null ? List.<EntityPart>of() : parts).stream().filter(p -> "file".equals(p.getName())).findFirst()
        .orElseThrow(() -> new jakarta.ws.rs.BadRequestException("file: missing multipart field 'file'"));
    return files.importFile(currentUser.required(), read(file.getContent()));
  }

  @GET
  @Path("export")
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "Export my bookmarks as a browser bookmark file")
  public Response export() {
    return Response.ok(files.export(currentUser.required()))
        .header("Content-Disposition", "attachment; filename=\"agora-bookmarks.html\"")
        .build();
  }

  /** Reads at most the allowed size; a larger upload is refused before it fills memory. */
  private static String read(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(BookmarkFiles.MAX_BYTES + 1);
    if (bytes.length > BookmarkFiles.MAX_BYTES) {
      throw new ClientErrorException("file: at most 5 MiB", Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
