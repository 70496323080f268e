/** The start page a colleague sees after signing in. */
package org.agora.ui.home;
