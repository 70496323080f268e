package org.agora.app.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Random;
import org.agora.activity.boundary.Feeds;
import org.agora.activity.boundary.PollRequest;
import org.agora.activity.boundary.Polls;
import org.agora.activity.boundary.Posts;
import org.agora.activity.entity.PollView;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * A poll in the demo company, fresh at the top of its community's feed: the Berlin office asks
 * which days people will be in, and some members have answered. Loaded last, so that the rest of
 * the demo (its ids, its random picks, its history) stays as it was.
 */
@ApplicationScoped
public class DemoPolls {

  static final String QUESTION = "Desk booking for January: which days will you be in the Berlin office? Pick all that apply.";
  static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");

  @Inject DemoBerlinOffice office;
  @Inject Posts posts;
  @Inject Polls polls;
  @Inject Feeds feeds;

  @Transactional
  public void load() {
    DemoBerlinOffice.Office berlin = office.read();
    List<AgoraPrincipal> members = berlin.members();
    long post = posts.post(members.get(0), QUESTION, berlin.communityId(), false, new PollRequest(DAYS, true, null, false));
    List<PollView.Option> options = feeds.thread(members.get(0), post).post().poll().options();
    Random random = new Random(7);
    for (AgoraPrincipal voter : members.subList(1, Math.min(members.size(), 10))) {
      List<Long> days = options.stream().filter(o -> random.nextInt(5) < 2).map(PollView.Option::id).toList();
      polls.vote(voter, post, days.isEmpty() ? List.of(options.get(random.nextInt(options.size())).id()) : days);
    }
  }
}
