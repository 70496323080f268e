package org.agora.insights.entity;

/**
 * The rollup job rolled up whole days ({@code steps} of them, e.g. after a downtime or after the demo
 * company's history was spread over past weeks): organisation figures computed before are stale.
 * Fired by {@code RollupJob}, observed by {@code DashboardWarmer}.
 */
public record RollupsAdvanced(int steps) {}
