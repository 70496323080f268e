package org.agora.bench;

/** How big the generated organisation is; the defaults are the issues' benchmark organisation. */
public record Scale(int people, int departments, int communities, int bigCommunities, int bigCommunityMembers,
    int activities, int averageFollows, int tags, int bookmarks) {

  public static Scale fromSystemProperties() {
    return new Scale(
        Integer.getInteger("bench.people", 10_000),
        Integer.getInteger("bench.departments", 40),
        Integer.getInteger("bench.communities", 500),
        Integer.getInteger("bench.bigCommunities", 5),
        Integer.getInteger("bench.bigCommunityMembers", 5_000),
        Integer.getInteger("bench.activities", 1_000_000),
        Integer.getInteger("bench.follows", 200),
        Integer.getInteger("bench.tags", 200),
        Integer.getInteger("bench.bookmarks", 100_000));
  }
}
