package org.agora.search.entity;

import java.util.List;

/** The completions for what someone has typed so far, best first. */
public record Suggestions(List<Suggestion> items) {}
