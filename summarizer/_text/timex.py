"""Time expressions in an article body: finding them, and resolving them against the
publication date at the granularity they are written in.

"on Monday" is a day, "last week" a week (Monday to Sunday), "in March 2019" a month,
"in 2019" a year: a resolved expression is a ``Period``, its first and last day and its
granularity. What cannot be resolved without guessing stays unresolved: a relative
expression with no publication date, "the previous day" (relative to another event, not
to the publication), "a few weeks ago", and a bare weekday, month or day of the month
whose sentence gives no tense to tell the past one from the coming one.

The tense rule, for "on Monday", "this Monday", "in March", "on the 12th", "Sept. 4":
the verb nearest the expression in its sentence decides. A past-tense verb ("said",
"was", "killed") means the latest such day on or before the publication date ("on
Monday" in a Friday article is four days earlier); a future or scheduled one ("will",
"is set to", "is scheduled") the first on or after it (the coming Monday). "next" and
"last" need no tense: "next Monday" is the first Monday after the publication date,
"last Monday" the latest one before it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ..models import When
from .dates import MONTH_NAMES, MONTH_NUMBERS, WEEKDAY_NAMES, parse_date
from .grammar import EN, alternation, capitalised, content_end, first_filtered, pattern, words

Granularity = Literal["day", "week", "month", "year"]
Tense = Literal["past", "future"]
# The tense of an expression's sentence, found when a resolution asks for it: most
# expressions (a date with its year, "last week", "two days ago") need none.
TenseOf = Callable[[], "Tense | None"]


@dataclass(frozen=True)
class Period:
    """What a time expression refers to: ``first`` to ``last`` (inclusive), written at
    ``granularity`` ("last week": the Monday to Sunday of the week before)."""

    first: dt.date
    last: dt.date
    granularity: Granularity


# ----------------------------------------------------------------- the words

_WEEKDAYS = tuple(name.lower() for name in WEEKDAY_NAMES)
_NUMBER_NAMES = EN.sequence("NUMBER_WORDS")[1:13]
_NUMBERS = {"a": 1, "an": 1} | {word: n for n, word in enumerate(_NUMBER_NAMES, start=1)}

# Month and weekday names count only capitalised: "march" and "may" are verbs, "Mayor"
# is no month (whole words only). A month abbreviation needs a day or year after it
# ("Sept. 4", "Jan 5", "Dec. 2019"); a bare "May" needs a preposition before it.
_WEEKDAY = rf"(?-i:{alternation(WEEKDAY_NAMES)})\b"
_MONTH_FULL = rf"(?-i:{alternation(MONTH_NAMES)})\b"
_MONTH_ABBR = rf"(?-i:{alternation(capitalised(words('MONTH_ABBREVIATIONS')))})\b\.?"
_MONTH_ANY = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_BARE_MONTH = rf"(?-i:{alternation(m for m in MONTH_NAMES if m != 'May')})\b"
_DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"(?:1[89]\d\d|20\d\d)\b"
_NUMBER = rf"(?:\d{{1,3}}|{alternation([*_NUMBERS, 'a few', 'several', 'many'])})"
_PART_OF_DAY = rf"(?:\s+{pattern('PARTS_OF_DAY')})?"
_EDGE = r"(?:(?:earlier|later|early|late)\s+)?"
_YEAR_PREPOSITION = r"(?:in|since|by|during|until|till|from|of|before|after|through|throughout|between|and|to|the)"

# Alternatives in order of preference at one place: the longest form first.
_PATTERNS = [
    # ISO: 2020-03-13
    r"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])",
    # March 12, 2020 / Sept. 4 / Jan 5th / Thursday, March 12
    rf"\b{_MONTH_ANY}[ \t]+{_DAY_NUM}(?:,?[ \t]+{_YEAR})?",
    # 12 March 2020 / 12th of March
    rf"\b{_DAY_NUM}[ \t]+(?:of[ \t]+)?{_MONTH_ANY}(?:,?[ \t]+{_YEAR})?",
    # March 2019 / Dec. 2019
    rf"\b{_MONTH_ANY}[ \t]+{_YEAR}",
    # the week/month/year around the publication date
    rf"\b{_EDGE}(?:next|last|this|past|coming|previous)\s+(?:week(?:end)?|month|year)\b",
    r"\b(?:the\s+)?(?:previous|following|next)\s+(?:day|week|month|year)\b",
    r"\b(?:the\s+)?day\s+(?:before|after)\b",
    rf"\b{_NUMBER}\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|later|before|after)\b",
    # Not in capitals, nor after USA: "USA TODAY", "USA Today" are a newspaper.
    rf"\b{_EDGE}(?<!USA\s)(?-i:[Yy]esterday|[Tt]oday|[Tt]omorrow){_PART_OF_DAY}\b",
    # "CBS This Morning" is a programme.
    r"\b(?:(?-i:[Tt]onight)|last\s+night|(?-i:[Tt]his\s+(?:morning|afternoon|evening)))\b",
    # weekdays: on Monday, next Tuesday, earlier on Thursday, Wednesday night
    rf"\b{_EDGE}(?:on\s+)?(?:(?:next|last|this|coming|past)\s+)?{_WEEKDAY}{_PART_OF_DAY}",
    # in March, last May, early June, since September
    rf"\b(?:in|since|by|during|until|till|from|last|this|next|early|late|mid-|mid)\s*{_MONTH_FULL}"
    rf"(?![ \t]+(?:{_DAY_NUM}|{_YEAR}))",
    rf"\b{_BARE_MONTH}",
    # on the 12th
    rf"\b(?:on|by|until|till|since|from)\s+the\s+{_DAY_NUM}(?![ \t]+(?:of|century|floor|time|anniversary|day)\b)",
    # in 2019, the 2016 election, 2019's
    # Not "the 1980's" (a decade): a year ending in 0 before 's is taken for one.
    rf"(?:\b{_YEAR_PREPOSITION}\s+|(?<=\bmid-)){_YEAR}(?![%]|[,.]\d)(?<!0(?=['’]s\b))",
    rf"(?<![\d,.$£€-])\b{_YEAR}(?=['’]s\b)(?<!0)",
]
_TIME_EXPRESSION = first_filtered(re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE))
_UNITS = frozenset({"day", "days", "week", "weeks", "weekend", "month", "months", "year", "years"})
_UNITS |= words("RELATIVE_DAYS") | words("PARTS_OF_DAY")
# The leading words a year pattern needs but that are not part of the expression shown.
_LEAD_ONLY = re.compile(rf"^(?:the|and|to|between)\s+(?={_YEAR})", re.IGNORECASE)


# Every time expression holds one of these words or a digit. Finding them first (one
# scan with a trie) and matching the expressions only around them spares trying every
# alternative above at every position of the text.
_TRIGGER = first_filtered(
    re.compile(
        rf"\d|\b{alternation(words('MONTHS') | words('MONTH_ABBREVIATIONS') | words('WEEKDAYS') | _UNITS)}",
        re.IGNORECASE,
    )
)
# The longest expression reaches this far from its trigger word, either way.
_REACH = 30


def time_expression_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Offsets of every time expression in ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    spans = []
    for lo, hi in _windows(text, start, end):
        for m in _TIME_EXPRESSION.finditer(text, lo, hi):
            lead = _LEAD_ONLY.match(m.group(0))
            spans.append((m.start() + (lead.end() if lead else 0), m.end()))
    return spans


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of ``text[start:end]`` within _REACH of a trigger word, merged: every
    expression lies whole in one of them, so matching inside them finds what matching
    the whole text would."""
    windows: list[tuple[int, int]] = []
    for m in _TRIGGER.finditer(text, start, end):
        lo, hi = max(start, m.start() - _REACH), min(end, m.end() + _REACH)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def spans_in(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """``time_expression_spans`` of an article's body (or a part), found once: the prompt's
    list of times (of the part) and the summary's dates (of the body) both ask."""
    return _spans_in(text, start, content_end(text, start, end))


@lru_cache(maxsize=8)
def _spans_in(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    return tuple(time_expression_spans(text, start, end))


def time_expressions(text: str) -> list[str]:
    """Time expressions as written in ``text`` ("on Wednesday", "last week", "Sept. 4"),
    unique, in order of first appearance."""
    return list(dict.fromkeys(text[s:e] for s, e in time_expression_spans(text)))


# ----------------------------------------------------------------- tense

# Markers of the future or of a schedule, and of the past; the one nearest the
# expression (in words) decides. Multi-word markers first: "is set to" is no past "set".
_FUTURE = first_filtered(
    re.compile(
        r"\b(?:will|shall|won['’]t|going\s+to|gonna|set\s+(?:to|for)|due\s+to|is\s+due|are\s+due|scheduled|"
        r"slated|planned|plans?\s+to|expected\s+to|(?:is|are)\s+expected|expects?|upcoming|coming)\b|\w['’]ll\b",
        re.IGNORECASE,
    )
)
# A verb whose past form is also its present or infinitive ("cut", "hit") counts as
# past only where no modal, "to" or negation stands before it ("could hit": no tense).
_SAME_FORM = r"(?:cut|hit|put|set|shut|quit|spread|cast|hurt|let|bid|burst|split|upset)"
_NOT_AFTER = (
    r"(?<!\bto\s)(?<!will\s)(?<!['’]ll\s)(?<!would\s)(?<!could\s)(?<!should\s)(?<!shall\s)(?<!\bcan\s)"
    r"(?<!\bmay\s)(?<!might\s)(?<!must\s)(?<!\bnot\s)(?<!n['’]t\s)(?<!\bdid\s)"
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)"
)
# Irregular pasts: a trie (see grammar.alternation), not a flat list tried one by one.
_IRREGULAR_PASTS = (
    "was were had did said told went came took gave met made began saw held fell rose left won lost "
    "struck spoke spoken wrote sent found became brought bought caught fought thought paid sold led fled "
    "shot spent built kept felt ran grew threw flew drew chose broke stole drove knew blew sank stood "
    "beat ate swore wore tore froze woke forgot lay laid slid hid bit dealt meant heard lent lit"
).split()
_PAST = first_filtered(
    re.compile(
        # Not the participle of a passive ("will be held", "would be played"): its
        # auxiliary says the tense.
        r"\b(?<!\bbe\s)(?<!being\s)(?<!been\s)"
        rf"(?:{alternation(_IRREGULAR_PASTS)}|"
        # The lookahead first: most words are none of these, and fail it before the lookbehinds.
        rf"(?={_SAME_FORM}\b){_NOT_AFTER}{_SAME_FORM}|"
        # A regular past, not a word that only looks like one.
        r"(?!(?:united|indeed|need|speed|seed|feed|proceed|succeed|exceed|hundred|sacred|naked|wicked|"
        r"scheduled|planned|slated|expected)\b)(?-i:[a-z]{2,}ed))\b",
        re.IGNORECASE,
    )
)
# Reported or conditional futures ("said the vote would be held on Monday"): the day
# may be before or after the publication, so these markers say no tense at all.
# So do the verbs of rescheduling: "postponed to Monday" may be the coming one.
_CONDITIONAL = first_filtered(
    re.compile(
        r"\b(?:would|could|might|may|should|if|unless|whether|postponed|delayed|rescheduled|adjourned|pushed\s+back|moved\s+to)\b",
        re.IGNORECASE,
    )
)
_PREPOSITION = re.compile(r"(?:^|\s)(on|in|since|until|till|to|by|from|before|after)\s*$", re.IGNORECASE)


def _nearest(pattern: re.Pattern[str], before: str, after: str) -> int | None:
    """Distance in characters from the expression to the nearest match of ``pattern``: the
    last match before it (matches end in order) or the first after it, whichever is nearer."""
    last = None
    for match in pattern.finditer(before):
        last = match
    first = pattern.search(after)
    if last is None:
        return None if first is None else first.start()
    if first is None:
        return len(before) - last.end()
    return min(len(before) - last.end(), first.start())


# In this order on a tie: "postponed" is a past form, but says no tense for the day.
_MARKERS: tuple[tuple[Tense | None, re.Pattern[str]], ...] = (
    (None, _CONDITIONAL),
    ("future", _FUTURE),
    ("past", _PAST),
)


# What ends a clause: in "As she put it in July, RT is ''providing what you won't get''"
# the July is the saying's, and the quote's "won't" says nothing of it.
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”«»—–]|''|``|\s-\s")


def _nearest_marker(before: str, after: str) -> tuple[bool, Tense | None]:
    """(whether a marker is found, the tense of the nearest one)."""
    found = {
        tense: distance for tense, pattern in _MARKERS if (distance := _nearest(pattern, before, after)) is not None
    }
    if not found:
        return False, None
    return True, min(found, key=lambda t: found[t])  # ties: the order of _MARKERS


def tense(before: str, after: str) -> Tense | None:
    """The tense of the expression between ``before`` and ``after`` (its sentence), by
    the nearest past, future or conditional marker in its clause, else in its sentence
    ("On Monday, the minister will ..."); None when there is none, or a conditional."""
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause_before = before[breaks[-1].end() :] if breaks else before
    following = _CLAUSE_BREAK.search(after)
    clause_after = after[: following.start()] if following else after
    found, when = _nearest_marker(clause_before, clause_after)
    if found:
        return when
    return _nearest_marker(before, after)[1]


# ----------------------------------------------------------------- periods


def day_period(d: dt.date) -> Period:
    return Period(d, d, "day")


def week_period(d: dt.date) -> Period:
    monday = d - dt.timedelta(days=d.weekday())
    return Period(monday, monday + dt.timedelta(days=6), "week")


def month_period(year: int, month: int) -> Period:
    return Period(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), "month")


def year_period(year: int) -> Period:
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _edge(period: Period, edge: str | None, published: dt.date) -> Period:
    """ "earlier this week": from the start of the week to the publication date."""
    if edge in ("earlier", "early") and period.first <= published <= period.last:
        return Period(period.first, published, period.granularity)
    if edge in ("later", "late") and period.first <= published <= period.last:
        return Period(published, period.last, period.granularity)
    return period


_UNIT = re.compile(
    r"^(?:(?P<edge>earlier|later|early|late)\s+)?(?P<which>next|last|this|past|coming|previous)\s+"
    r"(?P<unit>weekend|week|month|year)$",
    re.IGNORECASE,
)


def _unit(found: re.Match[str], published: dt.date) -> Period | None:
    which, unit, edge = found["which"].lower(), found["unit"].lower(), (found["edge"] or "").lower() or None
    if which == "previous":
        return None  # "the previous week": relative to another event
    if which == "past":
        # "the past week": the days up to the publication date.
        days = {"week": 7, "weekend": None, "month": 30, "year": 365}[unit]
        return None if days is None else Period(published - dt.timedelta(days=days), published, _granularity(unit))
    step = {"next": 1, "coming": 1, "last": -1, "this": 0}[which]
    if unit == "weekend":
        weekday = published.weekday()
        # The weekend of the publication's week: on a Sunday, yesterday and today.
        saturday = published + dt.timedelta(days=5 - weekday)
        if which == "last":
            saturday -= dt.timedelta(days=7)
        elif which in ("next", "coming") and weekday >= 5:
            saturday += dt.timedelta(days=7)
        elif which == "next":
            return None  # "next weekend" on a weekday: this one, or the one after
        return Period(saturday, saturday + dt.timedelta(days=1), "day")
    if unit == "week":
        period = week_period(published + dt.timedelta(weeks=step))
    elif unit == "month":
        period = month_period(*add_months(published.year, published.month, step))
    else:
        period = year_period(published.year + step)
    return _edge(period, edge, published) if step == 0 else period


_GRANULARITY: dict[str, Granularity] = {"day": "day", "week": "week", "month": "month", "year": "year"}


def _granularity(unit: str) -> Granularity:
    return _GRANULARITY[unit.rstrip("s")]


_AGO = re.compile(rf"^(?P<n>{_NUMBER})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago$", re.IGNORECASE)


def _ago(found: re.Match[str], published: dt.date) -> Period | None:
    n_text = found["n"].lower()
    n = int(n_text) if n_text.isdigit() else _NUMBERS.get(n_text)
    if n is None:
        return None  # "a few days ago", "several weeks ago": no number, no date
    return period_before(published, n, _granularity(found["unit"].lower()))


def period_before(published: dt.date, n: int, unit: Granularity) -> Period:
    """The day, week, month or year ``n`` of them before ``published`` ("two weeks ago")."""
    if unit == "day":
        return day_period(published - dt.timedelta(days=n))
    if unit == "week":
        return week_period(published - dt.timedelta(weeks=n))
    if unit == "month":
        return month_period(*add_months(published.year, published.month, -n))
    return year_period(published.year - n)


_DEICTIC = re.compile(
    r"^(?:(?:earlier|later|early|late)\s+)?(?P<word>yesterday|today|tomorrow|tonight|last\s+night|this)"
    r"(?:\s+(?:morning|afternoon|evening|night))?$",
    re.IGNORECASE,
)
_OFFSETS = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "this": 0}


def _deictic(found: re.Match[str], published: dt.date) -> Period:
    word = found["word"].lower()
    offset = -1 if word.startswith("last") else _OFFSETS[word]
    return day_period(published + dt.timedelta(days=offset))


_WEEKDAY_EXPRESSION = re.compile(
    r"^(?:(?:earlier|later|early|late)\s+)?(?:on\s+)?(?:(?P<which>next|last|this|coming|past)\s+)?"
    r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?$",
    re.IGNORECASE,
)


def _weekday(found: re.Match[str], published: dt.date, when: Tense | None) -> Period | None:
    day = _WEEKDAYS.index(found["day"].lower())
    which = (found["which"] or "").lower()
    back = (published.weekday() - day) % 7
    ahead = (day - published.weekday()) % 7
    if which in ("next", "coming"):
        return day_period(published + dt.timedelta(days=ahead or 7))
    if which in ("last", "past"):
        return day_period(published - dt.timedelta(days=back or 7))
    if when == "past":
        return day_period(published - dt.timedelta(days=back))
    if when == "future":
        return day_period(published + dt.timedelta(days=ahead))
    return None


def _nearest_dated(candidates: list[dt.date], published: dt.date, when: Tense | None) -> dt.date | None:
    """Of the dates a yearless (or monthless) expression may mean, the one the tense picks."""
    if when == "past":
        return max((d for d in candidates if d <= published), default=None)
    if when == "future":
        return min((d for d in candidates if d >= published), default=None)
    return None


_ABSOLUTE = re.compile(
    rf"^(?:(?P<m1>{_MONTH_ANY})[ \t]+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+"
    rf"(?:of[ \t]+)?(?P<m2>{_MONTH_ANY}))(?:,?[ \t]+(?P<y>\d{{4}}))?$",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(rf"^(?P<m>{_MONTH_ANY})[ \t]+(?P<y>\d{{4}})$", re.IGNORECASE)
_MONTH_ONLY = re.compile(
    rf"^(?:(?P<which>in|since|by|during|until|till|from|last|this|next|early|late|mid-|mid)\s*)?(?P<m>{_MONTH_FULL})$",
    re.IGNORECASE,
)
_DAY_OF_MONTH = re.compile(r"^(?:on|by|until|till|since|from)\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?$", re.IGNORECASE)
_YEAR_ONLY = re.compile(rf"^(?:(?:{_YEAR_PREPOSITION})\s*)?(?P<y>{_YEAR})$", re.IGNORECASE)


def _month_number(name: str) -> int:
    return MONTH_NUMBERS[name[:3].lower()]


def _absolute(found: re.Match[str], published: dt.date | None, tense_of: TenseOf) -> Period | None:
    month = _month_number(found["m1"] or found["m2"])
    day = int(found["d1"] or found["d2"])
    if found["y"]:
        try:
            return day_period(dt.date(int(found["y"]), month, day))
        except ValueError:
            return None
    if published is None:
        return None
    when = tense_of()
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    chosen = _nearest_dated(candidates, published, when)
    if chosen is None and when is None:
        # No tense: only a date within a month of the publication is unambiguous.
        near = [d for d in candidates if abs((d - published).days) <= 31]
        chosen = near[0] if len(near) == 1 else None
    return day_period(chosen) if chosen else None


def _month_only(found: re.Match[str], published: dt.date | None, when: Tense | None) -> Period | None:
    if published is None:
        return None
    month = _month_number(found["m"])
    which = (found["which"] or "").lower()
    if which == "last":
        year = published.year if month < published.month else published.year - 1
        return month_period(year, month)
    if which == "next":
        return month_period(published.year if month > published.month else published.year + 1, month)
    if which == "this" or (when is None and month == published.month):
        return month_period(published.year, month)
    if which == "since":
        when = "past"
    starts = [dt.date(y, month, 1) for y in (published.year - 1, published.year, published.year + 1)]
    this_month = dt.date(published.year, published.month, 1)
    chosen = _nearest_dated(starts, this_month, when)
    return month_period(chosen.year, month) if chosen else None


def _day_of_month(found: re.Match[str], published: dt.date, when: Tense | None) -> Period | None:
    day = int(found["d"])
    candidates = []
    for delta in (-1, 0, 1):
        year, month = add_months(published.year, published.month, delta)
        if day <= calendar.monthrange(year, month)[1]:
            candidates.append(dt.date(year, month, day))
    chosen = _nearest_dated(candidates, published, when)
    return day_period(chosen) if chosen else None


def _relative(written: str, published: dt.date, when: TenseOf) -> Period | None:
    if found := _UNIT.match(written):
        return _unit(found, published)
    if found := _AGO.match(written):
        return _ago(found, published)
    if found := _DEICTIC.match(written):
        return _deictic(found, published)
    if found := _WEEKDAY_EXPRESSION.match(written):
        return _weekday(found, published, when())
    if found := _DAY_OF_MONTH.match(written):
        return _day_of_month(found, published, when())
    return None


_NAMED_DAY_BEFORE = re.compile(r"\b(?-i:Black|Good|Super|Cyber|Ash|Easter|Palm|Holy|Bloody|Giving)\s+$")
_NAMED_DAY_AFTER = re.compile(
    r"^\s*(?:attacks?|anniversary|memorial|commission|conspirac\w*|truthers?|hijackers?|victims|museum|terror\w*)\b",
    re.IGNORECASE,
)


_SEPTEMBER_11 = re.compile(r"^(?:Sept?\.?|September)\s+11(?:th)?$", re.IGNORECASE)
_OF_YEAR = re.compile(r"^\s*(?:of|in)\s+(last|this|next)\s+year\b", re.IGNORECASE)


def _with_year(written: str, published: dt.date | None, after: str) -> str:
    """ "June 16th" followed by "of last year" is June 16th of the year before."""
    of_year = _OF_YEAR.match(after)
    if of_year is None or published is None:
        return written
    year = published.year + {"last": -1, "this": 0, "next": 1}[of_year[1].lower()]
    if (found := _ABSOLUTE.match(written)) and not found["y"]:
        return f"{written} {year}"
    if found := _MONTH_ONLY.match(written):
        return f"{found['m']} {year}"
    return written


_FOUR_DIGITS = re.compile(r"\d{4}")
_FIRST_WORD = re.compile(r"\w+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@lru_cache(maxsize=4096)
def resolve(
    expression: str, published: dt.date | None, before: str = "", after: str = "", *, quoted: bool = False
) -> Period | None:
    """The period a time expression refers to, against the publication date, or None.

    ``before`` and ``after`` are the rest of its sentence: their tense picks the past or
    the coming day for a bare weekday ("on Monday"), month or day of the month.
    ``quoted``: the expression is inside a direct quote, where "today", "tonight" and
    "yesterday" are the speaker's and stay unresolved.
    Absolute dates with a year resolve without a publication date; nothing relative
    does (no reference, no guess).
    """
    written = " ".join(expression.split())
    if _NAMED_DAY_BEFORE.search(before) or (_NAMED_DAY_AFTER.match(after) and not _FOUR_DIGITS.search(written)):
        return None  # "Black Friday", "the Sept. 11 attacks": a name, not a date
    if _SEPTEMBER_11.match(written):
        return None  # in news, "before Sept. 11" is 2001 far more often than this year
    if quoted and _DEICTIC.match(written):
        return None  # "tonight" in a quote is the speaker's night, maybe not the publication's
    written = _with_year(written, published, after)
    lead = _FIRST_WORD.match(written)
    word = (lead.group(0) if lead else "").lower()
    if word not in ("on", "in", "since", "until", "till", "by", "from"):
        preposition = _PREPOSITION.search(before)
        word = preposition.group(1).lower() if preposition else ""

    def when() -> Tense | None:
        if word == "since":
            return "past"
        found = tense(before, after)
        if word in ("until", "till") and found == "past":
            return None  # "postponed until Monday": the day comes after the act
        return found

    try:
        return _period(written, published, when)
    except (OverflowError, ValueError):
        return None  # a reference date at the edge of the calendar


def _period(written: str, published: dt.date | None, when: TenseOf) -> Period | None:
    if found := _ABSOLUTE.match(written):
        return _absolute(found, published, when)
    if found := _MONTH_YEAR.match(written):
        return month_period(int(found["y"]), _month_number(found["m"]))
    if found := _YEAR_ONLY.match(written):
        return year_period(int(found["y"]))
    if _ISO_DATE.fullmatch(written):
        iso = parse_date(written)
        return day_period(iso) if iso else None
    if found := _MONTH_ONLY.match(written):
        return _month_only(found, published, when())
    return None if published is None else _relative(written, published, when)


def as_when(text: str, start: int, end: int, period: Period | None) -> When:
    """The public form of the time expression ``text[start:end]``: the period it resolves
    to, or "unresolved" (``period`` None)."""
    if period is None:
        return When(text=text[start:end], start=start, end=end, resolution="unresolved")
    return When(
        text=text[start:end],
        start=start,
        end=end,
        date=period.first,
        last_day=period.last,
        granularity=period.granularity,
        resolution="resolved",
    )
