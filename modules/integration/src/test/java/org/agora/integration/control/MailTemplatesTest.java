package org.agora.integration.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailTemplatesTest {

  @Test
  void writesEnglishAndGermanWithTheSameContentInTextAndHtml() {
    MailTemplates.Mail en = new MailTemplates("en").notification("MENTIONED", "Kim", "Alex Roe", "see the plan", "https://agora/", "https://agora/u");
    assertThat(en.subject()).isEqualTo("Alex Roe mentioned you on Agora");
    assertThat(en.text()).startsWith("Hello Kim,").contains("Alex Roe mentioned you: \"see the plan\"")
        .contains("Unsubscribe from these emails: https://agora/u");
    assertThat(en.html()).contains("<html lang=\"en\">").contains("href=\"https://agora/u\"");

    MailTemplates.Mail de = new MailTemplates("de").notification("INVITED", "Kim", "Alex Roe", "Finance", "https://agora/", "https://agora/u");
    assertThat(de.subject()).isEqualTo("Alex Roe hat Sie in Finance eingeladen");
    assertThat(de.text()).startsWith("Hallo Kim,").contains("Diese E-Mails abbestellen");
  }

  @Test
  void escapesUserTextInHtml() {
    MailTemplates.Mail mail = new MailTemplates("en").notification("MENTIONED", "<b>Kim</b>", "A & B", "<script>x</script>", "h", "u");
    assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;").contains("A &amp; B").contains("&lt;b&gt;Kim");
  }

  @Test
  void digestsCountTheirLines() {
    MailTemplates templates = new MailTemplates("de");
    MailTemplates.Mail digest = templates.digest("Kim", java.util.List.of(templates.digestLine("FOLLOWED", "Alex")), "h", "u");
    assertThat(digest.subject()).isEqualTo("Ihre Agora-Zusammenfassung: 1 neue Benachrichtigungen");
    assertThat(digest.text()).contains("* Alex folgt Ihnen");
  }
}
