package org.agora.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;

/**
 * The application shell. Server push (new posts and notifications reach open views without a
 * reload, from the live module's cluster bus) is switched on per page for signed-in people only,
 * by {@link org.agora.ui.layout.AccessControl}, not here for every page: see there why.
 */
public class AgoraAppShell implements AppShellConfigurator {}
