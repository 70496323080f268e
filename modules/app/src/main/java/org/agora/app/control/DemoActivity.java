package org.agora.app.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.agora.activity.boundary.Posts;
import org.agora.activity.boundary.Reactions;
import org.agora.activity.entity.ReactionKind;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * Conversations for the demo organisation: posts in each department's voice with #tags and
 * @mentions across departments, comments, reactions, shares, and questions with accepted answers;
 * who talks to whom follows {@link DemoAffinity}, and one topic rises in the newest week.
 * Deterministic, so screenshots and manual tests see the same company every time.
 */
@ApplicationScoped
public class DemoActivity {

  private static final Logger LOG = Logger.getLogger(DemoActivity.class.getName());
  static final int POSTS_PER_PERSON = 12;
  /** The topic rising this week in the demo company's trends. */
  static final String RISING = "aiassistant";

  static final Map<String, List<String>> TOPICS =
      Map.of(
          "Engineering", List.of("kubernetes", "java", "postgresql", "security", "microservices", "observability"),
          "Platform Operations", List.of("kubernetes", "terraform", "oncall", "observability", "aws"),
          "Product Management", List.of("roadmap", "userresearch", "pricing", "launch"),
          "Design", List.of("designsystem", "accessibility", "figma", "userresearch"),
          "Sales", List.of("publicsector", "pricing", "deals", "launch"),
          "Marketing", List.of("launch", "seo", "events", "brand"),
          "Customer Success", List.of("onboarding", "escalation", "training", "postgresql"),
          "Finance", List.of("budget", "controlling", "travelpolicy"),
          "People & Culture", List.of("onboarding", "hiring", "wellbeing", "learning"),
          "Legal & Compliance", List.of("gdpr", "contracts", "iso27001", "security"));

  static final List<String> POSTS =
      List.of(
          "Just shipped the first draft of our #%s guide. Feedback welcome, especially from @%s!",
          "Lessons learned from this week's #%s work: write things down early, share them widely.",
          "Anyone else going to the #%s meetup next Thursday? Happy to share a ride from the office.",
          "Short summary of today's #%s sync:\n\n- decisions are in the wiki\n- next review in two weeks\n- ping @%s for details",
          "Big thanks to @%s for helping us untangle the #%s question across teams. This is what Agora is for.",
          "We are looking for volunteers to pilot the new #%s process. Comment below if you are in.",
          "Reading recommendation on #%s: our own internal retrospective is worth ten blog posts.");

  static final List<String> QUESTIONS =
      List.of(
          "Who knows the current #%s policy? I could not find it in the handbook.",
          "Quick question: which team owns #%s these days?",
          "How do we usually handle #%s requests from customers? Any template?");

  static final List<String> COMMENTS =
      List.of(
          "Great point, thanks for sharing!",
          "We had the same experience in our team.",
          "Can we get this on the agenda for the next all-hands?",
          "I'd be happy to help with this.",
          "Here is the link to the wiki page with the details.",
          "Agreed. Let's sync on Monday.",
          "This saved me an hour today.");

  @Inject DemoPeople people;
  @Inject Posts posts;
  @Inject Reactions reactions;

  record Author(AgoraPrincipal principal, String department) {}

  @Transactional
  public void load() {
    Random random = new Random(7);
    List<Author> authors = people.active();
    DemoAffinity affinity = new DemoAffinity(authors);
    List<Long> postIds = new ArrayList<>();
    int comments = 0;
    for (int round = 0; round < POSTS_PER_PERSON; round++) {
      for (Author author : authors) {
        List<String> topics = TOPICS.getOrDefault(author.department(), List.of("agora"));
        String topic = topics.get(random.nextInt(topics.size()));
        // The newest round is this week (DemoHistory): a topic everyone starts talking about.
        if (round == POSTS_PER_PERSON - 1 && random.nextInt(3) == 0) {
          topic = RISING;
        }
        Author colleague = affinity.partnerOf(author, random);
        boolean question = random.nextInt(6) == 0;
        String template = question ? pick(QUESTIONS, random) : pick(POSTS, random);
        String text = fill(template, topic, colleague.principal().username());
        long post = posts.post(author.principal(), text, null, question);
        postIds.add(post);
        int replies = random.nextInt(4);
        long firstAnswer = -1;
        for (int c = 0; c < replies; c++) {
          Author commenter = affinity.partnerOf(author, random);
          long comment = posts.comment(commenter.principal(), post, pick(COMMENTS, random));
          if (firstAnswer < 0 && commenter.principal().id() != author.principal().id()) {
            firstAnswer = comment;
          }
          comments++;
        }
        if (question && firstAnswer > 0 && random.nextBoolean()) {
          posts.acceptAnswer(author.principal(), post, firstAnswer);
        }
        react(post, author, affinity, random);
      }
    }
    for (int s = 0; s < postIds.size() / 20; s++) {
      Author sharer = authors.get(random.nextInt(authors.size()));
      posts.share(sharer.principal(), postIds.get(random.nextInt(postIds.size())), "Worth reading.", null);
    }
    int total = comments;
    LOG.info(() -> "demo activity loaded: " + postIds.size() + " posts, " + total + " comments");
  }

  private void react(long post, Author author, DemoAffinity affinity, Random random) {
    int count = random.nextInt(5);
    java.util.Set<Long> reacted = new java.util.HashSet<>();
    for (int r = 0; r < count; r++) {
      Author reactor = affinity.partnerOf(author, random);
      if (reactor.principal().id() != author.principal().id() && reacted.add(reactor.principal().id())) {
        ReactionKind[] kinds = ReactionKind.values();
        reactions.react(reactor.principal(), post, kinds[random.nextInt(kinds.length)]);
      }
    }
  }

  private static String fill(String template, String topic, String colleague) {
    int slots = template.split("%s", -1).length - 1;
    if (slots == 1) {
      return String.format(template, topic);
    }
    // Templates name the topic and a colleague in the order they appear.
    return template.indexOf("@%s") < template.indexOf("#%s")
        ? String.format(template, colleague, topic)
        : String.format(template, topic, colleague);
  }

  private static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }
}
