package org.agora.events.entity;

/** A person as an event shows them: its organiser, or a colleague who answered. */
public record PersonRef(long id, String displayName) {}
