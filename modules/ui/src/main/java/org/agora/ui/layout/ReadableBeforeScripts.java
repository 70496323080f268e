package org.agora.ui.layout;

import com.vaadin.flow.component.HasElement;

/**
 * A view whose page, loaded by its address, can be read before Vaadin's scripts have drawn it:
 * {@link FirstPaint} puts a read-only copy of the view into the page's HTML. Meant for views
 * people reach from outside the app (a link in a mail or a chat) and mostly read, such as a post.
 */
public interface ReadableBeforeScripts extends HasElement {}
