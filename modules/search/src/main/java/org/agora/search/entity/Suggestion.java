package org.agora.search.entity;

/** A type-ahead completion: what to show, and where it leads. */
public record Suggestion(String type, long id, String text, String url) {}
