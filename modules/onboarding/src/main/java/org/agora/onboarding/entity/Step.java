package org.agora.onboarding.entity;

/**
 * One step of a newcomer's checklist: its {@code key} (profile, colleagues, communities, buddy,
 * first-post), whether it is done, and where in the web app to do it, relative to its root.
 */
public record Step(String key, boolean done, String href) {}
