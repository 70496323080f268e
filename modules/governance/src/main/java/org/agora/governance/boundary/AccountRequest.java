package org.agora.governance.boundary;

import jakarta.validation.constraints.Size;

/** Disabling or enabling an account: a note for the audit log, and whether to hide their content. */
public class AccountRequest {
  @Size(max = 1000) public String note;
  public boolean hideContent;
}
