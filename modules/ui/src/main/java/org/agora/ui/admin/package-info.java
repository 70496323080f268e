/** Admin views: people's accounts and roles, and the departments of the organisation. */
package org.agora.ui.admin;
