"""Dates: reading the publication date and resolving relative expressions against it."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A time expression must name a day, month, year or relative day to be resolvable;
# dateparser would otherwise turn words like "now" or "night" into today's date.
_RESOLVABLE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
    r"tomorrow|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d{4})\b",
    re.IGNORECASE,
)
_FILLER = re.compile(r"^(?:on|in|at|since|by|last|earlier|late|early)\s+", re.IGNORECASE)


def _dateparser() -> Any:
    # Imported lazily: dateparser takes a noticeable time to import.
    import dateparser

    return dateparser


# "13 March 2020", "March 13, 2020": most footers. Parsed directly, they cost microseconds;
# through dateparser, milliseconds per article.
_COMMON_FORMS = ("%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y")


def parse_date(text: str) -> dt.date | None:
    """An absolute date written in ``text`` (ISO or common news forms), else None."""
    text = text.strip()
    if _ISO.match(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return None
    for form in _COMMON_FORMS:
        try:
            return dt.datetime.strptime(text, form).date()
        except ValueError:
            pass
    parsed = _dateparser().parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None


@lru_cache(maxsize=1024)
def resolve(expression: str, published: dt.date | None) -> dt.date | None:
    """The date a time expression refers to, relative to ``published``.

    News convention: a bare weekday means the most recent one on or before the
    publication date ("on Wednesday" in a Friday article is two days earlier).
    Returns None when the expression names no day or there is no reference date
    for a relative one.
    """
    if not _RESOLVABLE.search(expression):
        return None
    cleaned = _FILLER.sub("", expression.strip())
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time(23, 59))
    elif not re.search(r"\d{4}", cleaned):
        return None  # relative with nothing to be relative to: say unresolved, never guess
    dp = _dateparser()
    parsed = dp.parse(cleaned, languages=["en"], settings=settings)
    if parsed is None:
        # "Wednesday's attack": fall back to the day-naming word alone.
        word = _RESOLVABLE.search(cleaned)
        parsed = dp.parse(word.group(0), languages=["en"], settings=settings) if word else None
    return parsed.date() if parsed else None


_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
_TIME_EXPRESSION = re.compile(
    rf"\b(?:(?:earlier |late |early )?on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    rf"(?:\s+(?:night|morning|afternoon|evening))?"
    rf"|\b(?:yesterday|today|tomorrow|last (?:week|month|year)|this (?:week|month|year))\b"
    rf"|\b\d{{1,2}} (?:{_MONTHS})(?: \d{{4}})?|\b(?:{_MONTHS}) \d{{1,2}}(?:, \d{{4}})?"
    rf"|\b(?:in )?(?:{_MONTHS})(?: \d{{4}})?|\b\d{{4}}-\d{{2}}-\d{{2}}\b",
    re.IGNORECASE,
)


def time_expressions(text: str) -> list[str]:
    """Time expressions as written in ``text`` ("on Wednesday", "Wednesday night",
    "13 March 2020"), unique, in order of first appearance."""
    return list(dict.fromkeys(m.group(0) for m in _TIME_EXPRESSION.finditer(text)))


def time_expression_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offsets of every time expression in ``text[start:end]``, in order."""
    return [(m.start(), m.end()) for m in _TIME_EXPRESSION.finditer(text, start, end)]
