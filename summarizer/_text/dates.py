"""Dates: reading the publication date and resolving relative expressions against it."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

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


# The written forms of a date that news pages use in datelines, headers and footers,
# parsed directly: microseconds, where dateparser takes milliseconds per article, and
# independent of the process locale (strptime's %B is not). English month names only.
_MONTH_NUMBERS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_WEEKDAY_NAME = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?\b"
# "12 March", "12th of March 2020", "March 12", "Mar. 12, 2020", "Thursday, March 12".
# No capture groups: _article embeds it in its dateline pattern.
DATE_TEXT = (
    rf"(?:{_WEEKDAY_NAME},?[ \t]+)?"
    rf"(?:{_DAY}[ \t]+(?:of[ \t]+)?{_MONTH_NAME}|{_MONTH_NAME}[ \t]+{_DAY})"
    rf"(?:,?[ \t]+\d{{4}}\b)?"
)
_ISO_DATE = re.compile(
    r"(?<!\d)(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[ ]?(?:Z|[+-]\d{2}:?\d{2}))?)?(?!\d)"
)
_DAY_MONTH = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b[ \t]+(?:of[ \t]+)?(?P<m>{_MONTH_NAME})"
    rf"(?:,?[ \t]+(?P<y>\d{{4}})\b)?",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    rf"\b(?P<m>{_MONTH_NAME})[ \t]+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?[ \t]+(?P<y>\d{{4}})\b)?",
    re.IGNORECASE,
)
_WEEKDAY_PREFIX = re.compile(rf"^(?:{_WEEKDAY_NAME},?\s+)?", re.IGNORECASE)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _named(found: re.Match[str]) -> tuple[int, int, int | None]:
    month = _MONTH_NUMBERS[found.group("m")[:3].lower()]
    year = found.group("y")
    return month, int(found.group("d")), int(year) if year else None


def _month_day(text: str) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) when ``text`` is wholly a named-month date."""
    prefix = _WEEKDAY_PREFIX.match(text)
    if prefix:
        text = text[prefix.end() :]
    named = _DAY_MONTH.fullmatch(text) or _MONTH_DAY.fullmatch(text)
    return _named(named) if named else None


def _direct(text: str) -> tuple[bool, dt.date | None]:
    """(whether ``text`` is wholly one of the common written forms, its date)."""
    iso = _ISO_DATE.fullmatch(text)
    if iso:
        return True, _date(int(iso.group("y")), int(iso.group("m")), int(iso.group("d")))
    month_day = _month_day(text)
    if month_day is None:
        return False, None
    month, day, year = month_day
    if year is None:
        return False, None
    return True, _date(year, month, day)


def parse_date(text: str) -> dt.date | None:
    """An absolute date written in ``text`` (ISO or common news forms), else None."""
    text = text.strip()
    recognised, date = _direct(text)
    if recognised:
        return date  # a recognised form with an impossible date is no date at all
    try:
        parsed = _dateparser().parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None


def find_date(text: str) -> dt.date | None:
    """The first complete, valid date written anywhere in ``text`` (a header or footer
    line): ISO (``2020-03-13``, ``2020-03-13T10:00:00Z``, ``2020/03/13``) or a named month
    with day and year (``Friday, 13 March 2020``, ``Mar. 13, 2020``). All-numeric
    day-and-month orders (``03/04/2020``) are ambiguous and never read as a date."""
    found: list[tuple[int, dt.date | None]] = [
        (m.start(), _date(int(m.group("y")), int(m.group("m")), int(m.group("d")))) for m in _ISO_DATE.finditer(text)
    ]
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for m in pattern.finditer(text):
            month, day, year = _named(m)
            if year is not None:
                found.append((m.start(), _date(year, month, day)))
    return next((date for _, date in sorted(found, key=lambda f: f[0]) if date), None)


def month_and_day(text: str) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) when ``text`` is wholly a date with a named month,
    such as a dateline's ``March 12`` or ``12 March 2020``; else None."""
    return _month_day(text.strip())


def complete_year(month: int, day: int, reference: dt.date) -> dt.date | None:
    """The ``month``/``day`` nearest ``reference``: a dateline's ``Dec. 31`` in an article
    last updated on 2 January 2021 is 31 December 2020. None if no nearby year has that
    day (29 February)."""
    dates = [d for y in (reference.year - 1, reference.year, reference.year + 1) if (d := _date(y, month, day))]
    return min(dates, key=lambda d: abs(d - reference), default=None)


_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
# A weekday alone, as news writes it: "on Wednesday", "earlier on Thursday", "Wednesday
# night", "Wednesday's attack", "last Friday". Resolved by arithmetic: dateparser, asked
# for the past, takes "Friday" in a Friday article to be a week ago.
_WEEKDAY_EXPRESSION = re.compile(
    r"^(?:(?:on|earlier|later|late|early|since|by)\s+)*(?P<last>last\s+)?(?:on\s+)?"
    rf"(?P<day>{'|'.join(_WEEKDAYS)})"
    r"(?:['’]s\b.*|\s+(?:night|morning|afternoon|evening|overnight))?$",
    re.IGNORECASE | re.DOTALL,
)


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
    weekday = _WEEKDAY_EXPRESSION.match(expression.strip())
    if weekday:
        if published is None:
            return None
        back = (published.weekday() - _WEEKDAYS[weekday.group("day").lower()]) % 7
        if weekday.group("last") and back == 0:
            back = 7  # "last Friday" in a Friday article is a week ago
        try:
            return published - dt.timedelta(days=back)
        except OverflowError:
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


_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
# Month and weekday names count only capitalised and as whole words: "march" and
# "may" are also verbs, and "Mayor" is not a month. A bare "May" needs "in" or a day
# or year next to it.
_MONTH = rf"(?-i:{_MONTHS})\b"
_WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_BARE_MONTH = r"(?-i:January|February|March|April|June|July|August|September|October|November|December)\b"
# Every alternative starts at a word boundary with one of the letters or digits in the
# lookahead (a superset, in either case): the lookahead turns away most places in a text
# at once, which halves the time of a search.
_TIME_EXPRESSION = re.compile(
    r"(?=[\dELOMTWFSYJANDI])(?:"
    rf"\b(?:(?:earlier |late |early )?on )?{_WEEKDAY}"
    rf"(?:\s+(?:night|morning|afternoon|evening))?"
    rf"|\b(?:yesterday|today|tomorrow|last (?:week|month|year)|this (?:week|month|year))\b"
    rf"|\b\d{{1,2}} {_MONTH}(?: \d{{4}}\b)?|\b{_MONTH} \d{{1,2}}\b(?:, \d{{4}}\b)?"
    rf"|\b{_MONTH} \d{{4}}\b|\bin {_MONTH}(?: \d{{4}}\b)?|\b{_BARE_MONTH}(?: \d{{4}}\b)?"
    rf"|\b\d{{4}}-\d{{2}}-\d{{2}}\b)",
    re.IGNORECASE,
)


def time_expressions(text: str) -> list[str]:
    """Time expressions as written in ``text`` ("on Wednesday", "Wednesday night",
    "13 March 2020"), unique, in order of first appearance."""
    return list(dict.fromkeys(m.group(0) for m in _TIME_EXPRESSION.finditer(text)))


def time_expression_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offsets of every time expression in ``text[start:end]``, in order."""
    return [(m.start(), m.end()) for m in _TIME_EXPRESSION.finditer(text, start, end)]
