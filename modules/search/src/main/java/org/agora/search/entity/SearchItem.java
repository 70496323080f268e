package org.agora.search.entity;

import java.time.Instant;

/**
 * One search hit as the API shows it, whatever its type: {@code snippet} is HTML with the matched
 * words in {@code <mark>}, everything else in it escaped.
 */
public record SearchItem(
    String type,
    long id,
    String title,
    String subtitle,
    String snippet,
    String url,
    String imageUrl,
    Instant date) {}
