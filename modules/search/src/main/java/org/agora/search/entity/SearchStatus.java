package org.agora.search.entity;

import java.util.List;

/**
 * How current search is: outbox rows not yet indexed, the age of the oldest of them (the indexing
 * lag), and per index how many documents Elasticsearch holds against what the database says
 * ({@code documents} is -1 when Elasticsearch cannot be asked).
 */
public record SearchStatus(boolean available, long pending, double lagSeconds, List<IndexCount> indexes) {

  /** One index: its alias, its documents, and the rows that belong in it. */
  public record IndexCount(String alias, long documents, long databaseCount) {}
}
