package org.agora.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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

  /** The indexes whose documents events about {@code aggregateType} change. */
  public List<IndexDefinition> following(String aggregateType) {
    return all.stream().filter(d -> d.aggregateTypes().contains(aggregateType)).toList();
  }
}
