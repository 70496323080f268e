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
  void everyMailedNotificationHasItsSubjectAndLineInBothLanguages() {
    for (String language : java.util.List.of("en", "de")) {
      for (org.agora.activity.entity.NotificationType type : NotificationMails.MAILED) {
        MailTemplates.Mail mail = new MailTemplates(language).notification(type.name(), "Kim", "Alex Roe", "Canteen survey", "h", "u");
        assertThat(mail.text()).as(language + " " + type).contains("Canteen survey").contains("Alex Roe");
      }
    }
    MailTemplates.Mail invited = new MailTemplates("en").notification("SURVEY_INVITED", "Kim", "Alex Roe", "Canteen survey", "h", "u");
    assertThat(invited.subject()).isEqualTo("Alex Roe asks for your answers: Canteen survey");
    MailTemplates.Mail reminder = new MailTemplates("de").notification("SURVEY_REMINDER", "Kim", "Alex Roe", "Kantine", "h", "u");
    assertThat(reminder.subject()).isEqualTo("Endet bald: Kantine");
    assertThat(reminder.text()).contains("Die Befragung Kantine von Alex Roe endet bald");
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
