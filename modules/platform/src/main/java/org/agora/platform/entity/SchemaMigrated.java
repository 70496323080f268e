package org.agora.platform.entity;

/**
 * The schema is up to date: fired once at start-up, after the migrations ran. Background jobs that
 * read or write tables start when they observe it, never before, so a fresh database sees no job
 * asking for a table that does not exist yet.
 */
public record SchemaMigrated(String version) {}
