package org.agora.surveys.entity;

/** A person, department or community as a survey names it. */
public record NamedRef(long id, String name) {}
