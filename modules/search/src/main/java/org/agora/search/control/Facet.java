package org.agora.search.control;

/**
 * The facets every search answers with: the keyword field counted and how many values are shown.
 */
enum Facet {
  TYPE("type", "type", 10),
  DEPARTMENT("department", "department.keyword", 20),
  COMMUNITY("community", "community.keyword", 20),
  TAGS("tags", "tags.keyword", 20);

  final String label;
  final String field;
  final int size;

  Facet(String label, String field, int size) {
    this.label = label;
    this.field = field;
    this.size = size;
  }
}
