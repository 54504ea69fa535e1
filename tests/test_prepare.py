"""Deterministic preparation: metadata, sentences, quotes, speakers, alignment, dates."""

import datetime as dt

import pytest

from summarizer._article import find_quotes, prepare
from summarizer._attribution import attribute, canonical_speaker
from summarizer._dates import resolve
from summarizer._grounding import align, ungrounded_names, ungrounded_numbers


def test_seed_metadata_sentences_and_quotes(seed_text: str) -> None:
    p = prepare(seed_text)
    assert p.published == dt.date(2020, 3, 13)
    assert p.published_source == "dateline"
    assert seed_text[p.body_start:].startswith("Airstrikes")
    assert not seed_text[p.body_end:].strip() or seed_text[p.body_end:].strip().startswith("Last Update")
    for s in p.sentences:
        assert seed_text[s.start : s.end] == s.text
    assert [q.text[:20] for q in p.quotes] == [
        "I have spoken with t", "We must find those r", "it is essential to d",
    ]
    for q in p.quotes:
        assert seed_text[q.start : q.end] == q.text


def test_published_argument_wins(seed_text: str) -> None:
    p = prepare(seed_text, published=dt.date(2021, 1, 1))
    assert (p.published, p.published_source) == (dt.date(2021, 1, 1), "argument")


def test_footer_date_when_no_dateline() -> None:
    text = "Officials met on Tuesday.\n\nLast Update: Friday, 13 March 2020 KSA 02:15"
    p = prepare(text)
    assert (p.published, p.published_source) == (dt.date(2020, 3, 13), "footer")


@pytest.mark.parametrize(
    "text, inner",
    [
        ("He said “we will win this war” loudly.", "we will win this war"),
        ('He said "we will win this war" loudly.', "we will win this war"),
        ("Il a dit « nous allons gagner » hier.", "nous allons gagner"),
        ("Er sagte „wir werden gewinnen“ gestern.", "wir werden gewinnen"),
        ("彼は「私たちは 勝つ だろう」と言った。", "私たちは 勝つ だろう"),
        ("She said ‘this is not over’ today.", "this is not over"),
    ],
)
def test_quote_styles(text: str, inner: str) -> None:
    spans = find_quotes(text)
    assert [text[s:e] for _, s, e, _ in spans] == [inner]


def test_apostrophes_unbalanced_and_scare_quotes_are_not_quotes() -> None:
    assert find_quotes("Kata’ib Hezbollah's rockets hit on Wednesday’s night.") == []
    assert find_quotes("He said “this never closes and goes on.") == []
    assert find_quotes("A so-called “peace” deal.") == []  # under three words


def test_multi_paragraph_quote_reopens_each_paragraph() -> None:
    text = "He said:\n\n“First we will act on this.\n\n“Then we will see what happens,” he added."
    [(o, s, e, c)] = find_quotes(text)
    assert text[s:e].startswith("First we will") and text[s:e].endswith("happens,")


def test_speakers_from_reporting_clauses(seed_text: str) -> None:
    p = prepare(seed_text)
    speakers = [attribute(p, q).speaker for q in p.quotes]
    assert [(s.name, s.role) for s in speakers if s] == [
        ("Mark Esper", "Defense Secretary"),
        ("Dominic Raab", "British Foreign Secretary"),
        ("Dominic Raab", "British Foreign Secretary"),
    ]


def test_pronoun_clause_leaves_speaker_open() -> None:
    text = "The minister spoke at length.\n\n“We will not back down from this,” he said."
    p = prepare(text)
    a = attribute(p, p.quotes[0])
    assert a.speaker is None and a.mention and text[a.mention[0] : a.mention[1]] == "he"


def test_canonical_speaker() -> None:
    text = "US Secretary of State Mike Pompeo spoke. Pompeo said more."
    speaker = canonical_speaker(text, "Pompeo")
    assert speaker is not None and (speaker.name, speaker.role) == ("Mike Pompeo", "US Secretary of State")


def test_align_exact_folded_and_fuzzy() -> None:
    article = "Britain’s  minister said the “deal” was — in his words — dead."
    assert align(article, "minister said") == (11, 24)
    start, end = align(article, "britain's minister") or (0, 0)
    assert article[start:end] == "Britain’s  minister"
    fuzzy = align(article, "Britain's minister sayd")
    assert fuzzy is not None and article[fuzzy[0] : fuzzy[1]].startswith("Britain")
    assert align(article, "a completely unrelated phrase about cheese") is None


def test_summary_checks(seed_text: str) -> None:
    assert ungrounded_numbers("Rockets killed two troops and wounded 14.", seed_text) == []
    assert ungrounded_numbers("Rockets wounded 17 people.", seed_text) == ["17"]
    assert ungrounded_names("Strikes hit Kata’ib Hezbollah near Baghdad.", seed_text) == []
    assert ungrounded_names("Strikes were ordered by Vladimir Putin.", seed_text) == ["Vladimir", "Putin"]


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("on Wednesday", dt.date(2020, 3, 11)),
        ("earlier on Thursday", dt.date(2020, 3, 12)),
        ("Wednesday night", dt.date(2020, 3, 11)),
        ("13 March 2020", dt.date(2020, 3, 13)),
        ("at night", None),
    ],
)
def test_relative_dates(expression: str, expected: dt.date | None) -> None:
    assert resolve(expression, dt.date(2020, 3, 13)) == expected


def test_relative_date_without_reference_is_unresolved() -> None:
    assert resolve("on Wednesday", None) is None
