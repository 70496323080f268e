package org.agora.governance.boundary;

import jakarta.validation.constraints.Size;
import org.agora.governance.entity.ReportReason;
import org.agora.governance.entity.TargetType;

/** A report: what ({@code targetType}, {@code targetId}), why, and optionally a note. */
public class ReportRequest {
  public TargetType targetType;
  public Long targetId;
  public ReportReason reason;
  @Size(max = 1000) public String note;
}
