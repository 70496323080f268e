/**
 * Activity streams: posts, comments, reactions, mentions, tags and shares, the feeds that show
 * them to exactly the people allowed to see them, and notifications.
 */
package org.agora.activity;
