"""Sentence kinds: the case table (tests/text/cases/segment.py) and the properties around it."""

from __future__ import annotations

import pytest

from summarizer._text.analysis import analyse
from summarizer._text.article import Sentence, prepare
from summarizer._text.segment import NOT_STORY, kinds

from .cases.segment import CASES, Case


@pytest.mark.parametrize("case", CASES, ids=[c.rule for c in CASES])
def test_sentence_kinds(case: Case) -> None:
    p = prepare(case.text)
    found = [(s.kind, s.text) for s in p.sentences]
    assert tuple(k for k, _ in found) == case.kinds, found


def test_the_table_covers_every_kind() -> None:
    assert len(CASES) >= 25
    assert {k for c in CASES for k in c.kinds} == NOT_STORY | {"body"}


def test_body_sentences_keep_their_ids() -> None:
    text = "Harbour strike spreads\nBy Jane Doe\n\nDock workers walked out on Monday. Talks failed.\n\nAdvertisement"
    p = prepare(text)
    assert [s.id for s in p.body_sentences] == ["S3", "S4"]
    assert all(p.sentence(s.id) is s for s in p.body_sentences)


def test_a_sentence_built_elsewhere_is_body() -> None:
    assert Sentence(id="S1", start=0, end=3, text="Hi.").kind == "body"


def test_kinds_of_no_sentences() -> None:
    assert kinds("", []) == []


def test_seed_is_all_body(seed_text: str) -> None:
    # The seed has no headline or captions; a quote paragraph missing its final stop
    # stays body.
    assert {s.kind for s in prepare(seed_text).sentences} == {"body"}


def test_a_huge_line_without_stops_is_body() -> None:
    # Too long for a heading or a caption: a paragraph missing its stop.
    text = "The story goes on " * 5000 + "\n\nIt ends."
    assert [s.kind for s in prepare(text).sentences] == ["body", "body"]


def test_headlinese_is_read_in_english_only() -> None:
    """A short first line in the present over a longer paragraph is a headline in English
    ("Judge blocks county plan ..."); in French it is the lede."""
    text = (
        "Le maire annonce la fermeture de trois écoles.\n\n"
        "La décision, prise lundi soir en conseil municipal, concerne environ 600 élèves du centre-ville. "
        "Les parents ont protesté devant la mairie mardi matin."
    )
    found = analyse(text)
    assert found.language == "fr"
    assert [s.kind for s in found.sentences] == ["body", "body", "body"]
