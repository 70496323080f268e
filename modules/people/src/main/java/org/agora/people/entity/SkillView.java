package org.agora.people.entity;

import java.util.List;

/** A declared skill with how many vouched for it, whether the viewer did, and the first endorsers. */
public record SkillView(String skill, long endorsements, boolean endorsedByMe, List<Endorser> endorsers) {

  public record Endorser(long id, String displayName) {}
}
