package org.agora.people.entity;

/** An active colleague as other modules' listings (expert discovery) show them. */
public record Colleague(long id, String displayName, String department, String location) {}
