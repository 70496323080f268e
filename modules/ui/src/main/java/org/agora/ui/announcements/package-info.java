/** Announcements in the web app: pinned cards above the feeds, posting one, and its reach page. */
package org.agora.ui.announcements;
