package org.agora.search.control;

/**
 * The facets every search answers with: the keyword field counted and how many values are shown.
 * Communities and tags join when their indexes do.
 */
enum Facet {
  TYPE("type", "type", 10),
  DEPARTMENT("department", "department.keyword", 20),
  SKILLS("skills", "skills.keyword", 10);

  final String label;
  final String field;
  final int size;

  Facet(String label, String field, int size) {
    this.label = label;
    this.field = field;
    this.size = size;
  }
}
