package org.agora.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.AtmospherePushConnection;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.server.communication.PushConnectionFactory;

/**
 * Push that sends nothing to a page the browser has already left. When a colleague leaves a page
 * (opens another address, reloads), the browser sends an "unload" beacon and Vaadin closes that
 * page's UI; closing pushes one last message into a channel the browser is closing at that moment,
 * so that message is never confirmed. Removing the closed UI then waits up to a second for it
 * under the session lock, and the next page's first requests queue behind: every second or third
 * page load stood still 0.5 to 0.7 s (docs/benchmarks.md, the web app in a browser). A closing UI
 * has nobody to tell anything, so its last message is dropped, and its channel is left to the
 * browser to close.
 * Registered through {@code META-INF/services}, the way Vaadin looks for a push connection factory.
 */
public class PushToOpenPagesOnly implements PushConnectionFactory {

  @Override
  public PushConnection apply(UI ui) {
    return new Connection(ui);
  }

  static final class Connection extends AtmospherePushConnection {

    Connection(UI ui) {
      super(ui);
    }

    @Override
    protected void sendMessage(String message) {
      if (!getUI().isClosing()) {
        super.sendMessage(message);
      }
    }

    /**
     * The channel of a page that was left is closed by the browser, which is leaving it. Closing
     * it from the server as well, at the same moment, made Payara's connector fail unrelated
     * requests (NullPointerExceptions in Grizzly: measured in the browser tests, 4 against none).
     */
    @Override
    public void disconnect() {
      if (!getUI().isClosing()) {
        super.disconnect();
      }
    }
  }
}
