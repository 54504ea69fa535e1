"""Dutch case table: reporting clauses, pronouns, claims and dates (see languages.py)."""

from __future__ import annotations

import datetime as dt

from .languages import Claim, Date, Speaker

SPEAKERS = (
    Speaker(
        "a quote that ends its sentence takes no clause from the next one",
        "Wethouder Jan Visser zei: „Het plan is klaar.” Volgens minister Eva de Boer is „het geld er nog niet”.",
        0,
        "Jan Visser",
    ),
    Speaker(
        "inverted: zei + title + name",
        '"We gaan hier samen doorheen", zei premier Mark Rutte.',
        0,
        "Mark Rutte",
    ),
    Speaker(
        "inverted: zegt + pronoun, one man named", 'Rutte sprak in Den Haag. "Het is ernstig", zegt hij.', 0, "Rutte"
    ),
    Speaker("aldus + name", '"Het is een zware tijd", aldus Hoekstra.', 0, "Hoekstra"),
    Speaker("aldus + description: no speaker", '"Het is een zware tijd", aldus de minister.', 0, None),
    Speaker("volgens after", '"De economie krimpt", volgens Klaas Knot.', 0, "Klaas Knot"),
    Speaker("subject first with colon", 'Sigrid Kaag zei: "We moeten door".', 0, "Sigrid Kaag"),
    Speaker(
        "pronoun between two men: no guess",
        'Rutte en Hoekstra spraken met de pers. "We moeten door", zei hij.',
        0,
        None,
    ),
    Speaker("no clause", '"De economie krimpt dit jaar fors."', 0, None),
    Speaker(
        "inverted: zei + minister + name, place after",
        "„Het kabinet neemt deze signalen zeer serieus”, zei minister Dilan Yeşilgöz in Den Haag.",
        0,
        "Dilan Yeşilgöz",
    ),
    Speaker(
        "aldus + an unnamed spokesperson: no speaker",
        "„De dijken in Zeeland zijn op orde”, aldus een woordvoerder van Rijkswaterstaat.",
        0,
        None,
    ),
    Speaker(
        "minister + name + van + ministry",
        "„Dit is volstrekt onacceptabel”, reageerde minister Eelco Heinen van Financiën.",
        0,
        "Eelco Heinen",
    ),
)

CLAIMS = (
    Claim(
        "zei dat: title and name",
        "Premier Mark Rutte zei dat het kabinet de steun aan de boeren verlengt.",
        "Mark Rutte",
        "het kabinet de steun",
    ),
    Claim(
        "volgens + title + name",
        "Volgens minister Hugo de Jonge is het virus nog lang niet verslagen.",
        "Hugo de Jonge",
        "is het virus",
    ),
    Claim(
        "volgens + article + common noun is no source",
        "Volgens de politie is de verdachte via de A12 gevlucht.",
        None,
    ),
    Claim(
        "heeft gezegd dat: a hyphenated title before the name",
        "Minister-president Dick Schoof heeft gezegd dat het kabinet tot de verkiezingen blijft.",
        "Dick Schoof",
        "het kabinet tot de verkiezingen",
    ),
)

DATES = (
    Date("dateline", "Den Haag, 13 maart 2020\n\nHet kabinet vergaderde.", "13 maart 2020", dt.date(2020, 3, 13)),
    Date("yesterday", "Den Haag, 13 maart 2020\n\nHet kabinet vergaderde gisteren.", "gisteren", dt.date(2020, 3, 12)),
    Date(
        "weekday, past",
        "Den Haag, 13 maart 2020\n\nHet kabinet heeft woensdag besloten.",
        "woensdag",
        dt.date(2020, 3, 11),
    ),
    Date("last week", "Den Haag, 13 maart 2020\n\nDe beurs daalde vorige week.", "vorige week", dt.date(2020, 3, 2)),
    Date(
        "number word + weeks + geleden",
        "Den Haag, 13 maart 2020 — Het kabinet besloot twee weken geleden tot de maatregel.",
        "twee weken geleden",
        dt.date(2020, 2, 24),
    ),
    Date(
        "dateline with a weekday",
        "Den Haag, vrijdag 13 maart 2020\n\nHet kabinet besloot gisteren tot nieuwe maatregelen.",
        "gisteren",
        dt.date(2020, 3, 12),
    ),
    Date(
        "afgelopen + weekday",
        "Den Haag, 13 maart 2020 — De Tweede Kamer stemde afgelopen dinsdag in met het voorstel.",
        "afgelopen dinsdag",
        dt.date(2020, 3, 10),
    ),
)
