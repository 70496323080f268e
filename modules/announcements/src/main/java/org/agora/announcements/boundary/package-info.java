/** Posting announcements, listing one's current ones, confirming and dismissing them, their reach, over REST. */
package org.agora.announcements.boundary;
