package org.agora.events.entity;

/** A new calendar feed token, shown once, and the address a calendar app subscribes to. */
public record FeedToken(String token, String feedUrl) {}
