package org.agora.bookmarks.entity;

/** A link and how many colleagues saved it in the period asked for. */
public record PopularLink(long linkId, String url, String title, long saves) {}
