package org.agora.insights.entity;

/**
 * Whose activity an insight counts: the organisation (admins) or one community (its owners and
 * moderators). Organisation figures leave secret communities out, so no aggregate ever hints at
 * what happens in them; a secret community's own moderators see their community's figures.
 * {@code scan}: compute organisation figures from the tables rather than the daily rollups, as
 * community figures always are: slow, and only the tests ask for it, to check the rollups.
 */
public record InsightsScope(Long communityId, boolean scan) {

  public static final InsightsScope ORGANISATION = new InsightsScope(null, false);

  public InsightsScope(Long communityId) {
    this(communityId, false);
  }

  /** SQL condition on a {@code community_id} column; ?9 is bound to the community when there is one. */
  public String on(String communityColumn) {
    return communityId == null
        ? "(" + communityColumn + " is null or " + communityColumn
            + " in (select id from community_card where visibility <> 'SECRET' and deleted_at is null))"
        : communityColumn + " = ?9";
  }

  /** Whether the figures may come from the organisation's daily rollups. */
  public boolean rollups() {
    return communityId == null && !scan;
  }

  public String key() {
    return (communityId == null ? "org" : "c" + communityId) + (scan ? ":scan" : "");
  }
}
