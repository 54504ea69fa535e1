"""Italian case table: reporting clauses, pronouns, claims and dates (see languages.py)."""

from __future__ import annotations

import datetime as dt

from .languages import Claim, Date, Speaker

SPEAKERS = (
    Speaker(
        "inverted: ha detto + title + name",
        "«Non ci fermeremo davanti a nulla», ha detto la premier Giorgia Meloni.",
        0,
        "Giorgia Meloni",
    ),
    Speaker("inverted: ha detto + surname", '"Il Paese è pronto", ha detto Mattarella.', 0, "Mattarella"),
    Speaker(
        "il ministro: the one minister named",
        'Il ministro Giancarlo Giorgetti ha presentato la manovra. "I conti sono in ordine", ha spiegato il ministro.',
        0,
        "Giancarlo Giorgetti",
    ),
    Speaker("il ministro: no minister named", "Il ministro ha dichiarato: «Siamo pronti a tutto».", 0, None),
    Speaker(
        "subject first: ha dichiarato + colon",
        "Elly Schlein ha dichiarato: «La sanità pubblica va difesa».",
        0,
        "Elly Schlein",
    ),
    Speaker("secondo before", "Secondo Schlein, «il governo ha fallito».", 0, "Schlein"),
    Speaker(
        "dropped subject, two people named: no guess",
        'Meloni ha incontrato Macron a Roma. "È stato un incontro utile", ha aggiunto.',
        0,
        None,
    ),
    Speaker("no clause", '"Il governo durerà fino alla fine."', 0, None),
    Speaker(
        "dialogue dash: title and name after the verb",
        "—Non ci arrenderemo davanti alle minacce —disse il sindaco Giorgio Gori ai cronisti.",
        0,
        "Giorgio Gori",
    ),
    Speaker(
        "verb, object and colon",
        "Il leader dell'opposizione Marco Bellini ha attaccato il governo: «Questa manovra è un disastro per le "
        "famiglie».",
        0,
        "Marco Bellini",
    ),
    Speaker(
        "inverted: article, title and name",
        "«Non arretreremo di un passo», ha detto il sindaco Giuseppe Sala ai giornalisti.",
        0,
        "Giuseppe Sala",
    ),
    Speaker(
        "title with a party as complement, then the name",
        "«Non ci sono le condizioni per un accordo», ha spiegato il segretario del Pd Elly Schlein.",
        0,
        "Elly Schlein",
    ),
    Speaker(
        "a capitalised article and title after the verb name no one",
        "«Andremo avanti comunque con il progetto», ha detto Il presidente della Regione.",
        0,
        None,
    ),
    Speaker(
        "secondo + a surname opening with a capitalised article, its fuller form earlier",
        "Il consigliere Stefano Lo Russo ha parlato in aula. Secondo Lo Russo, il piano «arriva troppo tardi».",
        0,
        "Stefano Lo Russo",
    ),
    Speaker(
        "inverted: ha assicurato + l'assessore + name",
        "«I cantieri partiranno a settembre», ha assicurato l'assessore Alberto Unia.",
        0,
        "Alberto Unia",
    ),
)

CLAIMS = (
    Claim(
        "ha detto che: title, complement and name",
        "Il ministro dell'Economia Giancarlo Giorgetti ha detto che la manovra sarà approvata entro dicembre.",
        "Giancarlo Giorgetti",
        "la manovra sarà approvata",
    ),
    Claim(
        "secondo + title + name",
        "Secondo il sindaco Giuseppe Sala, la nuova linea della metropolitana aprirà in autunno.",
        "Giuseppe Sala",
        "la nuova linea",
    ),
    Claim(
        "a common noun is no source",
        "Il governo ha detto che le accise non aumenteranno.",
        None,
    ),
    Claim(
        "reported clause first, then ha detto + adverb + name",
        "Il governo cadrà entro l'estate, ha detto ieri Matteo Salvini ai cronisti.",
        "Matteo Salvini",
        "Il governo cadrà",
    ),
)

DATES = (
    Date("dateline", "Roma, 13 marzo 2020\n\nIl Senato ha votato.", "13 marzo 2020", dt.date(2020, 3, 13)),
    Date("yesterday", "Roma, 13 marzo 2020\n\nIl Senato ha votato ieri.", "ieri", dt.date(2020, 3, 12)),
    Date(
        "weekday, past",
        "Roma, 13 marzo 2020\n\nIl governo ha approvato mercoledì il decreto.",
        "mercoledì",
        dt.date(2020, 3, 11),
    ),
    Date(
        "last week",
        "Roma, 13 marzo 2020\n\nI contagi sono saliti la settimana scorsa.",
        "la settimana scorsa",
        dt.date(2020, 3, 2),
    ),
    Date(
        "number word + days + fa",
        "Roma, 13 marzo 2020 — Il decreto è stato firmato tre giorni fa dal presidente.",
        "tre giorni fa",
        dt.date(2020, 3, 10),
    ),
    Date(
        "dateline with an abbreviated month",
        "ROMA, 13 mar 2020 - Il Consiglio dei ministri ha approvato ieri il decreto.",
        "ieri",
        dt.date(2020, 3, 12),
    ),
)
