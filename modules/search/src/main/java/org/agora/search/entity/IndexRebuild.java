package org.agora.search.entity;

/**
 * One index rebuilt from PostgreSQL: the alias now points at {@code index} instead of
 * {@code previousIndex} (deleted), which holds {@code documents} for the {@code databaseCount}
 * rows the database says belong in it.
 */
public record IndexRebuild(
    String alias, String index, String previousIndex, long documents, long databaseCount, long tookMillis) {}
