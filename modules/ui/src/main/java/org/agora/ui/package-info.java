/** The Vaadin Flow web UI. Views are small and call the feature boundaries directly. */
package org.agora.ui;
