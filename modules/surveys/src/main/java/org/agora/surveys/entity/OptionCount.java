package org.agora.surveys.entity;

/** How many answers chose an option, or a point of a scale ({@code label} "1".."5"). */
public record OptionCount(String label, long count) {}
