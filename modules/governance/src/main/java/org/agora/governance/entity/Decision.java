package org.agora.governance.entity;

/**
 * What a moderator does with a case: hide (gone for everyone but the author, restorable), restore,
 * delete for good, or dismiss the reports. For a reported profile, hide means disabling the account.
 */
public enum Decision {
  HIDE(CaseStatus.HIDDEN),
  RESTORE(CaseStatus.RESTORED),
  DELETE(CaseStatus.DELETED),
  DISMISS(CaseStatus.DISMISSED);

  public final CaseStatus outcome;

  Decision(CaseStatus outcome) {
    this.outcome = outcome;
  }
}
