/** The announcements' own rules: input checks, who may post, what stays pinned, the department merge, SQL. */
package org.agora.announcements.control;
