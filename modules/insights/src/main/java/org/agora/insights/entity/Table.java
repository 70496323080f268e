package org.agora.insights.entity;

import java.util.List;

/** Every insight is a table: named columns and rows of values, ready for a chart or a CSV file. */
public record Table(String title, List<String> columns, List<List<Object>> rows) {}
