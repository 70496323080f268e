package org.agora.search.entity;

/** One value of a facet and how many hits carry it. */
public record FacetValue(String value, long count) {}
