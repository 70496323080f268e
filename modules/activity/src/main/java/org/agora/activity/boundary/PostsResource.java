package org.agora.activity.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Posts and everything done to them: comments, shares, reactions, edits, deletes, answers. */
@Path("posts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "activity")
public class PostsResource {

  @Inject Posts posts;
  @Inject Reactions reactions;
  @Inject Polls polls;
  @Inject Feeds feeds;
  @Inject CurrentUser currentUser;
  @Context UriInfo uri;

  @POST
  @Operation(summary = "Post to my profile, or into a community I am a member of (Markdown, at most 10,000 characters),"
      + " optionally with a poll of 2 to 10 answers")
  public Response post(@Valid @NotNull PostRequest request) {
    boolean question = Boolean.TRUE.equals(request.question);
    long id = posts.post(currentUser.required(), request.text, request.communityId, question, request.poll);
    return created(id);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A post (or the post of a comment) with the first page of its comments")
  public Feeds.Thread get(@PathParam("id") long id) {
    return feeds.thread(currentUser.required(), id);
  }

  @GET
  @Path("{id}/revisions")
  @Operation(summary = "The earlier texts of an edited post or comment")
  public org.agora.platform.boundary.Page<org.agora.activity.entity.Revision> revisions(@PathParam("id") long id) {
    return new org.agora.platform.boundary.Page<>(feeds.revisions(currentUser.required(), id), null);
  }

  @PATCH
  @Path("{id}")
  @Operation(summary = "Edit my post or comment; earlier text is kept as history")
  public Response edit(@PathParam("id") long id, @Valid @NotNull CommentRequest request) {
    posts.edit(currentUser.required(), id, request.text);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a post or comment (authors, community moderators, admins)")
  public Response delete(@PathParam("id") long id) {
    posts.delete(currentUser.required(), id);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/comments")
  @Operation(summary = "A post's comments, oldest first, a page at a time")
  public org.agora.platform.boundary.Page<org.agora.activity.entity.FeedItem> comments(
      @PathParam("id") long id, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
    return feeds.comments(currentUser.required(), id, PageRequest.of(limit, cursor));
  }

  @POST
  @Path("{id}/comments")
  @Operation(summary = "Comment on a post (at most 5,000 characters)")
  public Response comment(@PathParam("id") long id, @Valid @NotNull CommentRequest request) {
    return created(posts.comment(currentUser.required(), id, request.text));
  }

  @POST
  @Path("{id}/shares")
  @Operation(summary = "Share a post, with an optional comment, to my profile or a community")
  public Response share(@PathParam("id") long id, @Valid @NotNull ShareRequest request) {
    return created(posts.share(currentUser.required(), id, request.text, request.communityId));
  }

  @PUT
  @Path("{id}/reactions")
  @Operation(summary = "React to a post or comment (once; remove to change)")
  public Response react(@PathParam("id") long id, @Valid @NotNull ReactionRequest request) {
    reactions.react(currentUser.required(), id, request.kind);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/reactions")
  @Operation(summary = "Remove my reaction")
  public Response unreact(@PathParam("id") long id) {
    reactions.withdraw(currentUser.required(), id);
    return Response.noContent().build();
  }

  @PUT
  @Path("{id}/vote")
  @Operation(summary = "Vote in the post's poll, or change my vote in a named poll until it closes (409 after)")
  public Response vote(@PathParam("id") long id, @Valid @NotNull VoteRequest request) {
    polls.vote(currentUser.required(), id, request.options);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/vote")
  @Operation(summary = "Withdraw my vote in a named poll until it closes (an anonymous vote is final: 409)")
  public Response withdrawVote(@PathParam("id") long id) {
    polls.withdraw(currentUser.required(), id);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/vote/voters")
  @Operation(summary = "Who chose which answer of a named poll (403 for an anonymous poll)")
  public java.util.List<Polls.OptionVoters> voters(@PathParam("id") long id) {
    return polls.voters(currentUser.required(), id);
  }

  @PUT
  @Path("{id}/answer/{commentId}")
  @Operation(summary = "Accept a comment as the answer to my question")
  public Response accept(@PathParam("id") long id, @PathParam("commentId") long commentId) {
    posts.acceptAnswer(currentUser.required(), id, commentId);
    return Response.noContent().build();
  }

  private Response created(long id) {
    return Response.created(uri.getBaseUriBuilder().path("posts").path(String.valueOf(id)).build())
        .entity(Map.of("id", id))
        .build();
  }
}
