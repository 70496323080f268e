package org.agora.people.entity;

/** Who wrote or saved something, as other modules' read models (search) show it. */
public record Author(long id, String displayName, String department) {}
