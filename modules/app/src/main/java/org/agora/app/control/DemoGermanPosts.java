package org.agora.app.control;

import static org.agora.app.control.DemoPost.post;
import static org.agora.app.control.DemoPost.question;
import static org.agora.app.control.DemoPost.reply;

import java.util.List;

/**
 * What the German offices write about: databases, projects, leave, travel expenses, working time,
 * passwords, training, home office, the works council. Full of inflected forms and compounds
 * (Datenbank, Datenbanken, Kundendatenbank), as real German intranet text is.
 */
final class DemoGermanPosts {

  private DemoGermanPosts() {}

  static final String DATENBANKEN = "Datenbanken & Datenschutz";
  static final String PROJEKTE = "Projektleitung im Mittelstand";
  static final String BETRIEBSRAT = "Betriebsrat informiert";
  static final String HOMEOFFICE = "Homeoffice & Mobiles Arbeiten";

  static final List<DemoPost> POSTS =
      List.of(
          // Datenbanken
          post("juergen.mueller", "Migration der Kundendatenbank auf PostgreSQL 16 am Samstag\n\nAm Samstag zwischen 8 und"
                  + " 14 Uhr migrieren wir die Kundendatenbank auf den neuen Cluster. In dieser Zeit ist das CRM nur"
                  + " lesend erreichbar. #datenbanken #wartung",
              reply("hannelore.koenig", "Danke für die Vorwarnung! Gilt das auch für die Angebotsdatenbank?"),
              reply("juergen.mueller", "Nein, die Angebotsdatenbank ziehen wir erst im nächsten Monat um."))
              .in(DATENBANKEN),
          post("juergen.mueller", "Warum unsere Datenbanken nachts langsamer sind\n\nJede Nacht um 2 Uhr laufen die"
              + " Sicherungen aller Datenbanken. Wer Berichte plant, bitte nicht zwischen 2 und 4 Uhr. #datenbanken"),
          question("tobias.brueckner", "Wer vergibt Leserechte auf die Datenbank des Lagers?\n\nIch brauche für einen"
                  + " Bericht lesenden Zugriff auf die Lagerdatenbank. Muss das der Datenbankadministrator freigeben"
                  + " oder mein Teamleiter?",
              reply("juergen.mueller", "Das geht über ein Ticket an mich, die Freigabe macht dein Teamleiter im Ticket."),
              reply("tobias.brueckner", "Danke, hat geklappt!")),
          post("maximilian.hoefer", "Mein erster Monat als Werkstudent im Datenbank-Team\n\nIch durfte Indizes"
              + " analysieren und habe gelernt, warum ein fehlender Index eine Abfrage hundertmal langsamer macht."
              + " Danke an Jürgen für die Geduld!"),
          post("juergen.mueller", "Checkliste: Datenbankmigration ohne Ausfall\n\n1. Schema mit Flyway versionieren\n"
              + "2. Daten vorab replizieren\n3. Umschalten in der Nacht\n4. Alte Datenbank zwei Wochen behalten"
              + " #datenbanken #migration").in(DATENBANKEN),
          post("tobias.brueckner", "Schnellere Abfragen in der Auftragsdatenbank dank neuer Indizes\n\nDie Auftragssuche"
              + " im Vertriebsportal brauchte 8 Sekunden. Nach zwei neuen Indizes sind es 200 Millisekunden."),
          post("oezlem.yilmaz", "Datenbankschulung für Entwicklerinnen und Entwickler im März\n\nJürgen Müller bietet"
              + " eine halbtägige Schulung zu SQL, Indizes und Transaktionen an. Anmeldung bis Ende Februar."
              + " #weiterbildung"),
          post("juergen.mueller", "Sicherung und Wiederherstellung: Testlauf erfolgreich\n\nWir haben die komplette"
              + " Kundendatenbank aus der Sicherung wiederhergestellt. Dauer: 47 Minuten. Das Protokoll liegt im"
              + " Wiki.").in(DATENBANKEN),
          // Projektleitung
          post("soeren.weiss", "Was ich in zehn Jahren Projektleitung gelernt habe\n\nKlare Verantwortlichkeiten"
              + " schlagen jedes Werkzeug. Ein Projektleiter, der nicht nein sagen kann, plant den Misserfolg gleich"
              + " mit. #projektleitung").in(PROJEKTE),
          post("oezlem.yilmaz", "Vorlage für den Projektstatusbericht\n\nIch habe eine einseitige Vorlage für"
                  + " Statusberichte erstellt: Ampel, Meilensteine, Risiken, Entscheidungsbedarf. Feedback von anderen"
                  + " Projektleitern willkommen!",
              reply("soeren.weiss", "Sehr hilfreich, nutze ich ab sofort für das Projekt Rechnungswesen."),
              reply("james.okafor", "Könnten wir noch eine Zeile für das Projektbudget ergänzen?")).in(PROJEKTE),
          post("soeren.weiss", "Suche Projektleiterin oder Projektleiter für die Einführung des neuen Rechnungswesens"
              + "\n\nDas Projekt startet im zweiten Quartal, Laufzeit etwa neun Monate. Erfahrung mit SAP ist ein Plus."
              + " #projektleitung #stellenangebot"),
          post("oezlem.yilmaz", "Meilensteinplanung für das Kundenportal steht\n\nDer Projektplan für das neue"
              + " Kundenportal ist abgestimmt: Konzept bis April, erste Version im Juli, Rollout im Oktober."),
          post("soeren.weiss", "Risikomanagement in kleinen Projekten: lohnt sich das?\n\nAuch bei Projekten mit drei"
              + " Personen führe ich eine Risikoliste. Zehn Minuten pro Woche ersparen uns später Tage.").in(PROJEKTE),
          post("soeren.weiss", "Lastenheft oder Pflichtenheft – wer schreibt was?\n\nKurz erklärt: Das Lastenheft"
              + " beschreibt, was der Auftraggeber will, das Pflichtenheft, wie der Auftragnehmer es umsetzt."
              + " #projektleitung"),
          question("oezlem.yilmaz", "Welches Werkzeug nutzt ihr für die Projektplanung?\n\nWir schwanken zwischen"
                  + " Jira, einem Gantt-Diagramm in Excel und MS Project. Erfahrungen?",
              reply("soeren.weiss", "Jira für die Aufgaben, ein einfaches Gantt-Diagramm für den Lenkungskreis."),
              reply("tobias.brueckner", "Bitte kein Excel mehr, das veraltet sofort.")).in(PROJEKTE),
          post("soeren.weiss", "Projektbudget im Blick: monatlicher Abgleich mit dem Controlling\n\nAb sofort gleichen"
              + " alle Projektleiter ihr Projektbudget monatlich mit dem Controlling ab. Termine kommen per"
              + " Einladung."),
          // Urlaub
          post("doerte.kaessmann", "Urlaubsanträge für 2027 bitte bis 31. Januar einreichen\n\nDamit wir die"
                  + " Urlaubsplanung abstimmen können, stellt bitte eure Urlaubsanträge für das kommende Jahr bis Ende"
                  + " Januar im Personalportal. #urlaub",
              reply("lea.fuchs", "Gilt das auch für Brückentage?"),
              reply("doerte.kaessmann", "Ja, Brückentage bitte ebenfalls eintragen.")),
          post("doerte.kaessmann", "Resturlaub aus dem Vorjahr verfällt am 31. März\n\nBitte prüft euer Urlaubskonto"
              + " im Personalportal. Nicht genommener Resturlaub verfällt nach dem 31. März, außer bei Krankheit."
              + " #urlaub"),
          question("maximilian.hoefer", "Wie stelle ich als Werkstudent einen Urlaubsantrag?\n\nIm Personalportal"
                  + " finde ich den Urlaubsantrag nicht. Gibt es für Werkstudenten ein anderes Formular?",
              reply("doerte.kaessmann", "Werkstudenten beantragen Urlaub per E-Mail an die Personalabteilung, das"
                  + " Portal folgt im Sommer.")),
          post("bjoern.schaefer", "Betriebsferien zwischen Weihnachten und Neujahr\n\nGeschäftsführung und Betriebsrat"
              + " haben sich geeinigt: Vom 24.12. bis 1.1. ist der Betrieb geschlossen. Dafür werden drei Urlaubstage"
              + " eingeplant. #betriebsrat #urlaub").in(BETRIEBSRAT),
          post("doerte.kaessmann", "Neue Vertretungsregel für die Abwesenheit\n\nVor dem Urlaub bitte eine Vertretung"
              + " im Kalender eintragen und die Abwesenheitsnotiz aktivieren. Danke!"),
          // Reisekosten
          post("franziska.loew", "Reisekostenabrechnung jetzt nur noch digital\n\nAb 1. April reicht ihr die"
                  + " Reisekostenabrechnung ausschließlich über das Spesenportal ein. Belege bitte als Foto hochladen,"
                  + " Originale nicht mehr per Hauspost. #reisekosten",
              reply("maximilian.hoefer", "Wo finde ich das Spesenportal?"),
              reply("franziska.loew", "Im Intranet unter Finanzen, oder direkt unter spesen.agora.example.")),
          post("franziska.loew", "Häufige Fehler bei der Reisekostenabrechnung\n\n- Hotelrechnung nicht auf die Firma"
              + " ausgestellt\n- Verpflegungspauschale doppelt angesetzt\n- Bahnticket ohne Zahlungsnachweis"
              + " #reisekosten"),
          question("hannelore.koenig", "Werden Taxifahrten auf Dienstreisen erstattet?\n\nNach der Messe in Düsseldorf"
                  + " bin ich mit dem Taxi zum Bahnhof gefahren. Kann ich das abrechnen?",
              reply("franziska.loew", "Ja, wenn es keine zumutbare Alternative gab; bitte kurz begründen.")),
          post("franziska.loew", "Neue Kilometerpauschale für Dienstfahrten mit dem Privatwagen\n\nFür Dienstfahrten"
              + " mit dem eigenen Auto erstatten wir ab sofort 0,30 Euro pro Kilometer. Die Fahrten tragt ihr wie"
              + " gewohnt in die Reisekostenabrechnung ein."),
          post("franziska.loew", "Hotelbuchungen für Dienstreisen nur noch über das Reiseportal\n\nUnsere"
              + " Rahmenverträge gelten nur bei Buchung über das Reiseportal. Die Obergrenze liegt bei 120 Euro pro"
              + " Nacht, in München bei 150 Euro. #reisekosten #dienstreise"),
          question("lea.fuchs", "Bahncard 100 für Vielreisende: Wer hat Erfahrung?\n\nIch bin fast jede Woche auf"
                  + " Messen unterwegs. Lohnt sich eine Bahncard 100 für die Firma? Wer entscheidet das?",
              reply("franziska.loew", "Ab etwa 40 Reisetagen im Jahr lohnt sie sich. Antrag bitte über deine"
                  + " Führungskraft an die Buchhaltung.")),
          // Arbeitszeit
          post("bjoern.schaefer", "Betriebsvereinbarung zur Arbeitszeiterfassung unterschrieben\n\nNach dem Urteil des"
                  + " Bundesarbeitsgerichts erfassen ab 1. Juli alle ihre Arbeitszeit elektronisch. Die"
                  + " Betriebsvereinbarung findet ihr im Personalportal. #arbeitszeit #betriebsrat",
              reply("tobias.brueckner", "Gilt das auch im Homeoffice?"),
              reply("bjoern.schaefer", "Ja, die Erfassung gilt überall, auch beim mobilen Arbeiten."))
              .in(BETRIEBSRAT),
          post("doerte.kaessmann", "So funktioniert die neue Zeiterfassung in der App\n\nKommen, Gehen und Pausen tragt"
              + " ihr in der Zeiterfassungs-App ein. Nachträgliche Korrekturen gehen bis zum Monatsende."
              + " #arbeitszeit"),
          question("oezlem.yilmaz", "Überstunden im Projekt: Freizeitausgleich oder Auszahlung?\n\nIm Projekt"
                  + " Kundenportal sind im Juni viele Überstunden angefallen. Wie ist die Regel: abfeiern oder"
                  + " auszahlen lassen?",
              reply("doerte.kaessmann", "Vorrang hat der Freizeitausgleich innerhalb von drei Monaten, Auszahlung nur"
                  + " nach Absprache.")),
          post("doerte.kaessmann", "Gleitzeit: Kernzeit entfällt ab Oktober\n\nDie Kernzeit von 10 bis 15 Uhr fällt"
              + " weg. Es gilt ein Gleitzeitrahmen von 6 bis 20 Uhr. #arbeitszeit"),
          post("bjoern.schaefer", "Ruhezeiten einhalten, auch bei Dienstreisen\n\nZwischen zwei Arbeitstagen müssen"
              + " elf Stunden Ruhezeit liegen. Das gilt auch für die späte Rückreise von Kundenterminen. #arbeitszeit"
              + " #betriebsrat").in(BETRIEBSRAT),
          // Zugangsdaten und Passwörter
          post("uwe.strauss", "Achtung Phishing: Niemand fragt euch nach euren Zugangsdaten\n\nZurzeit kommen E-Mails,"
                  + " die angeblich von der IT stammen und nach Passwort und Benutzername fragen. Bitte nicht"
                  + " antworten, sondern an security@agora.example weiterleiten. #sicherheit",
              reply("lea.fuchs", "Habe heute auch so eine bekommen, danke!")),
          post("uwe.strauss", "Passwort vergessen? So setzt ihr es selbst zurück\n\nÜber das Self-Service-Portal könnt"
              + " ihr euer Kennwort mit dem zweiten Faktor zurücksetzen, ganz ohne Ticket."),
          question("maximilian.hoefer", "Zugangsdaten für das Testsystem verloren\n\nIch habe meine Zugangsdaten für"
                  + " die Testumgebung der Kundendatenbank nicht mehr. Wer kann mir neue geben?",
              reply("juergen.mueller", "Schreib mir eine Nachricht, ich lege dir einen neuen Zugang an.")),
          post("uwe.strauss", "Zwei-Faktor-Anmeldung wird Pflicht für den VPN-Zugang\n\nAb dem 15. Mai ist die"
              + " Anmeldung am VPN nur noch mit zweitem Faktor möglich. Richtet bitte vorher die Authenticator-App"
              + " ein. #sicherheit"),
          post("uwe.strauss", "Passwörter niemals im Wiki oder in Tickets speichern\n\nWir haben bei einer Prüfung"
              + " Zugangsdaten im Klartext gefunden. Nutzt bitte den Passwortmanager. #sicherheit"),
          // Schulungen
          post("uwe.strauss", "Jährliche Sicherheitsschulung: bitte bis 30. Juni abschließen\n\nDie Pflichtschulung"
                  + " zur Informationssicherheit dauert etwa 45 Minuten und ist in der Lernplattform freigeschaltet."
                  + " #sicherheit #schulung",
              reply("priya.raman", "Wird die Schulung auch auf Englisch angeboten?"),
              reply("uwe.strauss", "Ja, beide Sprachen sind verfügbar.")),
          post("katrin.gruenewald", "Datenschutzschulung für neue Mitarbeiterinnen und Mitarbeiter\n\nJeden ersten"
              + " Dienstag im Monat biete ich eine Einführung in den Datenschutz an: DSGVO, Auskunftsrechte und der"
              + " Umgang mit Kundendaten. #datenschutz #schulung"),
          post("uwe.strauss", "Ergebnis der Phishing-Simulation im Mai\n\n14 Prozent haben auf den Link geklickt, im"
              + " letzten Jahr waren es 22 Prozent. Die Sicherheitsschulungen wirken! #sicherheit"),
          // Homeoffice
          post("doerte.kaessmann", "Neue Regelung zum mobilen Arbeiten ab Januar\n\nBis zu drei Tage pro Woche könnt"
                  + " ihr mobil arbeiten, nach Absprache im Team. Die Betriebsvereinbarung liegt im Personalportal."
                  + " #homeoffice",
              reply("maximilian.hoefer", "Gilt das auch für Werkstudenten?"),
              reply("doerte.kaessmann", "Ja, anteilig zur Arbeitszeit.")).in(HOMEOFFICE),
          post("tobias.brueckner", "Mein Homeoffice-Arbeitsplatz: was sich bewährt hat\n\nHöhenverstellbarer Tisch,"
              + " zweiter Bildschirm, ein gutes Headset. Und feste Zeiten für die Mittagspause. #homeoffice")
              .in(HOMEOFFICE),
          question("lea.fuchs", "Gibt es einen Zuschuss für die Ausstattung im Homeoffice?\n\nMein Bürostuhl zu Hause"
                  + " ist nicht mehr zumutbar. Übernimmt die Firma einen Teil der Kosten?",
              reply("doerte.kaessmann", "Ja, einmalig bis 300 Euro für Stuhl oder Tisch, Antrag im Personalportal."))
              .in(HOMEOFFICE),
          post("bjoern.schaefer", "Erreichbarkeit im Homeoffice: kein Anspruch auf ständige Verfügbarkeit\n\nAuch beim"
              + " mobilen Arbeiten gilt die vereinbarte Arbeitszeit. Nach Feierabend muss niemand Nachrichten"
              + " beantworten. #homeoffice #betriebsrat").in(HOMEOFFICE),
          // Betriebsrat
          post("bjoern.schaefer", "Einladung zur Betriebsversammlung am 12. März\n\nThemen: Arbeitszeiterfassung,"
                  + " mobiles Arbeiten und der Bericht der Geschäftsführung. Die Versammlung findet in der Kantine in"
                  + " Köln statt und wird nach München übertragen. #betriebsrat",
              reply("franziska.loew", "Wird es eine Aufzeichnung geben?"),
              reply("bjoern.schaefer", "Nein, aber das Protokoll erscheint hier.")).in(BETRIEBSRAT),
          post("bjoern.schaefer", "Betriebsratswahl 2026: Kandidatinnen und Kandidaten gesucht\n\nIm Mai wählen wir"
              + " einen neuen Betriebsrat. Wer kandidieren möchte, meldet sich bis Ende März beim Wahlvorstand."
              + " #betriebsrat").in(BETRIEBSRAT),
          post("bjoern.schaefer", "Sprechstunde des Betriebsrats jetzt auch digital\n\nJeden Donnerstag von 14 bis 16"
              + " Uhr per Videokonferenz, vertraulich und ohne Anmeldung. #betriebsrat"),
          // Datenschutz
          post("katrin.gruenewald", "Auskunftsersuchen nach DSGVO: So gehen wir vor\n\nWenn eine Kundin Auskunft über"
              + " ihre gespeicherten Daten verlangt, haben wir einen Monat Zeit. Bitte leitet solche Anfragen sofort"
              + " an datenschutz@agora.example weiter. #datenschutz #dsgvo").in(DATENBANKEN),
          post("katrin.gruenewald", "Löschkonzept für die Kundendatenbank verabschiedet\n\nKundendaten ohne Vertrag"
              + " löschen wir künftig nach drei Jahren automatisch. Jürgen Müller setzt die Löschläufe in der"
              + " Datenbank um. #datenschutz #datenbanken").in(DATENBANKEN),
          post("katrin.gruenewald", "Personenbezogene Daten in Testsystemen nur anonymisiert\n\nFür Tests nutzen wir"
              + " ausschließlich anonymisierte Kopien der Produktionsdaten. Bitte keine echten Kundendaten in"
              + " Testumgebungen kopieren. #datenschutz"),
          // Rund ums Büro
          post("lea.fuchs", "Sommerfest am 4. Juli im Rheinpark\n\nAlle Kolleginnen und Kollegen aus Köln und"
                  + " Düsseldorf sind eingeladen, Anmeldung bis 20. Juni. Für Essen und Getränke ist gesorgt!"
                  + " #sommerfest",
              reply("tobias.brueckner", "Dürfen Familien mitkommen?"),
              reply("lea.fuchs", "Ja, Partner und Kinder sind herzlich willkommen.")),
          post("hannelore.koenig", "Speiseplan der Kantine in München jetzt im Intranet\n\nAb sofort steht der"
              + " Wochenspeiseplan jeden Freitag im Intranet, mit einem vegetarischen und einem veganen Gericht."),
          post("doerte.kaessmann", "Jobrad: Dienstfahrrad jetzt auch für Teilzeitkräfte\n\nDas Leasing eines"
              + " Dienstfahrrads ist ab sofort für alle Beschäftigten möglich, auch in Teilzeit. #jobrad"),
          post("lea.fuchs", "Weihnachtsfeier 2026: Abstimmung über den Ort\n\nZur Wahl stehen eine Brauerei in"
              + " Düsseldorf und ein Restaurant am Kölner Dom. Abstimmen bis Freitag! #weihnachtsfeier"),
          post("hannelore.koenig", "Deutschlandticket als Jobticket für alle Standorte\n\nAb Mai bezuschussen wir das"
              + " Deutschlandticket mit 25 Euro im Monat. Bestellung über das Personalportal. #jobticket"),
          // Einarbeitung und Weiterbildung
          post("doerte.kaessmann", "Einarbeitung neuer Kolleginnen und Kollegen: Patenprogramm startet\n\nJede neue"
              + " Mitarbeiterin und jeder neue Mitarbeiter bekommt für die ersten drei Monate eine Patin oder einen"
              + " Paten. Wer macht mit? #onboarding"),
          post("maximilian.hoefer", "Hallo zusammen, ich bin der neue Werkstudent in der Entwicklung\n\nIch studiere"
              + " Informatik an der TU München und unterstütze das Team von Özlem Yılmaz bei Datenbanken und Java."
              + " Ich freue mich auf euch!"),
          post("doerte.kaessmann", "Checkliste für den ersten Arbeitstag\n\nLaptop, Zugangsdaten, Schlüsselkarte und"
              + " ein Termin mit der Führungskraft: Die Checkliste für Führungskräfte liegt im Personalportal."
              + " #onboarding"),
          post("doerte.kaessmann", "Weiterbildungsbudget 2027: 1.500 Euro pro Person\n\nJede Mitarbeiterin und jeder"
              + " Mitarbeiter kann bis zu 1.500 Euro für Fortbildungen, Konferenzen oder Fachbücher nutzen."
              + " #weiterbildung"),
          post("soeren.weiss", "Erfahrungsbericht: Zertifizierung zum Projektmanager nach IPMA\n\nDie Prüfung war"
              + " anspruchsvoll, aber die Vorbereitung hat meine Projektarbeit verbessert. Wer sich dafür"
              + " interessiert, kann mich gern ansprechen. #weiterbildung #projektleitung").in(PROJEKTE),
          post("lea.fuchs", "Englischkurs für Fortgeschrittene startet im Herbst\n\nZweimal pro Woche in der"
              + " Mittagspause, online. Anmeldung über die Lernplattform. #weiterbildung"),
          post("doerte.kaessmann", "Krankmeldung: Die elektronische AU gilt jetzt für alle\n\nBei Krankheit meldet ihr"
              + " euch wie bisher am ersten Tag bei eurer Führungskraft. Die Arbeitsunfähigkeitsbescheinigung rufen"
              + " wir elektronisch bei der Krankenkasse ab."),
          // IT im Alltag
          post("uwe.strauss", "Neue Laptops für das Vertriebsteam\n\nDie Geräte werden ab nächster Woche ausgegeben."
              + " Bitte vorher alle Daten auf das Netzlaufwerk sichern."),
          question("tobias.brueckner", "Drucker im dritten Stock druckt nur noch leere Seiten\n\nHat jemand eine Idee,"
                  + " wen man da anruft? Der Toner ist neu.",
              reply("lea.fuchs", "Das ist der Helpdesk, Durchwahl 1234."),
              reply("uwe.strauss", "Ist repariert, die Trommel war defekt.")),
          post("uwe.strauss", "WLAN für Gäste: neues Kennwort jede Woche\n\nDas Gäste-WLAN bekommt jeden Montag ein"
              + " neues Kennwort. Es hängt am Empfang aus."),
          // Vertrieb und Marketing
          post("hannelore.koenig", "Großauftrag von den Stadtwerken Düsseldorf gewonnen!\n\nNach acht Monaten"
              + " Verhandlung haben wir den Zuschlag bekommen. Danke an alle, die am Angebot mitgearbeitet haben!"
              + " #vertrieb"),
          post("hannelore.koenig", "Angebotsvorlagen aktualisiert\n\nDie neuen Angebotsvorlagen mit den aktuellen"
              + " Preisen liegen im Vertriebsordner. Bitte alte Vorlagen löschen. #vertrieb"),
          post("hannelore.koenig", "Kundendaten im CRM pflegen: Bitte Ansprechpartner aktualisieren\n\nViele Einträge"
              + " in der Kundendatenbank sind veraltet. Bitte prüft bis Monatsende eure Kunden und ihre"
              + " Ansprechpartner. #vertrieb #datenbanken"),
          post("lea.fuchs", "Messeauftritt auf der Hannover Messe: Standbesetzung gesucht\n\nWir suchen noch"
              + " Kolleginnen und Kollegen für die Standbetreuung vom 20. bis 24. April. Die Reisekosten übernimmt das"
              + " Marketing. #messe"),
          post("lea.fuchs", "Suchmaschinenoptimierung: neue Leitlinien für Blogartikel\n\nJeder Artikel braucht eine"
              + " aussagekräftige Überschrift, eine Metabeschreibung und interne Links. #seo"),
          // Dank und Namen
          post("oezlem.yilmaz", "Danke an Jürgen Müller für die schnelle Hilfe bei der Datenbankmigration\n\nOhne seine"
              + " nächtliche Unterstützung wären wir mit dem Kundenportal nicht rechtzeitig fertig geworden."),
          post("soeren.weiss", "Herr Müller aus dem Einkauf sucht Unterstützung bei der Lieferantenbewertung\n\nBitte"
              + " meldet euch direkt bei ihm, wenn ihr Erfahrung mit Lieferantenaudits habt."));
}
