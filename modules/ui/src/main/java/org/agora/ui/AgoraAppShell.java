package org.agora.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The application shell. Vaadin 25 loads no theme by default: the shell asks for Lumo, whose
 * custom properties ({@code --lumo-space-m}, {@code --lumo-secondary-text-color}, ...) the views
 * use; {@code agora.css} (META-INF/resources) holds the few rules inline styles cannot: phone
 * layouts and focus rings. Server push (new posts and notifications reach open views without a reload, from the live
 * module's cluster bus) is switched on per page for signed-in people only, by {@link
 * org.agora.ui.layout.AccessControl}, not here for every page: see there why.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("agora.css")
public class AgoraAppShell implements AppShellConfigurator {}
