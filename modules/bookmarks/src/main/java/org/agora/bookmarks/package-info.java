/** The bookmarks feature of Agora; see ../shared/DESIGN.md. Its code arrives with its issue. */
package org.agora.bookmarks;
