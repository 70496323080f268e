/**
 * Search over everything colleagues write and are: Elasticsearch indexes kept current from the
 * outbox, unified search with facets and type-ahead, and rebuilding indexes behind their aliases.
 */
package org.agora.search;
