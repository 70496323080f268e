package org.agora.integration.entity;

import java.util.List;

/**
 * What one directory sync changed. {@code problems} names each entry or group that was skipped
 * and why (a missing attribute, an unknown group); the rest of the sync goes on regardless.
 * {@code status} is OK, PARTIAL (with problems) or FAILED (the directory could not be read:
 * nothing was changed, in particular nobody was deactivated).
 */
public record SyncReport(
    String status,
    List<String> created,
    List<String> updated,
    List<String> moved,
    List<String> deactivated,
    List<String> reactivated,
    List<String> joined,
    List<String> left,
    List<String> problems) {}
