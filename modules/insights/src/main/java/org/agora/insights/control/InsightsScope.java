package org.agora.insights.control;

/**
 * Whose activity an insight counts: the organisation (admins) or one community (its owners and
 * moderators). Organisation figures leave secret communities out, so no aggregate ever hints at
 * what happens in them; a secret community's own moderators see their community's figures.
 */
public record InsightsScope(Long communityId) {

  public static final InsightsScope ORGANISATION = new InsightsScope(null);

  /** SQL condition on a {@code community_id} column; ?9 is bound to the community when there is one. */
  public String on(String communityColumn) {
    return communityId == null
        ? "(" + communityColumn + " is null or " + communityColumn
            + " in (select id from community where visibility <> 'SECRET' and deleted_at is null))"
        : communityColumn + " = ?9";
  }

  public String key() {
    return communityId == null ? "org" : "c" + communityId;
  }
}
