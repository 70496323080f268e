/**
 * Checks that every request's parameters and JSON body pass before any resource sees them: no
 * control characters, the JSON shape the method expects, whole numbers where numbers are whole.
 */
package org.agora.platform.boundary.input;
