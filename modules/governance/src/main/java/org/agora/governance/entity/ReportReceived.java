package org.agora.governance.entity;

/** What a reporter learns: the report arrived, in this case. Other reporters stay unknown. */
public record ReportReceived(long caseId) {}
