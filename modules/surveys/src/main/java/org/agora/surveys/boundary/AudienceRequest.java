package org.agora.surveys.boundary;

import jakarta.validation.constraints.Size;
import java.util.List;

/** Who is asked: {@code kind} EVERYONE, DEPARTMENTS (with {@code departmentIds}) or COMMUNITY (with {@code communityId}). */
public class AudienceRequest {
  @Size(max = 20) public String kind;
  @Size(max = 200) public List<Long> departmentIds;
  public Long communityId;

  public AudienceRequest() {}

  public AudienceRequest(String kind, List<Long> departmentIds, Long communityId) {
    this.kind = kind;
    this.departmentIds = departmentIds;
    this.communityId = communityId;
  }
}
