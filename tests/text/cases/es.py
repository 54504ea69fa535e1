"""Spanish case table: reporting clauses, pronouns, claims and dates (see languages.py)."""

from __future__ import annotations

import datetime as dt

from .languages import Claim, Date, Speaker

SPEAKERS = (
    Speaker(
        "inverted: title, complement and apposition",
        '"Vamos a ganar esta batalla", dijo el ministro de Sanidad, Salvador Illa.',
        0,
        "Salvador Illa",
    ),
    Speaker(
        "inverted: article, title and name",
        '"No hay motivo para el pánico", afirmó la ministra María Jesús Montero.',
        0,
        "María Jesús Montero",
    ),
    Speaker("inverted: ha + participle", "«La economía resiste», ha asegurado Pedro Sánchez.", 0, "Pedro Sánchez"),
    Speaker(
        "dropped subject with one person named",
        'La vicepresidenta Yolanda Díaz visitó la fábrica. "Los salarios deben subir", dijo.',
        0,
        "Yolanda Díaz",
    ),
    Speaker(
        "dropped subject with two people named: no guess",
        'Pedro Sánchez y Alberto Núñez Feijóo se reunieron. "No habrá acuerdo", dijo.',
        0,
        None,
    ),
    Speaker(
        "el ministro: the one minister named",
        'El ministro Fernando Grande-Marlaska llegó tarde. "Es un día triste", señaló el ministro.',
        0,
        "Fernando Grande-Marlaska",
    ),
    Speaker("subject first with colon", 'Sánchez dijo: "No vamos a subir los impuestos".', 0, "Sánchez"),
    Speaker("según before", 'Según Feijóo, "el Gobierno está agotado".', 0, "Feijóo"),
    Speaker("no clause", '"El Gobierno está agotado y sin rumbo."', 0, None),
    Speaker(
        "dialogue dash: title and name after the verb",
        "—No vamos a cerrar el mercado por unas obras —dijo el alcalde Joan Ribó ante los vecinos.",
        0,
        "Joan Ribó",
    ),
    Speaker(
        "dialogue dash: clause closed by a second dash",
        "La consejera Mónica García visitó el hospital.\n\n—Faltan médicos en todas las plantas —afirmó García—.",
        0,
        "Mónica García",
    ),
    Speaker(
        "verb, object and colon",
        "El portavoz del PP, Borja Sémper, acusó al Gobierno: «Están jugando con el dinero de todos».",
        0,
        "Borja Sémper",
    ),
    Speaker(
        "dialogue dash: a question and an unnamed asker, with the minister named before",
        "La ministra Nadia Calviño visitó la feria de Valencia.\n—¿Cuándo llegarán los fondos europeos? —preguntó "
        "la periodista.",
        0,
        None,
    ),
    Speaker(
        "an article and a common noun after the verb: no dropped subject",
        'La ministra Nadia Calviño visitó la feria. "Los fondos llegarán pronto", dijo una periodista.',
        0,
        None,
    ),
    Speaker(
        "el + a title the article gives no one: not a dropped subject resolved to the one person named",
        'El alcalde Antonio Muñoz presentó el plan. "Las obras no se retrasarán", dijo el consejero.',
        0,
        None,
    ),
    Speaker(
        "dialogue dash answered by a title: the one mayor named",
        "El alcalde de Sevilla, Antonio Muñoz, presentó el plan.\n—¿Habrá más autobuses? —preguntó una vecina.\n"
        "—Sí, a partir de septiembre —respondió el alcalde.",
        1,
        "Antonio Muñoz",
    ),
    Speaker(
        "a capitalised article and title after the verb name no one",
        "«Lo vamos a recurrir ante el Supremo», afirmó El Presidente del Gobierno en rueda de prensa.",
        0,
        None,
    ),
    Speaker(
        "inverted: imperfect tense + surname, a relative clause after",
        "«Las meras sospechas no bastan para imputar a nadie», sostenía el fiscal Pedro Horrach, que ya había "
        "recurrido la decisión.",
        0,
        "Pedro Horrach",
    ),
)

CLAIMS = (
    Claim(
        "afirmó que: title, complement and apposition",
        "La ministra de Hacienda, María Jesús Montero, afirmó que no habrá subida de impuestos.",
        "María Jesús Montero",
        "no habrá subida",
    ),
    Claim(
        "según + name",
        "Según el alcalde José Luis Martínez-Almeida, las obras terminarán en junio.",
        "José Luis Martínez-Almeida",
        "las obras terminarán",
    ),
    Claim(
        "aseguró el ministro X que: subject after the verb",
        "Aseguró el ministro José Luis Escrivá que las pensiones subirán con el IPC.",
        "José Luis Escrivá",
        "las pensiones subirán",
    ),
    Claim(
        "según + unnamed sources is no source",
        "Según fuentes del Ministerio, el decreto se aprobará el martes.",
        None,
    ),
)

DATES = (
    Date("dateline", "Madrid, 13 de marzo de 2020\n\nEl Congreso votó.", "13 de marzo de 2020", dt.date(2020, 3, 13)),
    Date("yesterday", "Madrid, 13 de marzo de 2020\n\nEl Congreso votó ayer.", "ayer", dt.date(2020, 3, 12)),
    Date(
        "el + weekday, past",
        "Madrid, 13 de marzo de 2020\n\nEl Gobierno anunció el miércoles nuevas medidas.",
        "el miércoles",
        dt.date(2020, 3, 11),
    ),
    Date(
        "day of the month, future",
        "Madrid, 13 de marzo de 2020\n\nEl pleno se celebrará el 2 de abril.",
        "el 2 de abril",
        dt.date(2020, 4, 2),
    ),
    Date(
        "last year",
        "Madrid, 13 de marzo de 2020\n\nEl paro bajó el año pasado.",
        "el año pasado",
        dt.date(2019, 1, 1),
    ),
    Date(
        "dateline with agency and dash",
        "Madrid, 13 de marzo de 2020 (EFE) — El Consejo de Ministros aprobó el decreto.",
        "13 de marzo de 2020",
        dt.date(2020, 3, 13),
    ),
    Date(
        "hace + number word + weeks",
        "Madrid, 13 de marzo de 2020 (EFE) — El Gobierno aprobó el plan hace dos semanas.",
        "hace dos semanas",
        dt.date(2020, 2, 24),
    ),
    Date(
        "wire dateline with an abbreviated month and a stop",
        "MADRID, 13 Mar. 2020 (EUROPA PRESS) - El Gobierno aprobó ayer el plan de choque.",
        "ayer",
        dt.date(2020, 3, 12),
    ),
    Date(
        "este + weekday with a preterite verb",
        "Sevilla, 13 de marzo de 2020 (EFE) —\n\nEl alcalde presentó este miércoles el nuevo plan de movilidad.",
        "miércoles",
        dt.date(2020, 3, 11),
    ),
    Date(
        "a name ending in -ó says nothing of the tense",
        "Valencia, 13 de marzo de 2020 (EFE) —\n\nJoan Ribó visita el miércoles las obras del puerto.",
        "el miércoles",
        None,
    ),
    Date(
        "el pasado + weekday",
        "Madrid, 13 de marzo de 2020 (EFE) — El Congreso convalidó el pasado martes el real decreto.",
        "el pasado martes",
        dt.date(2020, 3, 10),
    ),
)
