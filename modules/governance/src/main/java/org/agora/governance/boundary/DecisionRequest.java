package org.agora.governance.boundary;

import jakarta.validation.constraints.Size;
import org.agora.governance.entity.Decision;

/** A moderator's decision on a case, with a note the author and the audit log see. */
public class DecisionRequest {
  public Decision decision;
  @Size(max = 1000) public String note;
}
