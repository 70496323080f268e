package org.agora.events.entity;

/** The community an event belongs to, with its name for display. */
public record CommunityRef(long id, String name) {}
