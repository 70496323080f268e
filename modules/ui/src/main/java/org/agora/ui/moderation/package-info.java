/** The moderation queue: reported posts, comments, bookmarks and profiles, and the decisions on them. */
package org.agora.ui.moderation;
