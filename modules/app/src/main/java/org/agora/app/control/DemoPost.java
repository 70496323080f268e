package org.agora.app.control;

import java.util.List;

/**
 * A written-out demo post with its replies, for content whose wording matters (the judged search
 * collection names posts by their first line, so each first line is unique).
 */
record DemoPost(String author, String community, boolean question, String text, List<Reply> replies) {

  /** A comment under the post. */
  record Reply(String author, String text) {}

  static DemoPost post(String author, String text, Reply... replies) {
    return new DemoPost(author, null, false, text, List.of(replies));
  }

  static DemoPost question(String author, String text, Reply... replies) {
    return new DemoPost(author, null, true, text, List.of(replies));
  }

  static Reply reply(String author, String text) {
    return new Reply(author, text);
  }

  /** The same post, written in a community. */
  DemoPost in(String communityName) {
    return new DemoPost(author, communityName, question, text, replies);
  }

  /** The first line, which search shows as the title. */
  String firstLine() {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
