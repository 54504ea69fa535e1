"""Quote finding on the typography of real US news copy (the cases PolNeAR's dev and
train splits showed): two-apostrophe marks, mixed straight and curly marks, short quotes
with a reporting clause, titles of programmes and works. The sentences are written here."""

from __future__ import annotations

import pytest

from summarizer._text.article import find_quotes, prepare


def inner_quotes(text: str) -> list[str]:
    return [text[s:e] for _, s, e, _ in find_quotes(text)]


@pytest.mark.parametrize(
    "text, quotes",
    [
        # Two apostrophes are one double mark (typewriter-style copy), apostrophes inside.
        (
            "''It isn't reform at all,'' said the economist. ''It's more of the same.''",
            ["It isn't reform at all,", "It's more of the same."],
        ),
        ("She said the plan was ''taking a close look'' at it.", ["taking a close look"]),
        # ... with a nested single quote, and a closing mark after a nested one.
        (
            "''I had to stop and think, 'This is their lives.' ''",
            ["I had to stop and think, 'This is their lives.'"],
        ),
        # Straight and curly marks mixed in one quote.
        ('"We have a huge pulpit here,” said the doctor.', ["We have a huge pulpit here,"]),
        ('“Deals should not be required for this," the chairman said.', ["Deals should not be required for this,"]),
        # A curly quote nested in a straight one keeps its own closing mark.
        (
            '"It comes across as “too loud” or “too shrill” to them," she said.',
            ["It comes across as “too loud” or “too shrill” to them,"],
        ),
        # An outer straight mark after a blank that follows the nested closing mark.
        (
            "\"I've always hated the term 'urban outreach,' \" he told the group.",
            ["I've always hated the term 'urban outreach,'"],
        ),
        # An opening curly mark typed for the closing one; a lone mark after final punctuation.
        ("“That could create real problems,“ said the congressman.", ["That could create real problems,"]),
        ("''The reason is simple, '' said the aide.", ["The reason is simple,"]),
    ],
)
def test_news_typography(text: str, quotes: list[str]) -> None:
    assert inner_quotes(text) == quotes


@pytest.mark.parametrize(
    "text, quotes",
    [
        ('"Quiet," he demanded, and the hall fell silent.', ["Quiet,"]),
        ("“Judge,” the lawyer said, “I have never seen this.”", ["Judge,", "I have never seen this."]),
        ("''It's fine,'' Mr. Jones said of the plan.", ["It's fine,"]),
        ("Asked again, she shook her head and said, ''No.''", ["No."]),
        ("As he spoke, a man yelled “Stay there!” from the back.", ["Stay there!"]),
        ("The crowd kept chanting “U-S-A!” outside.", ["U-S-A!"]),
        ("''We fought hard for this,'' the mayor added. ''We won.''", ["We fought hard for this,", "We won."]),
        # Without a verb of speaking a short quote is a scare quote or a label.
        ("A so-called “peace” deal was signed.", []),
        ("Critics called the “reform,” which passed, a failure.", []),
    ],
)
def test_short_quotes_need_a_reporting_verb(text: str, quotes: list[str]) -> None:
    assert inner_quotes(text) == quotes


@pytest.mark.parametrize(
    "text, quotes",
    [
        ('"It is over," the senator said on ABC\'s "This Week With Jane Doe."', ["It is over,"]),
        ("She told NBC’s “Today” that she would run.", []),
        ("He appeared on “Meet the Press” on Sunday.", []),
        ("She co-hosts the politics podcast “So, That Happened.”", []),
        # A title-case quote after a verb of speaking is what was said or chanted.
        ("The crowd chanted “Lock Him Up Now” for minutes.", ["Lock Him Up Now"]),
        # In a headline every word is capitalised: the quote stays.
        ("Senator Says Rival’s ‘Plan Is A Disaster’\n\nThe senator said on Monday.", ["Plan Is A Disaster"]),
    ],
)
def test_titles_of_works_are_not_quotes(text: str, quotes: list[str]) -> None:
    assert inner_quotes(text) == quotes


def test_two_apostrophe_quote_slices_and_ends_after_its_mark() -> None:
    text = "Intro line here.\n\n''We will win this,'' he said. ''Then we go home.''"
    p = prepare(text)
    assert [q.text for q in p.quotes] == ["We will win this,", "Then we go home."]
    for q in p.quotes:
        assert text[q.start : q.end] == q.text
        assert text[q.open_mark : q.open_mark + 2] == "''"
        assert text[q.close_mark - 1 : q.close_mark + 1] == "''"
