/** Signing in: the login page and the guard that sends strangers to it. */
package org.agora.ui.login;
