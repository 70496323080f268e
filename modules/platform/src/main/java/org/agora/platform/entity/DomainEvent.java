package org.agora.platform.entity;

/**
 * Something that happened in a feature, fired as a CDI event inside the transaction of the write.
 * Events carry ids, not entities: whoever reacts reloads what it needs.
 */
public interface DomainEvent {

  /** A stable name such as {@code person.updated}; consumers dispatch on it. */
  String type();

  /** The kind of thing the event is about, such as {@code person}. */
  String aggregateType();

  long aggregateId();
}
