"""The case tables of ``tests/text/cases``, each row through ``analyse()``: one test per
row, named by the row's rule. See ``tests/text/cases/__init__.py`` for the tables."""

from __future__ import annotations

import pytest

from summarizer._text.analysis import analyse
from summarizer._text.names import mentions, typed_names
from summarizer._text.speakers import SpeakerList

from .cases import Expected, Row, claims, events, kinds, names, pronouns, speakers, styles, styles_heldout


def _params(rows: list[Row]) -> list[object]:
    ids = [rule for rule, _, _ in rows]
    assert len(ids) == len(set(ids)), "two rows of one table share a rule name"
    return [pytest.param(text, expected, id=rule) for rule, text, expected in rows]


def _speakers(text: str) -> tuple[str | None, ...]:
    return tuple(a.speaker.name if a.speaker else None for a in analyse(text).attributions)


def _check_quotes(text: str, expected: Expected) -> None:
    found = _speakers(text)
    if isinstance(expected, tuple):
        assert found == expected
    elif expected is None:
        assert all(s is None for s in found), found
    else:
        assert found == (expected,)


@pytest.mark.parametrize(("text", "expected"), _params(speakers.ROWS))
def test_speakers(text: str, expected: Expected) -> None:
    _check_quotes(text, expected)


@pytest.mark.parametrize(("text", "expected"), _params(pronouns.ROWS))
def test_pronouns(text: str, expected: Expected) -> None:
    if isinstance(expected, tuple):
        assert _speakers(text) == expected
    else:
        assert _speakers(text)[-1:] == (expected,)


@pytest.mark.parametrize(("text", "expected"), _params(styles.ROWS))
def test_styles(text: str, expected: Expected) -> None:
    # A whole article: one speaker (or None) per quote, in order.
    assert _speakers(text) == expected


# The held-out rows the text layer does not yet get right: each fails (strict xfail), so
# a fix shows as XPASS and the row leaves this set.
HELDOUT_OPEN: set[str] = {
    "headline-says-owner",
    "headline-colon-quote",
    "south-african-told-news24",
    "statement-from-family",
    "according-to-spokesperson-then-quote",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(text, expected, id=rule, marks=[pytest.mark.xfail(strict=True)] if rule in HELDOUT_OPEN else [])
        for rule, text, expected in styles_heldout.ROWS
    ],
)
def test_styles_heldout(text: str, expected: Expected) -> None:
    # Written before it was run (see the module): one speaker (or None) per quote, in order.
    assert _speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), _params(claims.ROWS))
def test_claims(text: str, expected: Expected) -> None:
    found = [c for c in analyse(text).claims if c.kind != "quote"]
    if expected is None:
        assert [(text[c.source[0] : c.source[1]], c.speaker) for c in found] == []
        return
    assert found, "no claim"
    first = found[0]
    assert first.speaker is not None
    source, content = expected if isinstance(expected, tuple) else (expected, None)
    assert first.speaker.name == source
    if content is not None:
        assert text[first.contents[0][0] :].startswith(content)


@pytest.mark.parametrize(("text", "expected"), _params(claims.CONTENTS))  # type: ignore[arg-type]
def test_claim_contents(text: str, expected: list[tuple[str, str]]) -> None:
    found = [c for c in analyse(text).claims if c.kind != "quote"]
    assert [(text[c.source[0] : c.source[1]], [text[a:b] for a, b in c.contents]) for c in found] == [
        (source, [content]) for source, content in expected
    ]


@pytest.mark.parametrize(("text", "expected"), _params(kinds.ROWS))
def test_kinds(text: str, expected: Expected) -> None:
    a = analyse(text)
    listed = SpeakerList(a.article)
    for q in a.attributions:
        if q.speaker is not None:
            listed.add(q.speaker, q.mention)
    for c in a.claims:
        if c.speaker is not None:
            listed.add(c.speaker, c.source)
    found, _ = listed.finish()
    assert found, "no speaker"
    assert found[0].kind == expected


@pytest.mark.parametrize(("text", "expected"), _params(events.ROWS))
def test_events(text: str, expected: Expected) -> None:
    found = analyse(text).events

    def written(span: tuple[int, int] | None) -> str:
        return text[span[0] : span[1]] if span else ""

    if expected is None:
        assert [written(e.what) for e in found] == []
        return
    assert isinstance(expected, tuple)
    checks = [c for c in expected if c is not None]
    index = int(checks.pop(0).removeprefix("event=")) - 1 if checks[0].startswith("event=") else 0
    assert len(found) > index, [written(e.what) for e in found]
    event = found[index]
    got = {role: written(getattr(event, role)) for role in ("what", "who", "whom", "where", "when")}
    for check in checks:
        role, value = check.split("=", 1)
        assert got[role] == value, got


# ----------------------------------------------------------------- names with an abbreviation's stop
# (tests/text/cases/names.py: each table checked as the table of its kind is)


@pytest.mark.parametrize(("text", "expected"), _params(names.SPEAKERS))
def test_names_speakers(text: str, expected: Expected) -> None:
    _check_quotes(text, expected)


@pytest.mark.parametrize(("text", "expected"), _params(names.CLAIMS))
def test_names_claims(text: str, expected: Expected) -> None:
    test_claims(text, expected)


@pytest.mark.parametrize(("text", "expected"), _params(names.EVENTS))
def test_names_events(text: str, expected: Expected) -> None:
    test_events(text, expected)


@pytest.mark.parametrize(("text", "expected"), _params(names.KINDS))
def test_names_kinds(text: str, expected: Expected) -> None:
    test_kinds(text, expected)


@pytest.mark.parametrize(("text", "expected"), _params(names.MENTIONS))  # type: ignore[arg-type]
def test_names_mentions(text: str, expected: list[str]) -> None:
    assert mentions(analyse(text).article) == expected


@pytest.mark.parametrize(("text", "expected"), _params(names.PLACES))  # type: ignore[arg-type]
def test_names_places(text: str, expected: tuple[str, ...]) -> None:
    assert typed_names(analyse(text).article).places == expected
