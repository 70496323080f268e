package org.agora.platform.entity;

/**
 * Rows were moved into the past (the demo company's history, spread over weeks right after it is
 * loaded): whatever was summed up by day before is wrong now and is summed up again.
 */
public record HistoryRewritten() {}
