/** Announcements and their reach as readers see them, and the event the module tells others. */
package org.agora.announcements.entity;
