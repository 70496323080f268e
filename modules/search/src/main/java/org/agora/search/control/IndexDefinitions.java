package org.agora.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.platform.entity.OutboxRow;

/** Every index this application keeps, found as CDI beans: adding an index is adding one bean. */
@ApplicationScoped
public class IndexDefinitions {

  @Inject @Any Instance<IndexDefinition> beans;

  private List<IndexDefinition> all;

  @PostConstruct
  void collect() {
    all = beans.stream().sorted(Comparator.comparing(IndexDefinition::type)).toList();
  }

  public List<IndexDefinition> all() {
    return all;
  }

  public List<String> types() {
    return all.stream().flatMap(d -> d.types().stream()).toList();
  }

  public Optional<IndexDefinition> ofType(String type) {
    return all.stream().filter(d -> d.types().contains(type)).findFirst();
  }

  /**
   * The documents these outbox rows change, per index, each with the id of the newest row about it
   * (its version): many events about one thing become one write of its current state.
   */
  public Map<IndexDefinition, Map<Long, Long>> changes(List<OutboxRow> rows) {
    Map<String, Map<Long, Long>> newestRows = new LinkedHashMap<>();
    for (OutboxRow row : rows) {
      newestRows.computeIfAbsent(row.aggregateType(), t -> new LinkedHashMap<>()).merge(row.aggregateId(), row.id(), Math::max);
    }
    Map<IndexDefinition, Map<Long, Long>> changes = new LinkedHashMap<>();
    newestRows.forEach((aggregateType, aggregates) -> {
      for (IndexDefinition definition : following(aggregateType)) {
        definition.affectedIds(aggregateType, aggregates.keySet()).forEach((aggregateId, ids) -> {
          long version = aggregates.get(aggregateId);
          for (long id : ids) {
            changes.computeIfAbsent(definition, d -> new LinkedHashMap<>()).merge(id, version, Math::max);
          }
        });
      }
    });
    return changes;
  }

  /** The indexes whose documents events about {@code aggregateType} change. */
  public List<IndexDefinition> following(String aggregateType) {
    return all.stream().filter(d -> d.aggregateTypes().contains(aggregateType)).toList();
  }
}
