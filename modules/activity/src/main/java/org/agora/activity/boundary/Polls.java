package org.agora.activity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.activity.control.ActivityViews;
import org.agora.activity.control.ActivityWriter;
import org.agora.activity.control.Audience;
import org.agora.activity.entity.Activity;
import org.agora.activity.entity.FeedItem.PersonRef;
import org.agora.people.boundary.PeopleInBulk;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Refusal;

/**
 * Polls on posts: one vote per person, changeable or withdrawn until the poll closes when the poll
 * is named. An anonymous poll records who voted (so nobody votes twice) apart from the options'
 * counts and nothing that links the two, so such a vote is final. Every vote is announced as a
 * change of the post ("voted", by the post's author, never the voter) so open pages update.
 */
@ApplicationScoped
@Transactional
public class Polls {

  /** The refusal of a second vote in an anonymous poll; the web app translates it. */
  public static final String ANONYMOUS_FINAL = "Votes in an anonymous poll are final: nothing records what you chose, so it cannot be changed.";
  /** The refusal of a vote after the poll closed; the web app translates it. */
  public static final String CLOSED = "This poll is closed.";

  @PersistenceContext EntityManager em;
  @Inject Audience audience;
  @Inject ActivityWriter writer;
  @Inject Clock clock;
  @Inject PeopleInBulk people;

  /** Who chose an option of a named poll. */
  public record OptionVoters(long optionId, String text, List<PersonRef> voters) {}

  /** Stores the poll of a post being written (in the post's transaction). */
  void create(long postId, PollRequest poll) {
    List<String> options = poll.options == null ? List.of() : poll.options.stream().map(o -> o == null ? "" : o.strip()).toList();
    if (options.size() < PollRequest.MIN_OPTIONS || options.size() > PollRequest.MAX_OPTIONS) {
      throw Refusal.invalid("poll.options", "between " + PollRequest.MIN_OPTIONS + " and " + PollRequest.MAX_OPTIONS + " answers");
    }
    if (options.stream().anyMatch(String::isBlank)) {
      throw Refusal.invalid("poll.options", "an answer must not be blank");
    }
    if (options.stream().anyMatch(o -> o.length() > PollRequest.MAX_OPTION_TEXT)) {
      throw Refusal.invalid("poll.options", "at most " + PollRequest.MAX_OPTION_TEXT + " characters per answer");
    }
    if (Set.copyOf(options.stream().map(String::toLowerCase).toList()).size() < options.size()) {
      throw Refusal.invalid("poll.options", "every answer once");
    }
    if (poll.closesAt != null && !poll.closesAt.toInstant().isAfter(Instant.now(clock))) {
      throw Refusal.invalid("poll.closesAt", "must be in the future");
    }
    em.createNativeQuery("insert into poll (activity_id, multiple, anonymous, closes_at) values (?1, ?2, ?3, cast(?4 as timestamptz))")
        .setParameter(1, postId)
        .setParameter(2, Boolean.TRUE.equals(poll.multiple))
        .setParameter(3, Boolean.TRUE.equals(poll.anonymous))
        .setParameter(4, poll.closesAt == null ? null : poll.closesAt.toInstant().atOffset(ZoneOffset.UTC))
        .executeUpdate();
    for (int i = 0; i < options.size(); i++) {
      em.createNativeQuery("insert into poll_option (activity_id, position, text) values (?1, ?2, ?3)")
          .setParameter(1, postId).setParameter(2, i).setParameter(3, options.get(i)).executeUpdate();
    }
  }

  /** Votes for {@code optionIds}, or changes the reader's vote in a named poll. */
  public void vote(AgoraPrincipal reader, long postId, List<Long> optionIds) {
    Activity post = audience.readable(reader, em.find(Activity.class, postId), postId);
    Poll poll = open(postId);
    Set<Long> chosen = new LinkedHashSet<>(optionIds == null ? List.of() : optionIds);
    if (chosen.isEmpty() || chosen.contains(null)) {
      throw Refusal.invalid("options", "choose at least one answer");
    }
    if (!poll.multiple() && chosen.size() > 1) {
      throw Refusal.invalid("options", "this poll takes one answer");
    }
    List<Long> ids = NativeSql.rows(em.createNativeQuery("select id from poll_option where activity_id = ?1")
        .setParameter(1, postId), NativeSql.Row::nextLong);
    if (!ids.containsAll(chosen)) {
      throw Refusal.invalid("options", "not an answer of this poll");
    }
    int first = em.createNativeQuery("insert into poll_voter (activity_id, person_id) values (?1, ?2) on conflict do nothing")
        .setParameter(1, postId).setParameter(2, reader.id()).executeUpdate();
    if (first == 0) {
      if (poll.anonymous()) {
        throw Refusal.conflict(ANONYMOUS_FINAL);
      }
      lockVoter(postId, reader.id());
      takeBackChoices(postId, reader.id());
    }
    for (long option : chosen) {
      em.createNativeQuery("update poll_option set votes = votes + 1 where id = ?1").setParameter(1, option).executeUpdate();
      if (!poll.anonymous()) {
        em.createNativeQuery("insert into poll_choice (activity_id, person_id, option_id) values (?1, ?2, ?3)")
            .setParameter(1, postId).setParameter(2, reader.id()).setParameter(3, option).executeUpdate();
      }
    }
    writer.changed(post, "voted", post.getActor().getId());
  }

  /** Takes the reader's vote in a named poll back. */
  public void withdraw(AgoraPrincipal reader, long postId) {
    Activity post = audience.readable(reader, em.find(Activity.class, postId), postId);
    Poll poll = open(postId);
    if (poll.anonymous()) {
      throw Refusal.conflict(ANONYMOUS_FINAL);
    }
    if (!lockVoter(postId, reader.id())) {
      throw Refusal.notFound("You have not voted in this poll.");
    }
    takeBackChoices(postId, reader.id());
    em.createNativeQuery("delete from poll_voter where activity_id = ?1 and person_id = ?2")
        .setParameter(1, postId).setParameter(2, reader.id()).executeUpdate();
    writer.changed(post, "voted", post.getActor().getId());
  }

  /** Who chose what in a named poll the reader may read; refused for an anonymous poll. */
  public List<OptionVoters> voters(AgoraPrincipal reader, long postId) {
    audience.readable(reader, em.find(Activity.class, postId), postId);
    Poll poll = poll(postId);
    if (poll.anonymous()) {
      throw Refusal.forbidden("This poll is anonymous: nobody can see who voted for what.");
    }
    Map<Long, OptionVoters> byOption = new LinkedHashMap<>();
    NativeSql.rows(em.createNativeQuery("select id, text from poll_option where activity_id = ?1 order by position")
        .setParameter(1, postId), r -> new OptionVoters(r.nextLong(), r.nextText(), new ArrayList<>()))
        .forEach(o -> byOption.put(o.optionId(), o));
    List<Map.Entry<Long, Long>> choices = NativeSql.rows(em.createNativeQuery(
            "select option_id, person_id from poll_choice where activity_id = ?1").setParameter(1, postId),
        r -> Map.entry(r.nextLong(), r.nextLong()));
    Map<Long, PersonRef> people = new java.util.HashMap<>();
    this.people.active(choices.stream().map(Map.Entry::getValue).collect(java.util.stream.Collectors.toSet()))
        .forEach(p -> people.put(p.getId(), ActivityViews.personRef(p)));
    for (Map.Entry<Long, Long> choice : choices) {
      PersonRef voter = people.get(choice.getValue());
      if (voter != null) { // a disabled account is not listed
        byOption.get(choice.getKey()).voters().add(voter);
      }
    }
    byOption.values().forEach(o -> o.voters().sort(java.util.Comparator.comparing(PersonRef::displayName)));
    return List.copyOf(byOption.values());
  }

  private record Poll(boolean multiple, boolean anonymous, Instant closesAt) {}

  private Poll poll(long postId) {
    List<Poll> polls = NativeSql.rows(em.createNativeQuery("select multiple, anonymous, closes_at from poll where activity_id = ?1")
        .setParameter(1, postId), r -> new Poll(r.nextBoolean(), r.nextBoolean(), r.nextInstant()));
    if (polls.isEmpty()) {
      throw Refusal.notFound("This post has no poll.");
    }
    return polls.get(0);
  }

  private Poll open(long postId) {
    Poll poll = poll(postId);
    if (poll.closesAt() != null && !Instant.now(clock).isBefore(poll.closesAt())) {
      throw Refusal.conflict(CLOSED);
    }
    return poll;
  }

  /** Locks the reader's voter row against a second change at the same time; whether there is one. */
  private boolean lockVoter(long postId, long personId) {
    return !em.createNativeQuery("select 1 from poll_voter where activity_id = ?1 and person_id = ?2 for update")
        .setParameter(1, postId).setParameter(2, personId).getResultList().isEmpty();
  }

  private void takeBackChoices(long postId, long personId) {
    List<Long> before = NativeSql.rows(em.createNativeQuery(
            "delete from poll_choice where activity_id = ?1 and person_id = ?2 returning option_id")
        .setParameter(1, postId).setParameter(2, personId), NativeSql.Row::nextLong);
    for (long option : before) {
      em.createNativeQuery("update poll_option set votes = greatest(0, votes - 1) where id = ?1").setParameter(1, option).executeUpdate();
    }
  }
}
