package org.agora.bookmarks.entity;

/** A tag and how often it is used, for tag clouds and related tags. */
public record TagCount(String tag, long count) {}
