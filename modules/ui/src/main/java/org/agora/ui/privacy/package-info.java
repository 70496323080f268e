/** Personal data in the web app: a person's "My data" page with the export, and the admins' erasure dialog. */
package org.agora.ui.privacy;
