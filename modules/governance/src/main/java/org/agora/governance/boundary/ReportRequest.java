package org.agora.insights.boundary;

import jakarta.validation.constraints.Size;
import org.agora.insights.entity.ReportReason;
import org.agora.insights.entity.TargetType;

/** A report: what ({@code targetType}, {@code targetId}), why, and optionally a note. */
public class ReportRequest {
  public TargetType targetType;
  public Long targetId;
  public ReportReason reason;
  @Size(max = 1000) public String note;
}
