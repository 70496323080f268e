package org.agora.search.entity;

import java.util.List;

/** The colleagues who know about {@code topic} (its canonical name), best first. */
public record Experts(String topic, List<String> aliases, List<Expert> items) {}
