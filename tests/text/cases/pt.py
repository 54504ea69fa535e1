"""Portuguese case table: reporting clauses, pronouns, claims and dates (see languages.py)."""

from __future__ import annotations

import datetime as dt

from .languages import Claim, Date, Speaker

SPEAKERS = (
    Speaker("inverted: disse + name", '"Vamos vencer esta crise", disse Lula.', 0, "Lula"),
    Speaker(
        "inverted: article, title and name",
        '"Não há motivo para pânico", afirmou o presidente Marcelo Rebelo de Sousa.',
        0,
        "Marcelo Rebelo de Sousa",
    ),
    Speaker(
        "pronoun: ele with one man named",
        'O ministro Fernando Haddad falou aos jornalistas. "As contas vão fechar", disse ele.',
        0,
        "Fernando Haddad",
    ),
    Speaker(
        "a ministra: the one minister named",
        'A ministra Marina Silva visitou a Amazônia. "O desmatamento caiu", afirmou a ministra.',
        0,
        "Marina Silva",
    ),
    Speaker(
        "dropped subject, two people named: no guess",
        'Lula recebeu Alckmin no Planalto. "Foi uma boa conversa", disse.',
        0,
        None,
    ),
    Speaker("subject first with colon", 'Haddad disse: "Não haverá aumento de impostos".', 0, "Haddad"),
    Speaker("segundo before", 'Segundo Haddad, "as contas vão fechar".', 0, "Haddad"),
    Speaker("no clause", '"As contas vão fechar no fim do ano."', 0, None),
    Speaker(
        "dialogue dash with spaces: title and name after the verb",
        "— Não vamos desistir da obra no porto — disse o prefeito Eduardo Paes aos jornalistas.",
        0,
        "Eduardo Paes",
    ),
    Speaker(
        "inverted: disse + article + title + full name",
        "«O orçamento será cumprido até ao fim do ano», disse o presidente Marcelo Rebelo de Sousa aos jornalistas.",
        0,
        "Marcelo Rebelo de Sousa",
    ),
    Speaker(
        "pronoun after the verb: the one man named, a city after 'a' is no person",
        'O ministro Fernando Medina chegou a Bruxelas. "Portugal cumpre as regras", disse ele.',
        0,
        "Fernando Medina",
    ),
    Speaker(
        "an article and a common noun after the verb: no dropped subject, no guess",
        'A ministra Ana Mendes Godinho visitou a fábrica. "Os salários vão subir", disse uma trabalhadora.',
        0,
        None,
    ),
)

CLAIMS = (
    Claim(
        "disse que: title and name",
        "O presidente Luiz Inácio Lula da Silva disse que o governo vai investir nas escolas públicas.",
        "Luiz Inácio Lula da Silva",
        "o governo vai investir",
    ),
    Claim(
        "segundo + title + name",
        "Segundo o ministro Fernando Medina, o défice ficará abaixo de 1 % este ano.",
        "Fernando Medina",
        "o défice ficará",
    ),
)

DATES = (
    Date("dateline", "Lisboa, 13 de março de 2020\n\nO parlamento votou.", "13 de março de 2020", dt.date(2020, 3, 13)),
    Date("yesterday", "Lisboa, 13 de março de 2020\n\nO parlamento votou ontem.", "ontem", dt.date(2020, 3, 12)),
    Date(
        "na + weekday, past",
        "Lisboa, 13 de março de 2020\n\nO governo anunciou na quarta-feira novas medidas.",
        "na quarta-feira",
        dt.date(2020, 3, 11),
    ),
    Date(
        "next week",
        "Lisboa, 13 de março de 2020\n\nO conselho reúne-se na próxima semana.",
        "na próxima semana",
        dt.date(2020, 3, 16),
    ),
    Date(
        "há + number word + weeks",
        "Lisboa, 13 de março de 2020 — O acordo foi assinado há duas semanas em Bruxelas.",
        "há duas semanas",
        dt.date(2020, 2, 24),
    ),
    Date(
        "dateline with an abbreviated month and the agency",
        "Lisboa, 13 mar 2020 (Lusa) - O Governo aprovou ontem o plano de emergência.",
        "ontem",
        dt.date(2020, 3, 12),
    ),
    Date(
        "na + weekday with a preterite verb",
        "Porto, 13 de março de 2020 —\n\nO presidente da câmara apresentou na quarta-feira o plano de habitação.",
        "na quarta-feira",
        dt.date(2020, 3, 11),
    ),
)
