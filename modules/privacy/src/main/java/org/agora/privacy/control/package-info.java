/** The export's table, its making in the background, the ZIP, the rate rule and retention. */
package org.agora.privacy.control;
