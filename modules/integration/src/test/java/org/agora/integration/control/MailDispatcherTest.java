package org.agora.integration.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agora.integration.control.MailQueue.Claimed;
import org.junit.jupiter.api.Test;

/** Where mail goes: to the SMTP server, or, in the demo without one, to the log. */
class MailDispatcherTest {

  @Test
  void theDemoWithoutAMailHostLogsItsMail() {
    assertThat(dispatcher(true, null).logsInsteadOfSending()).isTrue();
  }

  @Test
  void theDemoWithAMailHostSendsIt() {
    assertThat(dispatcher(true, "127.0.0.1").logsInsteadOfSending()).as("the in-container tests' SMTP server").isFalse();
  }

  @Test
  void outsideTheDemoMailIsSentEvenWithoutAHost() {
    assertThat(dispatcher(false, null).logsInsteadOfSending()).as("to localhost").isFalse();
  }

  @Test
  void aLoggedMailCountsAsSent() {
    List<Long> sent = new ArrayList<>();
    MailDispatcher dispatcher = dispatcher(true, null);
    dispatcher.queue = new MailQueue() {
      @Override
      public void sent(long id) {
        sent.add(id);
      }
    };

    dispatcher.send(new Claimed(7, "anna@example.com", "Kim mentioned you", "text", "<p>html</p>", 1));

    assertThat(sent).containsExactly(7L);
  }

  private static MailDispatcher dispatcher(boolean demo, String host) {
    MailDispatcher dispatcher = new MailDispatcher();
    dispatcher.demo = demo;
    dispatcher.configuredHost = Optional.ofNullable(host);
    return dispatcher;
  }
}
