"""Deterministic preparation: metadata, sentences, quotes, speakers, alignment, dates."""

import datetime as dt

import pytest

from summarizer._pipeline import resolve as _resolve
from summarizer._text import dates as _dates
from summarizer._text.article import find_quotes, prepare
from summarizer._text.attribution import attribute
from summarizer._text.dates import find_date, parse_date
from summarizer._text.grounding import align, ungrounded_names, ungrounded_numbers
from summarizer._text.names import canonical_speaker


def test_seed_metadata_sentences_and_quotes(seed_text: str) -> None:
    p = prepare(seed_text)
    assert p.published == dt.date(2020, 3, 13)  # from its leading "date 2020-03-13"
    assert p.published_source == "dateline"
    assert p.dateline is None  # a metadata line, not a news dateline
    assert seed_text[p.body_start :].startswith("Airstrikes")
    assert not seed_text[p.body_end :].strip() or seed_text[p.body_end :].strip().startswith("Last Update")
    for s in p.sentences:
        assert seed_text[s.start : s.end] == s.text
    assert [q.text[:20] for q in p.quotes] == [
        "I have spoken with t",
        "We must find those r",
        "it is essential to d",
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


BODY = "The minister spoke on Wednesday."
MARCH_13 = dt.date(2020, 3, 13)


@pytest.mark.parametrize(
    "header",
    [
        "2020-03-13",
        "2020-03-13T10:00:00Z",
        "2020-03-13T10:00:00+03:00",
        "date 2020-03-13",
        "Date: March 13, 2020",
        "Published: 13 March 2020",
        "Published on Friday, 13 March 2020 10:15 GMT",
        "Updated March 13, 2020 10:15 ET",
        "Last updated: Mar. 13, 2020",
        "Posted on 13th March 2020",
    ],
)
def test_published_from_a_header_line(header: str) -> None:
    for text in (f"{header}\n{BODY}", f"\ufeff  {header}\r\n\r\n{BODY}"):
        p = prepare(text)
        assert (p.published, p.published_source) == (MARCH_13, "dateline")
        assert text[p.body_start : p.body_end] == BODY
        assert [s.text for s in p.sentences] == [BODY]


def test_several_header_lines_prefer_the_publication_date() -> None:
    p = prepare(f"Updated: 14 March 2020\nPublished: 13 March 2020\n{BODY}")
    assert (p.published, p.published_source) == (MARCH_13, "dateline")
    assert p.sentences[0].text == BODY


@pytest.mark.parametrize(
    "footer",
    [
        "Last Update: Friday, 13 March 2020 KSA 02:15 - GMT 23:15",
        "Published: 13 March 2020",
        "Updated: March 13, 2020 10:15 ET",
        "Posted on 13 March 2020",
        "Published 2020-03-13T10:00:00Z",
        "Published: 13 March 2020\n(Reporting by Idrees Ali; Editing by Chris Reese)",
        "(Reporting by Idrees Ali; Editing by Chris Reese)\n\nLast Update: Friday, 13 March 2020",
        "Updated: 14 March 2020\nPublished: 13 March 2020\nOur Standards: The Thomson Reuters Trust Principles.",
        "Posted on 13 March 2020\n© 2020 Al Arabiya News\n",
    ],
)
def test_published_from_a_footer(footer: str) -> None:
    text = f"{BODY}\n\n{footer}"
    p = prepare(text)
    assert (p.published, p.published_source) == (MARCH_13, "footer")
    assert text[p.body_start : p.body_end].strip() == BODY
    assert [s.text for s in p.sentences] == [BODY]


@pytest.mark.parametrize(
    "dateline, extra, published, source",
    [
        ("WASHINGTON (Reuters) -", "", None, "none"),
        ("WASHINGTON (Reuters) —", "", None, "none"),
        ("LONDON (AP) —", "", None, "none"),
        ("NEW YORK —", "", None, "none"),
        ("KABUL, Afghanistan (AP) —", "", None, "none"),
        ("WASHINGTON, D.C. (AP) —", "", None, "none"),
        ("(CNN) —", "", None, "none"),
        ("Mexico City (AFP) –", "", None, "none"),  # a place in title case with its agency
        ("Dec 29 (Reuters) -", "", None, "none"),  # the date and the agency, no place
        ("CHARLESTON, S.C.\u00a0—", "", None, "none"),  # a no-break space before the dash
        ("PARIS, 12 March 2020 (AFP) –", "", dt.date(2020, 3, 12), "dateline"),
        ("PARIS, March 12, 2020 (AFP) --", "", dt.date(2020, 3, 12), "dateline"),
        # A month and day without a year: never a guessed year ...
        ("BERLIN, March 12 (Reuters) -", "", None, "none"),
        # ... but the year of a header or footer date, when there is one.
        (
            "BERLIN, March 12 (Reuters) -",
            "\n\nLast Update: Friday, 13 March 2020 KSA 02:15",
            dt.date(2020, 3, 12),
            "dateline",
        ),
        ("SEOUL, Dec. 31 (Yonhap) --", "\n\nLast updated: 2 January 2021", dt.date(2020, 12, 31), "dateline"),
        # Without a date, the dateline leaves the footer's date alone.
        ("WASHINGTON (Reuters) -", "\n\nPublished: 13 March 2020", MARCH_13, "footer"),
        # An impossible date is no date.
        ("PARIS, 31 February 2020 (AFP) –", "", None, "none"),
    ],
)
def test_news_datelines(dateline: str, extra: str, published: dt.date | None, source: str) -> None:
    text = f"{dateline} {BODY} He left. {extra}"
    p = prepare(text)
    assert (p.published, p.published_source) == (published, source)
    # The dateline stays in the body and in the first sentence, whole: its place is part
    # of the story, and "D.C." or "Dec." inside it does not end a sentence.
    assert p.body_start == 0
    assert p.dateline is not None and text[p.dateline[0] : p.dateline[1]] == dateline
    assert [s.text for s in p.sentences] == [f"{dateline} {BODY}", "He left."]


def test_dateline_date_wins_over_a_header_date() -> None:
    p = prepare(f"Published: 13 March 2020\nBERLIN, March 12 (Reuters) - {BODY}")
    assert (p.published, p.published_source) == (dt.date(2020, 3, 12), "dateline")
    assert p.sentences[0].text == f"BERLIN, March 12 (Reuters) - {BODY}"


@pytest.mark.parametrize(
    "text",
    [
        "US - China talks resumed on Wednesday.",  # a plain hyphen needs an agency or a date
        "Washington officials - not in capitals, and no agency.",
        "Smith (R-Texas) - a party, not an agency.",
        "Published reports say the minister spoke.",  # no colon and no date: the story
        "Updates on the talks came on Wednesday.",
        "Update: talks resumed on Wednesday.",  # a colon, but nothing like a date or time
        "COVID-19 — the pandemic spread on Wednesday.",  # a place has no digits
        "(1) — the first point was made on Wednesday.",
    ],
)
def test_not_metadata(text: str) -> None:
    p = prepare(text)
    assert (p.body_start, p.body_end, p.dateline) == (0, len(text), None)
    assert (p.published, p.published_source) == (None, "none")


@pytest.mark.parametrize(
    "text",
    [
        "Published: 03/04/2020\n" + BODY,  # day and month in an unknown order
        "Updated: 2 hours ago\n" + BODY,
        BODY + "\nLast Update: Friday, 99 Smarch 20202 KSA 99:99",
        "date 2020-13-45\n" + BODY,
    ],
)
def test_unreadable_dates_stay_unknown(text: str) -> None:
    p = prepare(text)
    assert (p.published, p.published_source) == (None, "none")
    assert text[p.body_start : p.body_end].strip() == BODY  # the metadata line still goes


def test_published_argument_wins_over_a_dateline() -> None:
    p = prepare(f"PARIS, 12 March 2020 (AFP) – {BODY}", published=dt.date(2021, 1, 1))
    assert (p.published, p.published_source) == (dt.date(2021, 1, 1), "argument")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2020-03-13", MARCH_13),
        ("2020-03-13T10:00:00Z", MARCH_13),
        ("13 March 2020", MARCH_13),
        ("March 13, 2020", MARCH_13),
        ("Mar. 13, 2020", MARCH_13),
        ("Friday, 13 March 2020", MARCH_13),
        ("13th of March 2020", MARCH_13),
        ("31 February 2020", None),
        ("2020-02-30", None),
    ],
)
def test_parse_date_common_forms_without_dateparser(
    text: str, expected: dt.date | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_dateparser() -> None:
        raise AssertionError("the common forms are parsed directly")

    monkeypatch.setattr(_dates, "_dateparser", no_dateparser)
    assert parse_date(text) == expected


def test_prepare_reads_dates_without_dateparser(seed_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dateparser() -> None:
        raise AssertionError("preparation reads dates directly (microseconds, not milliseconds)")

    monkeypatch.setattr(_dates, "_dateparser", no_dateparser)
    assert prepare(seed_text).published == MARCH_13
    assert prepare(f"BERLIN, March 12 (Reuters) - {BODY}\n\nUpdated: Mar. 13, 2020").published == dt.date(2020, 3, 12)


def test_parse_date_falls_back_to_dateparser() -> None:
    assert parse_date("13 March 2020 10:15 GMT") == MARCH_13  # not a common form
    assert parse_date("the thirteenth of never") is None


def test_find_date_reads_no_ambiguous_numeric_dates() -> None:
    assert find_date("Published: 03/04/2020 10:00") is None
    assert find_date("Updated 2020/03/13 10:00") == MARCH_13
    assert find_date("Friday, 99 Smarch 20202, then 13 March 2020") == MARCH_13


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


def test_seed_relative_dates_resolve_against_its_date_line(seed_text: str) -> None:
    # The seed's time expressions in their sentences (tense) against its date line.
    prepared = prepare(seed_text)
    found = {d.text: d.date for d in _resolve.dates(prepared)}
    assert found["on Wednesday"] == dt.date(2020, 3, 11)
    assert found["earlier on Thursday"] == dt.date(2020, 3, 12)
    assert found["on Thursday"] == dt.date(2020, 3, 12)
    assert found["on Wednesday night"] == dt.date(2020, 3, 11)
