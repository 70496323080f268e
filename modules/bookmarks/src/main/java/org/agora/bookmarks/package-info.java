/**
 * Social bookmarking: links saved with tags and notes, private, public or into a community; one
 * shared link per normalised URL, so colleagues find who else saved it; browser import and export.
 */
package org.agora.bookmarks;
