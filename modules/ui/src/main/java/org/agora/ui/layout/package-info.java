/** The frame every signed-in page shares: app bar, navigation drawer, who is signed in, log out. */
package org.agora.ui.layout;
