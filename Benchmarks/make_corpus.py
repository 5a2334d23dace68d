#!/usr/bin/env python3
"""Builds the German benchmark corpus for Lesart's benchmarks and compare.sh.

Output (both gitignored, under Benchmarks/corpus/):
  news-de.txt    plain text, documents separated by a blank line (≥ 20 MB)
  news-de.jsonl  the same documents, one {"id", "text"} object per line

Sources, and only these:
  - the sample corpus Corpora/de/russland-allianzen.txt (the project's own), and
  - German news-like paragraphs written for this script (below): politics, economy,
    sports, culture, science, with abbreviations, dates, numbers, quotes, URLs,
    hashtags and @mentions. Placeholders ({STADT}, {ZAHL}, ...) are filled from lists.

Documents are recombined deterministically (random.Random(SEED)): each document takes a
headline and 3-9 paragraphs drawn from the pool, sentences within a written paragraph
are shuffled with some probability, and placeholders are filled afresh each time, so the
corpus is not one text repeated. Same SEED and size give the same bytes.

Usage: python3 Benchmarks/make_corpus.py [--mb 21] [--seed 20261128] [--out DIR]
"""
import argparse
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SAMPLE = os.path.join(ROOT, "Corpora", "de", "russland-allianzen.txt")

FILL = {
    "STADT": ["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Leipzig", "Dresden",
              "Stuttgart", "Düsseldorf", "Hannover", "Bremen", "Wien", "Zürich", "Graz", "Linz",
              "Brüssel", "Paris", "Warschau", "Kiew", "Moskau", "Peking", "Washington", "Ankara",
              "Teheran", "Prag", "Budapest", "Rostock", "Erfurt", "Mainz", "Saarbrücken"],
    "LAND": ["Frankreich", "Polen", "die Ukraine", "Russland", "China", "die USA", "Italien",
             "Spanien", "die Türkei", "Österreich", "die Schweiz", "Ungarn", "Japan", "Indien",
             "Brasilien", "Kanada", "Norwegen", "Großbritannien", "Israel", "Ägypten"],
    "LANDN": ["Frankreich", "Polen", "Russland", "China", "Italien", "Spanien", "Österreich",
              "Ungarn", "Japan", "Indien", "Brasilien", "Kanada", "Norwegen", "Israel", "Ägypten"],
    "PERSON": ["Olaf Scholz", "Friedrich Merz", "Annalena Baerbock", "Emmanuel Macron",
               "Wladimir Putin", "Wolodymyr Selenskyj", "Ursula von der Leyen", "Xi Jinping",
               "Robert Habeck", "Christian Lindner", "Boris Pistorius", "Recep Tayyip Erdoğan",
               "Donald Tusk", "Giorgia Meloni", "Karl Nehammer", "Viktor Orbán"],
    "NAME": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
             "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
             "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Yılmaz"],
    "VORNAME": ["Anna", "Jonas", "Lea", "Lukas", "Marie", "Felix", "Sophie", "Paul", "Emilia",
                "Maximilian", "Hannah", "Leon", "Mia", "Elias", "Clara", "Mehmet", "Katarzyna"],
    "PARTEI": ["SPD", "CDU", "CSU", "die Grünen", "FDP", "die Linke", "AfD", "BSW", "ÖVP", "SPÖ"],
    "ORG": ["die EU-Kommission", "die Nato", "die Bundesregierung", "die Europäische Zentralbank",
            "der Bundestag", "die Vereinten Nationen", "der IWF", "die Bundesbank",
            "das Statistische Bundesamt", "die OECD", "der DFB", "die Uefa", "das Ifo-Institut"],
    "FIRMA": ["Siemens", "Volkswagen", "BASF", "die Deutsche Bahn", "Lufthansa", "SAP", "Bayer",
              "Thyssenkrupp", "die Deutsche Telekom", "Zalando", "Daimler Truck", "Continental",
              "die Commerzbank", "Rheinmetall", "Infineon", "Henkel"],
    "VEREIN": ["Bayern München", "Borussia Dortmund", "RB Leipzig", "Bayer Leverkusen",
               "der VfB Stuttgart", "Eintracht Frankfurt", "der SC Freiburg", "Union Berlin",
               "Werder Bremen", "der 1. FC Köln", "der HSV", "Rapid Wien", "der FC St. Pauli"],
    "MONAT": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember", "Jan.", "Feb.", "Okt.", "Dez."],
    "WOCHENTAG": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "TAG": [str(n) for n in range(1, 29)],
    "JAHR": [str(n) for n in range(1990, 2027)],
    "ZAHL": ["3", "7", "12", "25", "48", "150", "320", "1.200", "2.500", "14.000", "85.000",
             "1,5", "2,7", "0,4", "3,25", "17", "99", "640"],
    "PROZENT": ["0,3", "1,2", "2,5", "3,8", "4,1", "5,9", "7", "12,4", "18", "23,6", "31", "44,5"],
    "BETRAG": ["1,2 Mrd.", "350 Mio.", "4,8 Milliarden", "75 Millionen", "12.500", "2,3 Billionen",
               "980.000", "6,4 Mrd.", "42 Mio."],
    "UHR": ["8:30", "9.15", "10:00", "11.45", "12:30", "14:00", "15.30", "18:45", "20:15", "22:00"],
    "ERGEBNIS": ["1:0", "2:1", "0:0", "3:2", "4:1", "1:1", "2:2", "0:3", "5:0"],
    "MINUTE": [str(n) for n in (3, 11, 17, 23, 34, 38, 45, 52, 61, 67, 74, 82, 88, 90)],
    "THEMA": ["Klimaschutz", "Rente", "Wohnungsbau", "Digitalisierung", "Migration", "Inflation",
              "Energiewende", "Bildung", "Pflege", "Verteidigung", "Schuldenbremse", "Bürgergeld"],
    "URL": ["https://www.bundesregierung.de/breg-de/aktuelles", "www.destatis.de",
            "https://www.tagesschau.de/inland/", "https://example.org/pressemitteilung?id=4711",
            "http://www.dfb.de/bundesliga/spieltag/", "https://ec.europa.eu/commission/presscorner/",
            "www.bundesbank.de/de/statistiken", "https://www.bmwk.de/Redaktion/DE/Artikel/"],
    "HASHTAG": ["#Bundestag", "#Klimakrise", "#Ukraine", "#Inflation", "#BVB", "#FCBayern",
                "#Wahl2025", "#Energiewende", "#EZB", "#Streik", "#Nahost", "#EM2024"],
    "MENTION": ["@tagesschau", "@Bundestag", "@DFB_Team", "@EU_Commission", "@destatis",
                "@ZDFheute", "@Regierungssprecher", "@bahn_presse"],
    "EMAIL": ["presse@example.org", "redaktion@beispiel-zeitung.de", "info@stadtwerke-muster.de"],
}

# Paragraphs written for this corpus. Each is a list of sentences; "@" marks a paragraph
# whose sentence order must be kept (a quote that continues, a list).
PARAGRAPHS = [
    # --- politics ---
    ["Die Bundesregierung hat am {WOCHENTAG} in {STADT} ein neues Maßnahmenpaket zum Thema {THEMA} vorgestellt.",
     "Nach Angaben des Finanzministeriums sollen bis {JAHR} rund {BETRAG} Euro bereitgestellt werden.",
     "„Wir handeln jetzt, nicht erst in zehn Jahren“, sagte {PERSON} vor Journalisten.",
     "Die Opposition sprach dagegen von einem „Paket ohne Plan“.",
     "Der Bundestag soll sich noch vor der Sommerpause, voraussichtlich am {TAG}. {MONAT}, mit dem Entwurf befassen."],
    ["Im Streit um die {THEMA} gibt es weiterhin keine Einigung zwischen {PARTEI} und {PARTEI}.",
     "Fraktionschef Dr. {NAME} sagte, man sei „kompromissbereit, aber nicht um jeden Preis“.",
     "Ein Sprecher des Innenministeriums wollte sich zu den Details nicht äußern.",
     "Laut einer Umfrage des Instituts Infratest dimap halten {PROZENT} Prozent der Befragten die bisherigen Pläne für unzureichend.",
     "Die nächste Verhandlungsrunde ist für den {TAG}.{TAG}.{JAHR} angesetzt."],
    ["{PERSON} ist zu einem zweitägigen Besuch nach {STADT} gereist.",
     "Im Mittelpunkt der Gespräche stehen die Beziehungen zu {LAND}, die Lage im Nahen Osten und Fragen der Energieversorgung.",
     "Begleitet wird die Delegation von Vertretern der Wirtschaft, u. a. von {FIRMA} und {FIRMA}.",
     "Am Rande des Treffens sollen mehrere Abkommen unterzeichnet werden, z. B. zur Zusammenarbeit bei Wasserstoff.",
     "Beobachter erwarten allerdings keine konkreten Ergebnisse."],
    ["{ORG} hat {LAND} mit Sanktionen gedroht, falls die Angriffe nicht eingestellt werden.",
     "Die Außenminister der 27 Mitgliedstaaten beraten am {WOCHENTAG} in Brüssel über weitere Schritte.",
     "Ungarn hatte bereits im Vorfeld angekündigt, neue Strafmaßnahmen nicht mitzutragen.",
     "Diplomaten zufolge ist ein Kompromiss dennoch möglich.",
     "Die Ukraine erhielt zuletzt Waffen und Munition im Wert von rund {BETRAG} Euro aus Deutschland."],
    ["Bei der Landtagswahl in Sachsen kam die {PARTEI} nach vorläufigem amtlichem Endergebnis auf {PROZENT} Prozent der Stimmen.",
     "Die Wahlbeteiligung lag bei {PROZENT} %, deutlich höher als vor fünf Jahren.",
     "Spitzenkandidatin {VORNAME} {NAME} sprach von einem „historischen Abend“.",
     "Die Regierungsbildung dürfte schwierig werden: Rechnerisch reicht es nur für ein Dreierbündnis.",
     "Erste Sondierungsgespräche sollen bereits in der kommenden Woche beginnen."],
    ["Das Bundesverfassungsgericht in Karlsruhe hat am {TAG}. {MONAT} {JAHR} über die Klage entschieden.",
     "Die Richterinnen und Richter des Zweiten Senats erklärten Teile des Gesetzes für verfassungswidrig (Az. 2 BvF 1/22).",
     "Der Gesetzgeber muss bis zum 31. Dezember nachbessern.",
     "„Das Urteil ist eine Ohrfeige für die Regierung“, schrieb ein Abgeordneter der {PARTEI} auf X.",
     "Die vollständige Entscheidung ist unter {URL} abrufbar."],
    ["Nach dem Treffen mit {PERSON} erklärte {PERSON}, man habe „offen und konstruktiv“ gesprochen.",
     "Zugleich warf er {LAND} vor, die Verhandlungen seit Monaten zu blockieren.",
     "Moskau wies die Vorwürfe zurück und sprach von einer „Kampagne des Westens“.",
     "Die USA kündigten an, ihre Hilfe für Kiew fortzusetzen.",
     "China rief beide Seiten zur Zurückhaltung auf."],
    ["Die Innenministerkonferenz (IMK) tagt vom {TAG}. bis {TAG}. {MONAT} in {STADT}.",
     "Auf der Tagesordnung stehen u. a. der Schutz kritischer Infrastruktur, Cyberangriffe und die Ausstattung der Polizei.",
     "Die Gewerkschaft der Polizei (GdP) fordert {ZAHL} zusätzliche Stellen.",
     "Ein Sprecher sagte: „Ohne mehr Personal bleibt jede Strategie Papier.“",
     "Ergebnisse werden am Freitag gegen {UHR} Uhr erwartet."],
    ["Russland hat nach Angaben des ukrainischen Militärs in der Nacht erneut Drohnen und Raketen auf {STADT} abgefeuert.",
     "Die Luftabwehr habe {ZAHL} von {ZAHL} Flugkörpern abgefangen, teilte die Armee mit.",
     "Mindestens drei Menschen wurden verletzt, mehrere Wohnhäuser beschädigt.",
     "Der Kreml äußerte sich zunächst nicht.",
     "Die Angaben ließen sich nicht unabhängig überprüfen."],
    ["Frankreich und Deutschland wollen ihre Zusammenarbeit in der Rüstung vertiefen.",
     "Verteidigungsminister Boris Pistorius und sein französischer Amtskollege unterzeichneten dazu in Paris eine Absichtserklärung.",
     "Das gemeinsame Kampfjet-Projekt FCAS soll trotz Verzögerungen fortgeführt werden.",
     "Kritiker bemängeln seit Jahren Streit um Arbeitsanteile zwischen Airbus und Dassault.",
     "Eine Entscheidung über die nächste Phase wird für Mitte {JAHR} erwartet."],
    ["Die Polizei in {STADT} hat am {WOCHENTAG}abend eine Demonstration mit rund {ZAHL} Teilnehmern begleitet.",
     "Nach Polizeiangaben verlief der Protest weitgehend friedlich.",
     "Die Veranstalter sprachen von deutlich mehr Menschen.",
     "Unter dem Hashtag {HASHTAG} verbreiteten sich Videos der Kundgebung in sozialen Netzwerken.",
     "Gegen zwei Personen wird wegen Landfriedensbruchs ermittelt."],
    ["Die Bürgermeisterin von {STADT}, {VORNAME} {NAME} ({PARTEI}), will nicht erneut kandidieren.",
     "Das teilte sie am Rande einer Stadtratssitzung mit.",
     "Als Gründe nannte sie private Umstände sowie „zunehmende Anfeindungen im Netz“.",
     "Ihre Amtszeit endet regulär im {MONAT} {JAHR}.",
     "Mehrere Parteien kündigten an, zeitnah eigene Kandidatinnen oder Kandidaten zu benennen."],
    # --- economy ---
    ["Die Inflationsrate in Deutschland ist im {MONAT} auf {PROZENT} Prozent gesunken.",
     "Das teilte das Statistische Bundesamt (Destatis) am {WOCHENTAG} in Wiesbaden mit.",
     "Vor allem Energie verbilligte sich gegenüber dem Vorjahresmonat um {PROZENT} %.",
     "Nahrungsmittel kosteten dagegen {PROZENT} % mehr.",
     "Ökonomen erwarten, dass die EZB die Leitzinsen im Herbst weiter senkt.",
     "Detaillierte Tabellen gibt es unter {URL}."],
    ["{FIRMA} hat im dritten Quartal einen Umsatz von {BETRAG} Euro erzielt.",
     "Das entspricht einem Plus von {PROZENT} Prozent ggü. dem Vorjahr.",
     "Der operative Gewinn (Ebit) ging jedoch auf {BETRAG} Euro zurück.",
     "Vorstandschef Dr. {NAME} sprach von einem „schwierigen Umfeld“ und kündigte ein Sparprogramm an.",
     "Bis {JAHR} sollen weltweit bis zu {ZAHL} Stellen wegfallen, davon ca. ein Drittel in Deutschland.",
     "Die Aktie verlor im frühen Handel {PROZENT} %."],
    ["Der Deutsche Aktienindex (Dax) schloss am {WOCHENTAG} bei {ZAHL} Punkten.",
     "Das entspricht einem Minus von {PROZENT} Prozent.",
     "Der Euro kostete zuletzt 1,08 US-Dollar.",
     "Händler verwiesen auf schwache Konjunkturdaten aus China und die Sorge vor neuen Zöllen.",
     "Gefragt waren Titel von {FIRMA}, während {FIRMA} unter Druck gerieten.",
     "Der Ölpreis der Sorte Brent stieg auf 82,40 $ je Barrel."],
    ["Das Ifo-Geschäftsklima hat sich im {MONAT} überraschend aufgehellt.",
     "Der Index stieg von 86,4 auf 87,1 Punkte, wie das Münchner Institut mitteilte.",
     "„Die deutsche Wirtschaft kämpft sich langsam aus der Krise“, sagte Ifo-Präsident Clemens Fuest.",
     "Vor allem im Handel und bei Dienstleistern sei die Stimmung besser.",
     "In der Industrie und am Bau bleibe die Lage jedoch angespannt."],
    ["Die Gewerkschaft Verdi hat für {WOCHENTAG} zu Warnstreiks im öffentlichen Nahverkehr aufgerufen.",
     "Betroffen sind Busse und Bahnen in {STADT}, {STADT} und {STADT}.",
     "Die Arbeitgeber nannten den Ausstand „völlig überzogen“.",
     "Verdi fordert {PROZENT} Prozent mehr Lohn, mindestens aber 350 Euro monatlich, bei einer Laufzeit von 12 Monaten.",
     "Fahrgäste sollten sich vorab unter {URL} informieren.",
     "Die dritte Verhandlungsrunde beginnt am {TAG}. {MONAT}."],
    ["Der Mietpreisspiegel für {STADT} zeigt einen deutlichen Anstieg.",
     "Im Durchschnitt müssen Mieter inzwischen {ZAHL} Euro pro m² zahlen, bei Neuvermietungen noch mehr.",
     "Der Mieterverein spricht von einer „dramatischen Entwicklung“.",
     "Die Stadt will bis {JAHR} insgesamt {ZAHL} neue Wohnungen bauen lassen.",
     "Fachleute bezweifeln, dass das Ziel erreicht wird."],
    ["Die Europäische Zentralbank (EZB) hat den Einlagensatz um 0,25 Prozentpunkte auf {PROZENT} % gesenkt.",
     "EZB-Präsidentin Christine Lagarde sagte in Frankfurt, weitere Schritte hingen von den Daten ab.",
     "Sparer müssen sich damit auf sinkende Zinsen für Tages- und Festgeld einstellen.",
     "Für Kreditnehmer könnte die Baufinanzierung etwas günstiger werden.",
     "Die nächste Zinssitzung findet am {TAG}. {MONAT} statt."],
    ["Das Start-up aus {STADT} hat in einer Finanzierungsrunde {BETRAG} Euro eingesammelt.",
     "Angeführt wurde die Runde von einem US-Investor, beteiligt waren u. a. bestehende Geldgeber.",
     "Das Unternehmen entwickelt Software für die Energie- und Wärmeplanung von Kommunen.",
     "Gründerin {VORNAME} {NAME} will mit dem Geld in Österreich, der Schweiz und Polen expandieren.",
     "Kontakt für Presseanfragen: {EMAIL}."],
    ["Die Deutsche Bahn hat ihre Pünktlichkeitszahlen für das erste Halbjahr veröffentlicht.",
     "Nur {PROZENT} Prozent der Fernzüge erreichten ihr Ziel mit weniger als 6 Min. Verspätung.",
     "Als Gründe nennt der Konzern marode Infrastruktur und zahlreiche Baustellen.",
     "Der Fahrgastverband Pro Bahn forderte schnellere Investitionen ins Netz.",
     "{MENTION} verwies auf die Generalsanierung der Strecke Hamburg–Berlin ab Aug. {JAHR}."],
    ["Der Autobauer {FIRMA} ruft weltweit rund {ZAHL} Fahrzeuge zurück.",
     "Grund sei ein mögliches Problem mit der Bremsanlage, teilte das Kraftfahrt-Bundesamt (KBA) mit.",
     "Betroffen sind Modelle der Baujahre {JAHR} bis {JAHR}.",
     "Unfälle seien bislang nicht bekannt.",
     "Halter werden schriftlich informiert; die Reparatur dauert ca. eine Std."],
    # --- sports ---
    ["{VEREIN} hat am {WOCHENTAG} gegen {VEREIN} mit {ERGEBNIS} gewonnen.",
     "Vor {ZAHL} Zuschauern brachte {NAME} die Gastgeber in der {MINUTE}. Minute in Führung.",
     "Nach der Pause glich der Gegner zunächst aus, ehe ein Foulelfmeter die Entscheidung brachte.",
     "„Wir haben heute Charakter gezeigt“, sagte der Trainer nach dem Spiel.",
     "In der Tabelle rückt die Mannschaft auf Platz {TAG} vor.",
     "{HASHTAG}"],
    ["Die deutsche Nationalmannschaft bereitet sich in Herzogenaurach auf das Länderspiel gegen {LANDN} vor.",
     "Bundestrainer Julian Nagelsmann muss auf mehrere verletzte Spieler verzichten.",
     "Ob Kapitän {NAME} rechtzeitig fit wird, ist offen.",
     "Anpfiff ist am {WOCHENTAG} um {UHR} Uhr, die ARD überträgt live.",
     "Tickets gibt es noch unter {URL}."],
    ["Beim Marathon in {STADT} hat {VORNAME} {NAME} einen neuen Streckenrekord aufgestellt.",
     "Sie lief die 42,195 km in 2:19:47 Std. und blieb damit 38 Sek. unter der alten Bestmarke.",
     "Insgesamt gingen mehr als {ZAHL} Läuferinnen und Läufer an den Start.",
     "Bei Temperaturen um 14 °C herrschten nahezu ideale Bedingungen.",
     "Die Veranstalter zogen eine positive Bilanz."],
    ["Die Handballer des THW Kiel haben das Spitzenspiel gegen die SG Flensburg-Handewitt mit 31:29 gewonnen.",
     "Bester Werfer war {NAME} mit neun Toren.",
     "Damit übernimmt Kiel vorerst die Tabellenführung.",
     "Das Rückspiel findet am {TAG}. {MONAT} in Flensburg statt.",
     "Die Partie war mit 10.285 Zuschauern ausverkauft."],
    ["Formel-1-Pilot {NAME} hat beim Großen Preis von {LANDN} Platz drei belegt.",
     "Nach einem schwachen Qualifying war er nur von Position elf gestartet.",
     "„Die Strategie war perfekt“, sagte er nach dem Rennen.",
     "Der Sieg ging an den Titelverteidiger, der seine WM-Führung auf {ZAHL} Punkte ausbaute.",
     "Das nächste Rennen steht in zwei Wochen an."],
    ["Im Tennis ist {VORNAME} {NAME} beim Turnier in {STADT} im Viertelfinale ausgeschieden.",
     "Die Deutsche unterlag der an Nr. 3 gesetzten Spielerin mit 4:6, 6:3, 5:7.",
     "Im dritten Satz hatte sie bereits mit 5:3 geführt.",
     "Trotz der Niederlage verbessert sie sich in der Weltrangliste.",
     "Weiter geht es für sie Ende {MONAT} in Wimbledon."],
    ["Der DFB hat den Schiedsrichter für das Pokalfinale in Berlin benannt.",
     "Das Spiel zwischen {VEREIN} und {VEREIN} beginnt am Samstag, {TAG}. Mai, um 20 Uhr.",
     "Im Vorfeld gab es Streit um die Verteilung der Eintrittskarten.",
     "Beide Vereine erhalten jeweils rund 24.000 Tickets.",
     "Fans können sich unter {URL} registrieren."],
    ["Nach der Niederlage gegen {VEREIN} steht Trainer {NAME} unter Druck.",
     "Sportvorstand {VORNAME} {NAME} sprach ihm zwar öffentlich das Vertrauen aus.",
     "Intern soll die Vereinsführung aber bereits mögliche Nachfolger sondieren.",
     "Der Klub hat aus den vergangenen acht Spielen nur fünf Punkte geholt.",
     "Am {WOCHENTAG} kommt es zum Kellerduell gegen {VEREIN}."],
    # --- culture, science, local, social media ---
    ["Das Museum in {STADT} zeigt ab {TAG}. {MONAT} eine große Ausstellung zur Malerei des 19. Jh.",
     "Zu sehen sind rund {ZAHL} Werke, darunter Leihgaben aus Wien, Paris und New York.",
     "Die Kuratorin Prof. Dr. {VORNAME} {NAME} spricht von einer „Schau der Superlative“.",
     "Der Eintritt kostet 18 €, ermäßigt 12 €.",
     "Weitere Informationen: {URL}"],
    ["Forschende der Universität {STADT} haben ein neues Verfahren zur Speicherung von Wasserstoff entwickelt.",
     "Die Ergebnisse wurden in der Fachzeitschrift „Nature Energy“ veröffentlicht.",
     "Demnach lässt sich der Energieträger bei Raumtemperatur in einem Metallgitter binden.",
     "Bis zur industriellen Anwendung dürften allerdings noch Jahre vergehen.",
     "Das Projekt wird vom Bundesministerium für Bildung und Forschung (BMBF) mit {BETRAG} Euro gefördert."],
    ["Der Deutsche Wetterdienst (DWD) warnt für {WOCHENTAG} vor Unwettern in Teilen Süddeutschlands.",
     "Es drohen Starkregen mit bis zu 40 l/m² in kurzer Zeit, Hagel und Sturmböen bis 90 km/h.",
     "Besonders betroffen sind Bayern und Baden-Württemberg.",
     "Am Wochenende soll es dann wieder freundlicher werden, mit Höchstwerten um 24 Grad.",
     "Aktuelle Warnungen gibt es unter https://www.dwd.de/warnungen und bei {MENTION}."],
    ["{MENTION} Danke für den Bericht!",
     "Wann genau beginnt die Sitzung morgen?",
     "Ich finde, das Thema {THEMA} kommt viel zu kurz… {HASHTAG}",
     "Mal sehen, was die Regierung diesmal liefert :-)",
     "LG aus {STADT}"],
    ["In {STADT} ist am {WOCHENTAG}morgen ein Feuer in einer Lagerhalle ausgebrochen.",
     "Die Feuerwehr war mit {ZAHL} Einsatzkräften vor Ort.",
     "Verletzt wurde nach ersten Erkenntnissen niemand.",
     "Die Polizei schätzt den Schaden auf einen sechsstelligen Betrag.",
     "Die Brandursache ist noch unklar; die Kriminalpolizei ermittelt.",
     "Anwohner wurden gebeten, Fenster und Türen geschlossen zu halten."],
    ["Die neue Staffel der Krimiserie wurde am {WOCHENTAG} bei der Berlinale vorgestellt.",
     "Regisseurin {VORNAME} {NAME} erzählt darin von einem Kommissar, der in seine Heimatstadt {STADT} zurückkehrt.",
     "Die Kritik reagierte überwiegend wohlwollend.",
     "Ausgestrahlt werden die sechs Folgen ab Herbst im ZDF und in der Mediathek.",
     "Die Produktion kostete nach Senderangaben rund {BETRAG} Euro."],
    ["Ab dem 1. Januar {JAHR} gelten neue Regeln für Heizungen.",
     "Neu eingebaute Anlagen müssen zu mind. 65 % mit erneuerbaren Energien betrieben werden.",
     "Für bestehende Gas- und Ölheizungen gibt es Übergangsfristen.",
     "Eigentümer können Zuschüsse von bis zu 70 Prozent beantragen, Details regelt die BEG-Richtlinie.",
     "Die Verbraucherzentrale bietet eine kostenlose Beratung an: {EMAIL}."],
    ["@ Das Wichtigste in Kürze:",
     "1. Die Regierung hat den Haushalt für {JAHR} beschlossen.",
     "2. Die Neuverschuldung liegt bei {BETRAG} Euro.",
     "3. Für Verteidigung sind ca. {PROZENT} Prozent mehr vorgesehen.",
     "4. Der Bundestag stimmt im {MONAT} ab."],
    ["Die Lufthansa streicht wegen eines Streiks des Bodenpersonals am {WOCHENTAG} zahlreiche Flüge in Frankfurt und München.",
     "Nach Angaben des Unternehmens sind rund {ZAHL} Verbindungen und etwa 90.000 Passagiere betroffen.",
     "Reisende sollten vor der Fahrt zum Flughafen den Status ihres Fluges prüfen.",
     "Verdi begründete den Ausstand mit dem „mangelnden Entgegenkommen“ der Arbeitgeberseite.",
     "Die Gespräche sollen Anfang {MONAT} fortgesetzt werden."],
    ["Nach Angaben der Vereinten Nationen sind im Sudan mehr als zehn Mio. Menschen auf der Flucht.",
     "Die humanitäre Lage sei „katastrophal“, sagte ein UN-Sprecher in Genf.",
     "Hilfsorganisationen beklagen fehlenden Zugang zu den umkämpften Gebieten.",
     "Deutschland stellt weitere {BETRAG} Euro für Nothilfe bereit.",
     "Die Bundesregierung rief die Konfliktparteien zu einer sofortigen Waffenruhe auf."],
    ["Die Türkei und Griechenland haben sich auf neue Gespräche über strittige Fragen in der Ägäis verständigt.",
     "Staatspräsident Recep Tayyip Erdoğan und der griechische Regierungschef trafen sich dazu in Ankara.",
     "Beide Seiten betonten den Willen zur Entspannung.",
     "In der Vergangenheit war es wiederholt zu Zwischenfällen im Luftraum gekommen.",
     "Die EU begrüßte die Annäherung ausdrücklich."],
    ["Iran hat Russland nach Erkenntnissen westlicher Geheimdienste weitere Kurzstreckenraketen geliefert.",
     "Das berichteten mehrere Medien unter Berufung auf Regierungskreise in Washington.",
     "Teheran bestritt die Lieferungen.",
     "Die Bundesregierung bestellte den iranischen Botschafter ein.",
     "Außenministerin {PERSON} sprach von einer „gefährlichen Eskalation“."],
    ["Armenien rückt nach Jahren enger Bindung an Moskau zunehmend vom Kreml ab.",
     "Regierungschef Nikol Paschinjan hat die Mitarbeit im Militärbündnis OVKS eingefroren.",
     "Zugleich sucht Jerewan die Nähe zur EU und zu den USA.",
     "Russland warnte Armenien vor „unüberlegten Schritten“.",
     "Beobachter sehen darin einen Wendepunkt in der Region Südkaukasus."],
]

HEADLINES = [
    "{PERSON} reist nach {STADT}", "Inflation sinkt auf {PROZENT} Prozent", "{VEREIN} siegt {ERGEBNIS}",
    "Streit um {THEMA} geht weiter", "{FIRMA}: Gewinn bricht ein", "Warnstreik legt {STADT} lahm",
    "Neue Sanktionen gegen {LANDN}?", "EZB senkt Zinsen erneut", "Unwetter: DWD warnt vor Starkregen",
    "Rekord beim {STADT}-Marathon", "Landtagswahl: {PARTEI} vorn", "Kommentar: Mehr Mut bei der {THEMA}",
]

PLACEHOLDER = re.compile(r"\{([A-Z]+)\}")


def fill(rng, text):
    text = PLACEHOLDER.sub(lambda m: rng.choice(FILL[m.group(1)]), text)
    # a sentence that starts with a filled-in "die EU-Kommission" starts with a capital
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def sample_paragraphs():
    with open(SAMPLE, encoding="utf-8") as f:
        text = f.read()
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def make_paragraph(rng, sample):
    # About one paragraph in six comes from the sample corpus, kept as written.
    if rng.random() < 0.17:
        return rng.choice(sample)
    sentences = list(rng.choice(PARAGRAPHS))
    keep_order = sentences[0].startswith("@ ")
    if keep_order:
        sentences[0] = sentences[0][2:]
    elif rng.random() < 0.5:
        first, rest = sentences[0], sentences[1:]
        rng.shuffle(rest)
        sentences = [first] + rest
    if not keep_order and rng.random() < 0.3 and len(sentences) > 3:
        # drop a sentence or add one from another paragraph
        if rng.random() < 0.5:
            del sentences[rng.randrange(1, len(sentences))]
        else:
            sentences.insert(rng.randrange(1, len(sentences)), rng.choice(rng.choice(PARAGRAPHS)).lstrip("@ "))
    sep = "\n" if keep_order else " "
    return sep.join(fill(rng, s) for s in sentences)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=21.0, help="size of news-de.txt in MB (default 21)")
    parser.add_argument("--seed", type=int, default=20261128)
    parser.add_argument("--out", default=os.path.join(HERE, "corpus"))
    args = parser.parse_args()

    rng = random.Random(args.seed)
    sample = sample_paragraphs()
    target = int(args.mb * 1_000_000)
    os.makedirs(args.out, exist_ok=True)
    txt_path = os.path.join(args.out, "news-de.txt")
    jsonl_path = os.path.join(args.out, "news-de.jsonl")
    size = 0
    docs = 0
    with open(txt_path, "w", encoding="utf-8") as txt, open(jsonl_path, "w", encoding="utf-8") as jl:
        while size < target:
            paragraphs = [fill(rng, rng.choice(HEADLINES))]
            paragraphs += [make_paragraph(rng, sample) for _ in range(rng.randint(3, 9))]
            text = "\n\n".join(paragraphs)
            docs += 1
            doc_id = f"news-{docs:06d}"
            chunk = text + "\n\n"
            txt.write(chunk)
            jl.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
            size += len(chunk.encode("utf-8"))
    print(f"{txt_path}: {size} bytes, {docs} documents")
    print(f"{jsonl_path}: {os.path.getsize(jsonl_path)} bytes")


if __name__ == "__main__":
    main()
