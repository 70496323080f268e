package org.agora.app.control;

import java.util.List;

/**
 * The colleagues of the German offices (München, Köln, Düsseldorf), who write in German, and a few
 * international colleagues who write in English about the same topics: the demo company is not
 * English-only, and search must serve both.
 */
final class DemoGermanPeople {

  private DemoGermanPeople() {}

  record Colleague(String username, String name, String title, String department, String location, String about,
      List<String> skills) {}

  /** A department of the German offices, under one of the company's. */
  record Unit(String name, String parent) {}

  // Finance keeps its seven people (the browser tests count them); the accountants have a unit of their own.
  static final List<Unit> UNITS = List.of(new Unit("Finanzbuchhaltung", "Finance"));

  static final List<Colleague> COLLEAGUES =
      List.of(
          new Colleague("juergen.mueller", "Jürgen Müller", "Datenbankadministrator", "Platform Operations", "München",
              "Ich betreue unsere Datenbanken seit 2015: PostgreSQL-Cluster, Sicherungen und die Migration der"
                  + " Kundendatenbank. Fragen zu Zugriffsrechten gerne an mich.",
              List.of("datenbanken", "postgresql", "linux", "datensicherung")),
          new Colleague("soeren.weiss", "Sören Weiß", "Projektleiter", "Product Management", "Köln",
              "Projektleiter für die Einführung des neuen Rechnungswesens. Ich mag klare Meilensteine, kurze"
                  + " Abstimmungen und ehrliche Statusberichte.",
              List.of("projektleitung", "agile", "risikomanagement")),
          new Colleague("bjoern.schaefer", "Björn Schäfer", "Betriebsratsvorsitzender", "People & Culture", "Düsseldorf",
              "Vorsitzender des Betriebsrats. Sprecht mich an bei Fragen zu Arbeitszeit, Urlaub, mobilem Arbeiten und"
                  + " Betriebsvereinbarungen.",
              List.of("arbeitsrecht", "mitbestimmung", "betriebsrat")),
          new Colleague("doerte.kaessmann", "Dörte Käßmann", "Personalreferentin", "People & Culture", "Köln",
              "Personalreferentin für die Standorte Köln und Düsseldorf: Verträge, Urlaub, Zeiterfassung und"
                  + " Einarbeitung neuer Kolleginnen und Kollegen.",
              List.of("personalwesen", "arbeitsrecht", "onboarding", "arbeitszeiterfassung")),
          new Colleague("oezlem.yilmaz", "Özlem Yılmaz", "Projektleiterin", "Engineering", "München",
              "Projektleiterin für das neue Kundenportal. Vorher zehn Jahre Java-Entwicklung, daher spreche ich beide"
                  + " Sprachen: Entwicklung und Fachbereich.",
              List.of("projektleitung", "scrum", "java")),
          new Colleague("katrin.gruenewald", "Katrin Grünewald", "Datenschutzbeauftragte", "Legal & Compliance",
              "Düsseldorf",
              "Ich berate alle Teams zum Datenschutz: DSGVO, Auskunftsersuchen, Löschkonzepte und"
                  + " Datenschutzschulungen.",
              List.of("datenschutz", "gdpr", "iso 27001")),
          new Colleague("maximilian.hoefer", "Maximilian Höfer", "Werkstudent", "Engineering", "München",
              "Werkstudent in der Entwicklung, Informatikstudium an der TU München. Ich lerne gerade alles über"
                  + " Datenbanken und Java.",
              List.of("java", "datenbanken", "python")),
          new Colleague("franziska.loew", "Franziska Löw", "Finanzbuchhalterin", "Finanzbuchhaltung", "Köln",
              "Buchhaltung und Reisekosten: Ich prüfe eure Reisekostenabrechnungen und beantworte Fragen zu Spesen"
                  + " und Belegen.",
              List.of("buchhaltung", "reisekosten", "sap")),
          new Colleague("uwe.strauss", "Uwe Strauß", "IT-Sicherheitsbeauftragter", "Engineering", "Düsseldorf",
              "Informationssicherheit für alle Standorte: Sicherheitsschulungen, Phishing-Simulationen und"
                  + " Zugangsdaten, die niemand im Wiki speichert.",
              List.of("informationssicherheit", "security", "iso 27001")),
          new Colleague("hannelore.koenig", "Hannelore König", "Vertriebsleiterin", "Sales", "München",
              "Ich leite den Vertrieb Süd. Großkunden, öffentliche Auftraggeber und viel zu viele Dienstreisen.",
              List.of("vertrieb", "public sector", "negotiation")),
          new Colleague("tobias.brueckner", "Tobias Brückner", "Softwareentwickler", "Engineering", "Köln",
              "Backend-Entwickler im Team Kundenportal. Java, SQL und schnelle Abfragen sind mein Ding.",
              List.of("java", "datenbanken", "postgresql")),
          new Colleague("lea.fuchs", "Lea Fuchs", "Marketingreferentin", "Marketing", "Düsseldorf",
              "Messen, Veranstaltungen und Suchmaschinenoptimierung. Ich organisiere auch das Sommerfest.",
              List.of("messen", "seo", "events")),
          new Colleague("priya.raman", "Priya Raman", "Database Engineer", "Platform Operations", "Munich",
              "I keep our PostgreSQL databases fast and safe: migrations, backups and query tuning.",
              List.of("postgresql", "database migration", "performance")),
          new Colleague("james.okafor", "James Okafor", "Project Manager", "Product Management", "Amsterdam",
              "Project manager for cross-border projects. Templates, status reports and steering committees.",
              List.of("project management", "agile", "stakeholder management")),
          new Colleague("sofia.marquez", "Sofía Márquez", "Travel and Expenses Coordinator", "Finanzbuchhaltung", "Remote",
              "Travel policy, hotel bookings and expense reports: ask me before you book.",
              List.of("travel policy", "expenses", "sap")),
          new Colleague("liam.walsh", "Liam Walsh", "Security Awareness Lead", "Legal & Compliance", "Remote",
              "Security awareness: phishing simulations, the annual training and safe habits for remote work.",
              List.of("security", "training", "iso 27001")),
          new Colleague("wei.chen", "Wei Chen", "HR Business Partner", "People & Culture", "Berlin",
              "HR business partner for the international teams: remote work, leave, onboarding and learning.",
              List.of("remote work", "onboarding", "labour law")));
}
