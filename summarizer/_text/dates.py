"""Dates as written in datelines, headers and footers: reading the publication date.

Time expressions in the body ("on Wednesday", "last week") are ``timex``'s."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .grammar import EN, alternation, first_filtered, words


def _dateparser() -> Any:
    # Imported lazily: dateparser takes a noticeable time to import.
    import dateparser

    return dateparser


# The written forms of a date that news pages use in datelines, headers and footers,
# parsed directly: microseconds, where dateparser takes milliseconds per article, and
# independent of the process locale (strptime's %B is not). English month names only.
MONTH_NAMES = tuple(m.capitalize() for m in EN.sequence("MONTHS"))
WEEKDAY_NAMES = tuple(d.capitalize() for d in EN.sequence("WEEKDAYS"))
# "jan" -> 1: every English month name and abbreviation starts with these three letters.
MONTH_NUMBERS = {name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, start=1)}
_MONTH_NAME = rf"{alternation(words('MONTHS') | words('MONTH_ABBREVIATIONS'))}\b\.?"
_WEEKDAY_NAME = rf"{alternation(words('WEEKDAYS') | words('WEEKDAY_ABBREVIATIONS'))}\b\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?\b"
# "12 March", "12th of March 2020", "March 12", "Mar. 12, 2020", "Thursday, March 12".
# No capture groups: _article embeds it in its dateline pattern.
DATE_TEXT = (
    rf"(?:{_WEEKDAY_NAME},?[ \t]+)?"
    rf"(?:{_DAY}[ \t]+(?:of[ \t]+)?{_MONTH_NAME}|{_MONTH_NAME}[ \t]+{_DAY})"
    rf"(?:,?[ \t]+\d{{4}}\b)?"
)
_ISO_DATE = first_filtered(
    re.compile(
        r"(?<!\d)(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
        r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[ ]?(?:Z|[+-]\d{2}:?\d{2}))?)?(?!\d)"
    )
)
_DAY_MONTH = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b[ \t]+(?:of[ \t]+)?(?P<m>{_MONTH_NAME})"
    rf"(?:,?[ \t]+(?P<y>\d{{4}})\b)?",
    re.IGNORECASE,
)
_MONTH_DAY = first_filtered(
    re.compile(
        rf"\b(?P<m>{_MONTH_NAME})[ \t]+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?[ \t]+(?P<y>\d{{4}})\b)?",
        re.IGNORECASE,
    )
)
_WEEKDAY_PREFIX = re.compile(rf"^(?:{_WEEKDAY_NAME},?\s+)?", re.IGNORECASE)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _named(found: re.Match[str]) -> tuple[int, int, int | None]:
    month = MONTH_NUMBERS[found.group("m")[:3].lower()]
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
