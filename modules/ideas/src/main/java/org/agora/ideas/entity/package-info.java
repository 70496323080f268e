/** An idea as a reader sees it, and the statuses it goes through. */
package org.agora.ideas.entity;
