"""German case table: reporting clauses, pronouns, claims and dates (see languages.py)."""

from __future__ import annotations

import datetime as dt

from .languages import Claim, Date, Speaker

SPEAKERS = (
    Speaker("inverted: sagte + name", "„Wir schaffen das“, sagte Scholz.", 0, "Scholz"),
    Speaker(
        "subject first: title and name before the colon",
        "Kanzler Olaf Scholz sprach am Mittwoch. Finanzminister Christian Lindner erklärte: „Die Kasse ist leer.“",
        0,
        "Christian Lindner",
    ),
    Speaker(
        "pronoun between two men: no guess",
        "Kanzler Olaf Scholz sprach am Mittwoch. Finanzminister Christian Lindner erklärte: „Die Kasse ist leer.“ "
        "„Der Zug ist spät“, sagte er.",
        1,
        None,
    ),
    Speaker(
        "pronoun: sie with one woman named",
        "Außenministerin Annalena Baerbock reiste nach Kiew. „Wir stehen an Ihrer Seite“, sagte sie.",
        0,
        "Annalena Baerbock",
    ),
    Speaker(
        "inverted: title compound and name, time after",
        "„Die Lage ist ernst“, sagte Gesundheitsminister Karl Lauterbach am Dienstag.",
        0,
        "Karl Lauterbach",
    ),
    Speaker("so + name", "„Das ist ein guter Tag für Europa“, so Scholz.", 0, "Scholz"),
    Speaker("laut before", "Laut Lindner „gibt es keinen Spielraum“.", 0, "Lindner"),
    Speaker("zufolge after", "„Es gibt keinen Spielraum“, Lindner zufolge.", 0, "Lindner"),
    Speaker("no clause", "„Die Kasse ist leer und bleibt leer.“", 0, None),
    Speaker(
        "inward guillemets: laut + title + name, copula before the quote",
        "Laut Gesundheitsminister Karl Lauterbach ist »die Welle noch lange nicht gebrochen«.",
        0,
        "Karl Lauterbach",
    ),
    Speaker(
        "inward guillemets: title and name before the colon",
        "Innenministerin Nancy Faeser sagte am Montag in Berlin: »Wir werden die Kontrollen verlängern.«",
        0,
        "Nancy Faeser",
    ),
    Speaker(
        "inward guillemets: inverted, article + title + name",
        "»Die Kontrollen bleiben bis Ende Juni«, sagte die Ministerin Nancy Faeser am Montag.",
        0,
        "Nancy Faeser",
    ),
    Speaker(
        "inward guillemets: a title alone names no one",
        "Die Ministerin sagte am Montag in Berlin: »Wir werden die Mittel für die Länder verdoppeln.«",
        0,
        None,
    ),
    Speaker(
        "sagte + name + dative newspaper: the newspaper is no part of the name",
        "„Wir verhandeln weiter mit allen Fraktionen“, sagte Kühnert der Süddeutschen Zeitung am Wochenende.",
        0,
        "Kühnert",
    ),
    Speaker(
        "compound title with a hyphen: Bahn-Managerin",
        "„Die Strecke wird bis Dezember gesperrt“, sagt Bahn-Managerin Evelyn Palla.",
        0,
        "Evelyn Palla",
    ),
    Speaker(
        "compound title ending in -senatorin is no part of the name",
        "„Wir stehen zu unseren Zusagen“, sagte Wirtschaftssenatorin Melanie Leonhard am Abend.",
        0,
        "Melanie Leonhard",
    ),
    Speaker(
        "a reply with its own clause is no continuation of the previous speaker",
        "„Wir halten Kurs“, sagte Kanzler Olaf Scholz. „Das ist viel zu wenig“, entgegnete Oppositionsführer "
        "Friedrich Merz.",
        1,
        "Friedrich Merz",
    ),
    Speaker(
        "a clause the finder cannot read: no continuation of the previous speaker",
        "„Wir halten Kurs“, sagte Kanzler Olaf Scholz. „Das ist viel zu wenig“, wetterte Friedrich Merz im Bundestag.",
        1,
        None,
    ),
    Speaker(
        "single low-high marks: title and name after sagte",
        "‚Wir schaffen das schon irgendwie‘, sagte Kanzler Olaf Scholz nach der Sitzung.",
        0,
        "Olaf Scholz",
    ),
    Speaker(
        "single inward guillemets: title and name after sagte",
        "›Wir schaffen das schon irgendwie‹, sagte Kanzler Olaf Scholz nach der Sitzung.",
        0,
        "Olaf Scholz",
    ),
    Speaker(
        "a newspaper in quote marks between the verb and the colon",
        "Die Grünen-Vorsitzende Ricarda Lang sagte der „Süddeutschen Zeitung“: „Wir werden nicht nachgeben.“",
        0,
        "Ricarda Lang",
    ),
    Speaker(
        "von der + party acronym after the name",
        "„Wir halten Kurs, auch wenn es schwer wird“, sagte Olaf Scholz von der SPD.",
        0,
        "Olaf Scholz",
    ),
)

CLAIMS = (
    Claim(
        "sagte, dass: title compound and name before",
        "Finanzminister Christian Lindner sagte, dass der Haushalt ausgeglichen sei.",
        "Christian Lindner",
        "der Haushalt ausgeglichen",
    ),
    Claim(
        "inverted: am Dienstag sagte Kanzler X, dass",
        "Am Dienstag sagte Kanzler Olaf Scholz in Berlin, dass die Hilfen verlängert würden.",
        "Olaf Scholz",
        "die Hilfen verlängert",
    ),
    Claim(
        "subjunctive clause first, then sagte + name",
        "Die Lage an den Grenzen sei ernst, sagte Innenministerin Nancy Faeser am Mittwoch.",
        "Nancy Faeser",
        "Die Lage an den Grenzen sei ernst",
    ),
    Claim(
        "a title alone is no source",
        "Die Ministerin erklärte, dass die Mittel nicht reichen würden.",
        None,
    ),
    Claim(
        "laut + a noun is no source",
        "Laut Polizeiangaben wurden bei dem Unfall auf der A7 drei Menschen verletzt.",
        None,
    ),
    Claim(
        "a noun before a given name is no part of the name",
        "Nach Angaben der Polizei sagte Zeuge Peter Müller, dass der Fahrer sofort geflohen sei.",
        "Peter Müller",
        "der Fahrer sofort geflohen",
    ),
    Claim(
        "name, verb, time and place, then the comma and dass",
        "Olaf Scholz betonte am Montag in Brüssel, dass Deutschland zu seinen Zusagen stehe.",
        "Olaf Scholz",
        "Deutschland zu seinen Zusagen",
    ),
    Claim(
        "'so' as an adverb is no verb of speaking",
        "Die Virologin Sandra Ciesek stellte die Studie vor. Viele bemerken die Infektion kaum, weil sie so mild "
        "verläuft, dass man sie für eine Erkältung hält.",
        None,
    ),
)

DATES = (
    Date("dateline", "Berlin, 13. März 2020\n\nDer Bundestag tagte.", "13. März 2020", dt.date(2020, 3, 13)),
    Date("yesterday", "Berlin, 13. März 2020\n\nDer Bundestag tagte gestern.", "gestern", dt.date(2020, 3, 12)),
    Date(
        "am + weekday, past",
        "Berlin, 13. März 2020\n\nDer Kanzler hatte am Mittwoch in Brüssel verhandelt.",
        "am Mittwoch",
        dt.date(2020, 3, 11),
    ),
    Date(
        "day of the month, future",
        "Berlin, 13. März 2020\n\nDie Regierung wird am 5. April entscheiden.",
        "am 5. April",
        dt.date(2020, 4, 5),
    ),
    Date("last week", "Berlin, 13. März 2020\n\nDie Zahlen stiegen letzte Woche.", "letzte Woche", dt.date(2020, 3, 2)),
    Date(
        "vor + number word + weeks",
        "Berlin, 13. März 2020\n\nDer Vertrag wurde vor zwei Wochen in Brüssel unterzeichnet.",
        "vor zwei Wochen",
        dt.date(2020, 2, 24),
    ),
    Date(
        "vor einem Jahr",
        "Berlin, 13. März 2020\n\nDie Fabrik schloss vor einem Jahr.",
        "vor einem Jahr",
        dt.date(2019, 1, 1),
    ),
    Date(
        "am kommenden + weekday in the present tense",
        "Berlin, 13. März 2020\n\nDer Bundestag stimmt am kommenden Dienstag über das Gesetz ab.",
        "am kommenden Dienstag",
        dt.date(2020, 3, 17),
    ),
)
