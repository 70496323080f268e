package org.agora.search.entity;

import java.util.List;

/** What a full reindex did, index by index. */
public record ReindexSummary(List<IndexRebuild> indexes, long tookMillis) {}
