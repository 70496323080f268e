package org.agora.announcements.entity;

/** A new announcement and the post it is in the feeds. */
public record Posted(long id, long activityId) {}
