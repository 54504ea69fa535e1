"""Dates and time expressions in languages other than English, read with each language's
calendar words (``lexicon/<language>/calendar.py``).

- A dateline opening the body: "Paris, le 13 mars 2020", "Berlin, 13. März 2020",
  "Madrid, 13 de marzo de 2020": the publication date.
- A number of days, weeks, months or years before the publication ("il y a trois
  jours", "vor zwei Wochen", "hace dos semanas", "due settimane fa", "twee weken geleden").
- Absolute dates ("le 2 avril 2020", "5. April", "2 de abril"), a month and year
  ("mars 2020"), weekdays ("mercredi", "am Mittwoch"), days named relative to the
  publication ("hier", "gestern", "ayer") and the weeks, months and years before or
  after it ("la semaine dernière", "letzte Woche", "el año pasado").

Nothing is guessed: a day of the month without a year resolves when the sentence's
tense picks the past or the coming one, or when only one such day lies within a month
of the publication; a bare weekday only when the tense picks it. A language without a
calendar folder (or with none of these words) gets ISO dates alone: 2020-03-13.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..models import When
from .article import PreparedArticle
from .lexicon import Lexicon, load
from .timex import (
    Granularity,
    Period,
    Tense,
    add_months,
    as_when,
    day_period,
    month_period,
    period_before,
    week_period,
    year_period,
)

__all__ = ["dateline", "dates", "spans_in"]

_ISO = r"(?P<iso>\d{4}-\d{2}-\d{2})"
# How far into the body a dateline may stand (a headline line may come first).
_DATELINE_REACH = 300
_RELATIVE = {
    "DAY_BEFORE_YESTERDAY": -2,
    "YESTERDAY": -1,
    "TODAY": 0,
    "TOMORROW": 1,
    "DAY_AFTER_TOMORROW": 2,
}
_PERIODS = {
    "LAST_WEEK": ("week", -1),
    "NEXT_WEEK": ("week", 1),
    "THIS_WEEK": ("week", 0),
    "LAST_MONTH": ("month", -1),
    "NEXT_MONTH": ("month", 1),
    "LAST_YEAR": ("year", -1),
    "NEXT_YEAR": ("year", 1),
    "THIS_YEAR": ("year", 0),
}


def _alternation(words: frozenset[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_UNITS: dict[str, Granularity] = {
    "DAY_UNITS": "day",
    "WEEK_UNITS": "week",
    "MONTH_UNITS": "month",
    "YEAR_UNITS": "year",
}


@dataclass(frozen=True)
class _Calendar:
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    words: dict[str, frozenset[str]]
    numbers: dict[str, int]
    pattern: re.Pattern[str]
    dateline: re.Pattern[str]


def _list(lexicon: Lexicon, name: str) -> frozenset[str]:
    return lexicon.lists.get(name, frozenset())


@lru_cache(maxsize=16)
def _calendar(language: str) -> _Calendar | None:
    try:
        lexicon = load(language)
    except ModuleNotFoundError:
        return None
    if "MONTHS" not in lexicon.lists or language == "en":
        return None
    months = lexicon.sequence("MONTHS")
    weekdays = lexicon.sequence("WEEKDAYS")
    words = {name: _list(lexicon, name) for name in (*_RELATIVE, *_PERIODS)}
    for name in ("DAY_ARTICLES", "DAY_SUFFIXES", "DATE_LINKS", "PAST_WEEKDAY", "NEXT_WEEKDAY", "WEEKDAY_ARTICLES"):
        words[name] = _list(lexicon, name)
    for name in ("PAST_WORDS", "FUTURE_WORDS", "FUTURE_ENDINGS", "PAST_ENDINGS", "AGO_BEFORE", "AGO_AFTER", *_UNITS):
        words[name] = _list(lexicon, name)
    numbers = {
        form: n for n, forms in enumerate(lexicon.sequences.get("NUMBER_WORDS", ()), 1) for form in forms.split("/")
    }
    month = _alternation(lexicon.words("MONTHS") | _list(lexicon, "MONTH_ABBREVIATIONS"))
    weekday = _alternation(lexicon.words("WEEKDAYS"))
    suffix = _alternation(words["DAY_SUFFIXES"] | {"."})
    link = rf"(?:(?:{_alternation(words['DATE_LINKS'])})\s+)?" if words["DATE_LINKS"] else ""
    day_article = rf"(?:(?:{_alternation(words['DAY_ARTICLES'])})\s+)?" if words["DAY_ARTICLES"] else ""
    absolute = (
        rf"(?:(?P<weekday1>{weekday}),?\s+)?{day_article}(?P<d>\d{{1,2}})(?:{suffix})?\s+{link}(?P<m>{month})\b"
        r"(?:\.(?=\s+\d{4}))?"
        rf"(?:,?\s+{link}(?P<y>\d{{4}})\b)?"
    )
    relative = [name for name in (*_RELATIVE, *_PERIODS) if words[name]]
    alternatives = [absolute, rf"(?P<mm>{month})\s+{link}(?P<my>\d{{4}})\b", _ISO]
    alternatives += [rf"(?P<{name}>{_alternation(words[name])})" for name in relative]
    which = words["PAST_WEEKDAY"] | words["NEXT_WEEKDAY"]
    weekday_article = rf"(?:(?:{_alternation(words['WEEKDAY_ARTICLES'])})\s+)?" if words["WEEKDAY_ARTICLES"] else ""
    after = rf"(?:\s+(?P<which>{_alternation(which)}))?" if which else ""
    # "el pasado martes", "am kommenden Dienstag", "afgelopen dinsdag": the word before it
    before = rf"(?:(?P<which_before>{_alternation(which)})\s+)?" if which else ""
    alternatives.append(rf"{weekday_article}{before}(?P<weekday>{weekday})\b{after}")
    alternatives += _ago(words, numbers)
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])", re.IGNORECASE)
    dateline = re.compile(
        # "Paris, le vendredi 13 mars 2020", "Den Haag, vrijdag 13 maart 2020", "Roma, 13 mar 2020"
        rf"[^\W\d_][\w.'’ -]{{0,40}}?,\s+{day_article}(?:(?:{weekday}),?\s+)?{day_article}"
        rf"(?P<d>\d{{1,2}})(?:{suffix})?\s+{link}(?P<m>{month})\b\.?,?\s+{link}(?P<y>\d{{4}})\b",
        re.IGNORECASE,
    )
    return _Calendar(months, weekdays, words, numbers, pattern, dateline)


def _ago(words: dict[str, frozenset[str]], numbers: dict[str, int]) -> list[str]:
    """The patterns of "il y a trois jours", "vor zwei Wochen", "due settimane fa": a number
    (in figures or words) and a unit, after or before the word that makes it past. Not
    before "de" ("il y a trois jours de grève" says how long, not when)."""
    units = frozenset().union(*(words[u] for u in _UNITS))
    if not units or not (words["AGO_BEFORE"] or words["AGO_AFTER"]):
        return []
    number = rf"\d{{1,3}}|{_alternation(frozenset(numbers))}" if numbers else r"\d{1,3}"
    unit = _alternation(units)
    found = []
    if words["AGO_BEFORE"]:
        after = rf"(?:\s+(?:{_alternation(words['AGO_AFTER'])}))?" if words["AGO_AFTER"] else ""
        found.append(
            rf"(?:{_alternation(words['AGO_BEFORE'])})\s+(?P<n>{number})\s+(?P<unit>{unit})\b{after}(?!\s+d(?:e\b|['’]))"
        )
    if words["AGO_AFTER"]:
        found.append(rf"(?P<n2>{number})\s+(?P<unit2>{unit})\s+(?:{_alternation(words['AGO_AFTER'])})")
    return found


def _month_number(cal: _Calendar, written: str) -> int:
    low = written.lower().rstrip(".")
    if low in cal.months:
        return cal.months.index(low) + 1
    return next(n for n, m in enumerate(cal.months, 1) if m.startswith(low))


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def dateline(article: PreparedArticle, language: str) -> dt.date | None:
    """The date of a dateline at the start of the body ("Paris, le 13 mars 2020"), or None."""
    cal = _calendar(language)
    if cal is None:
        return None
    text = article.text
    start = article.body_start
    reach = min(article.body_end, start + _DATELINE_REACH)
    for line_start in [start, *(m.end() for m in re.finditer(r"\n\s*", text[start:reach]))]:
        at = line_start if line_start == start else start + line_start
        found = cal.dateline.match(text, at, reach)
        if found:
            return _date(int(found["y"]), _month_number(cal, found["m"]), int(found["d"]))
    return None


def spans_in(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    """The time expressions of ``text[start:end]`` in ``language``, in order."""
    cal = _calendar(language)
    if cal is None:
        return [(m.start("iso"), m.end("iso")) for m in re.finditer(rf"(?<!\d){_ISO}(?!\d)", text[start:end])]
    return [(m.start(), m.end()) for m in cal.pattern.finditer(text, start, end)]


def _ends_in(written: list[str], endings: frozenset[str]) -> bool:
    """Whether a word written in lower case (not a name: "Ribó") ends in one of ``endings``."""
    return any(len(w) > 4 and w.islower() and w.endswith(e) for w in written for e in endings)


def _tense(cal: _Calendar, sentence: str) -> Tense | None:
    written = re.findall(r"[\w'’-]+", sentence)
    words = [w.lower() for w in written]
    phrases = " ".join(words)
    past = (
        any(w in cal.words["PAST_WORDS"] for w in words)
        or any(" " in p and f" {p} " in f" {phrases} " for p in cal.words["PAST_WORDS"])
        or _ends_in(written, cal.words["PAST_ENDINGS"])
    )
    future = any(w in cal.words["FUTURE_WORDS"] for w in words) or _ends_in(written, cal.words["FUTURE_ENDINGS"])
    if past == future:
        return None  # both, or neither: the sentence does not say
    return "past" if past else "future"


def _nearest(candidates: list[dt.date], published: dt.date, when: Tense | None) -> dt.date | None:
    if when == "past":
        return max((d for d in candidates if d <= published), default=None)
    if when == "future":
        return min((d for d in candidates if d >= published), default=None)
    near = [d for d in candidates if abs((d - published).days) <= 31]
    return near[0] if len(near) == 1 else None


def _resolve(cal: _Calendar, found: re.Match[str], published: dt.date | None, sentence: str) -> Period | None:
    groups = {k: v for k, v in found.groupdict().items() if v}
    if "iso" in groups:
        iso = dt.date.fromisoformat(groups["iso"]) if _date(*map(int, groups["iso"].split("-"))) else None
        return day_period(iso) if iso else None
    if "d" in groups:
        month, day = _month_number(cal, groups["m"]), int(groups["d"])
        if "y" in groups:
            date = _date(int(groups["y"]), month, day)
            return day_period(date) if date else None
        if published is None:
            return None
        candidates = [
            d for y in (published.year - 1, published.year, published.year + 1) if (d := _date(y, month, day))
        ]
        chosen = _nearest(candidates, published, _tense(cal, sentence))
        return day_period(chosen) if chosen else None
    if "mm" in groups:
        return month_period(int(groups["my"]), _month_number(cal, groups["mm"]))
    if published is None:
        return None
    return _relative(cal, groups, published, sentence)


def _relative(cal: _Calendar, groups: dict[str, str], published: dt.date, sentence: str) -> Period | None:
    for name, offset in _RELATIVE.items():
        if name in groups:
            return day_period(published + dt.timedelta(days=offset))
    for name, (unit, delta) in _PERIODS.items():
        if name in groups:
            if unit == "week":
                return week_period(published + dt.timedelta(days=7 * delta))
            if unit == "month":
                return month_period(*add_months(published.year, published.month, delta))
            return year_period(published.year + delta)
    if "weekday" in groups:
        return _weekday(cal, groups, published, sentence)
    if "n" in groups or "n2" in groups:
        number, unit = groups.get("n") or groups["n2"], groups.get("unit") or groups["unit2"]
        return _before_publication(cal, number, unit, published)
    return None


def _before_publication(cal: _Calendar, number: str, unit: str, published: dt.date) -> Period | None:
    """ "il y a trois jours": the day, week, month or year so many before ``published``."""
    n = int(number) if number.isdigit() else cal.numbers.get(number.lower())
    if n is None:
        return None
    kind = next(_UNITS[name] for name in _UNITS if unit.lower() in cal.words[name])
    return period_before(published, n, kind)


def _weekday(cal: _Calendar, groups: dict[str, str], published: dt.date, sentence: str) -> Period | None:
    """A weekday: the past or coming one its word says ("mercredi dernier"), else the
    one its sentence's tense picks, else none."""
    day = cal.weekdays.index(groups["weekday"].lower())
    back = (published.weekday() - day) % 7
    ahead = (day - published.weekday()) % 7
    which = (groups.get("which") or groups.get("which_before") or "").lower()
    if which:
        past = which in cal.words["PAST_WEEKDAY"]
        return day_period(
            published - dt.timedelta(days=back or 7) if past else published + dt.timedelta(days=ahead or 7)
        )
    when = _tense(cal, sentence)
    if when == "past":
        return day_period(published - dt.timedelta(days=back))
    if when == "future":
        return day_period(published + dt.timedelta(days=ahead))
    return None


def dates(article: PreparedArticle, language: str) -> list[When]:
    """Every time expression of the body in ``language``, with the period it resolves to
    against the publication date, or "unresolved"."""
    cal = _calendar(language)
    text = article.text
    out = []
    for start, end in spans_in(text, article.body_start, article.body_end, language):
        sentence = article.sentence_at(start)
        context = text[sentence.start : sentence.end] if sentence else text[start:end]
        quoted = any(q.start <= start and end <= q.end for q in article.quotes)
        found = cal.pattern.fullmatch(text, start, end) if cal else re.fullmatch(_ISO, text[start:end])
        period = None
        if found is not None and cal is not None:
            relative = any(found.group(n) for n in (*_RELATIVE, "n", "n2") if n in found.re.groupindex)
            period = None if relative and quoted else _resolve(cal, found, article.published, context)
        elif found is not None:
            date = _date(*map(int, text[start:end].split("-")))
            period = day_period(date) if date else None
        out.append(as_when(text, start, end, period))
    return out
