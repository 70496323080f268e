package org.agora.integration.entity;

import java.time.Instant;
import java.util.List;

/** A webhook as its owner sees it; {@code secret} is only filled in the answer to registering it. */
public record WebhookView(
    long id, long ownerId, Long communityId, String url, List<String> events, boolean active, Instant createdAt, String secret) {

  public static WebhookView of(Webhook webhook, boolean withSecret) {
    return new WebhookView(webhook.getId(), webhook.getOwnerId(), webhook.getCommunityId(), webhook.getUrl(),
        webhook.getEventTypes(), webhook.isActive(), webhook.getCreatedAt(), withSecret ? webhook.getSecret() : null);
  }
}
