package org.agora.app.control;

import java.util.List;

/** The public communities of the German offices, and one where the international colleagues meet. */
final class DemoGermanCommunities {

  private DemoGermanCommunities() {}

  record Community(String name, String category, String description, List<String> tags, String owner,
      List<String> members) {}

  static final List<Community> COMMUNITIES =
      List.of(
          new Community("Datenbanken & Datenschutz", "Technology",
              "Alles rund um unsere Datenbanken: Migrationen, Sicherungen, Zugriffsrechte und wie wir"
                  + " personenbezogene Daten schützen.",
              List.of("datenbanken", "datenschutz"), "juergen.mueller",
              List.of("katrin.gruenewald", "tobias.brueckner", "maximilian.hoefer", "priya.raman", "uwe.strauss")),
          new Community("Projektleitung im Mittelstand", "Management",
              "Erfahrungsaustausch für Projektleiterinnen und Projektleiter: Planung, Budgets, Risiken und die"
                  + " Kommunikation mit Auftraggebern.",
              List.of("projektleitung"), "soeren.weiss",
              List.of("oezlem.yilmaz", "hannelore.koenig", "james.okafor", "tobias.brueckner")),
          new Community("Betriebsrat informiert", "People",
              "Der Betriebsrat informiert über Betriebsvereinbarungen, Arbeitszeit, Urlaub und Mitbestimmung.",
              List.of("betriebsrat", "arbeitsrecht"), "bjoern.schaefer",
              List.of("doerte.kaessmann", "lea.fuchs", "franziska.loew", "maximilian.hoefer", "hannelore.koenig")),
          new Community("Homeoffice & Mobiles Arbeiten", "People",
              "Tipps, Regeln und Erfahrungen zum Arbeiten von zu Hause und unterwegs: Ausstattung, Erreichbarkeit"
                  + " und Zeiterfassung.",
              List.of("homeoffice"), "doerte.kaessmann",
              List.of("tobias.brueckner", "lea.fuchs", "bjoern.schaefer", "uwe.strauss", "wei.chen")),
          new Community("Remote Work Circle", "People",
              "Practical tips for working from home and on the road: equipment, focus time and staying connected.",
              List.of("remote work"), "wei.chen",
              List.of("liam.walsh", "james.okafor", "priya.raman", "sofia.marquez")));
}
