package org.agora.events.entity;

/**
 * An event as its organiser wrote it, checked: title and description (Markdown) as typed, the
 * schedule, where it is (a place, an http(s) link, or both), the community it belongs to (null for
 * a personal event) and how many may come (null for no limit).
 */
public record EventDraft(
    String title,
    String description,
    Schedule schedule,
    String location,
    String onlineUrl,
    Long communityId,
    Integer capacity) {}
