package org.agora.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;

/**
 * The application shell: server push is on, so new posts and notifications reach open views
 * without a reload (they arrive from the live module's cluster bus).
 */
@Push
public class AgoraAppShell implements AppShellConfigurator {}
