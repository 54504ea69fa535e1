"""Deterministic preparation of an article: metadata, sentences and quote candidates.

Nothing here calls a model. All offsets index the article string exactly as given;
nothing is rewritten, so slicing the original always gives back the text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal, TypeVar

from .._errors import InvalidArticleError
from .dates import DATE_TEXT, complete_year, find_date, month_and_day
from .grammar import ABBREVIATIONS, alternation, capitalised, first_filtered, pattern, verb_pattern, words
from .segment import CLOSING_MARKS, OPENING_MARKS, SentenceKind, kinds

T = TypeVar("T")


# Where the publication date came from: the ``published=`` argument, the start of the
# article (a metadata line such as ``date 2020-03-13`` or ``Published: 13 March 2020``,
# or a news dateline such as ``BERLIN, March 12 (Reuters) -``), or its last lines
# (``Last Update: Friday, 13 March 2020``), or an HTML page's metadata. "none" when
# nothing gave a readable date.
PublishedSource = Literal["argument", "dateline", "footer", "metadata", "none"]


@dataclass(frozen=True)
class Sentence:
    id: str
    start: int
    end: int
    text: str
    # What the sentence is on the page (see segment.py): story text ("body"), or a
    # headline, a dateline on its own line, a byline, a photo caption or a credit, which
    # are not story text and never yield a claim, an event, a speaker or a summary sentence.
    kind: SentenceKind = "body"


@dataclass(frozen=True)
class QuoteCandidate:
    """A span between paired quote marks. ``start``/``end`` exclude the marks and the
    blank (or zero-width) characters just inside them.

    A quote that runs over several paragraphs, each reopening with a quote mark, is one
    candidate: ``text`` is then ``article[start:end]`` as written, paragraph breaks and
    reopening marks included.
    """

    id: str
    start: int
    end: int
    text: str
    open_mark: int
    close_mark: int  # index of the closing mark's last character; the quote ends at close_mark + 1


@dataclass(frozen=True)
class PreparedArticle:
    text: str
    body_start: int
    body_end: int
    published: dt.date | None
    published_source: PublishedSource
    sentences: tuple[Sentence, ...]
    quotes: tuple[QuoteCandidate, ...]
    # The news dateline opening the body (``WASHINGTON (Reuters) -``), if any. It stays
    # in the body and in the first sentence: its place is part of what the story says.
    dateline: tuple[int, int] | None = None

    @cached_property
    def body_sentences(self) -> tuple[Sentence, ...]:
        """The sentences of the story itself: those of kind "body", in order (their IDs
        keep their place among all the sentences)."""
        return tuple(s for s in self.sentences if s.kind == "body")

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def memo(self) -> dict[Hashable, Any]:
        """What the finders compute from this article once and read more than once, by
        key (kept with the article, so another article with the same text recomputes it)."""
        return {}

    def once(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, the first time ``key`` is asked for on this article; what it gave
        after that. Kept with the article rather than in a cache keyed by it: hashing an
        article hashes all its sentences."""
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]  # type: ignore[no-any-return]

    def sentence(self, sid: str) -> Sentence:
        # IDs are S1..Sn in order, so the index is the number.
        return self.sentences[int(sid[1:]) - 1]

    def in_story(self, offset: int) -> bool:
        """Whether ``offset`` lies in story text: in a body sentence, not in a headline,
        a dateline on its own line, a byline, a caption or a credit."""
        sentence = self.sentence_at(offset)
        return sentence is not None and sentence.kind == "body"

    def sentence_at(self, offset: int) -> Sentence | None:
        # Sentences are in order and do not overlap: only the last one starting at or
        # before the offset can hold it.
        at = bisect.bisect_right(self._sentence_starts, offset) - 1
        if at >= 0 and offset < self.sentences[at].end:
            return self.sentences[at]
        return None


# --------------------------------------------------------------------------- characters

# Characters that end a line. A lone "\r" (old Mac files) and the Unicode line and
# paragraph separators end one too.
_BREAKS = "\n\r\u2028\u2029"
# Invisible characters that carry no text: zero-width space, joiners, direction marks,
# word joiner, BOM, soft hyphen. At the edge of a quote or sentence they are padding.
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"
# Blank within a line: whitespace other than line ends (incl. NBSP U+00A0, narrow
# no-break space U+202F, ideographic space U+3000), plus the invisible characters.
_HSPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c not in _BREAKS) + _INVISIBLE
_H = "[" + re.escape(_HSPACE) + "]"
_BR = r"(?:\r\n|[\n\r\u2028\u2029])"


def _blank(ch: str) -> bool:
    return ch.isspace() or ch in _INVISIBLE


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and _blank(text[start]):
        start += 1
    while end > start and _blank(text[end - 1]):
        end -= 1
    return start, end


# --------------------------------------------------------------------------- metadata

# How much of the start and end of an article can be metadata: a few short lines.
_MAX_META_LINES = 8
_MAX_META_LINE = 300

# The seed's leading "date 2020-03-13" (the body may follow on the same line).
_DATE_LINE = re.compile(
    r"date\s*:?\s*(?P<date>\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)(?![\w-])[ \t]*",
    re.IGNORECASE,
)
# A line that is only an ISO date or timestamp: "2020-03-13", "2020-03-13T10:00:00Z".
_ISO_LINE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?")
# "Published: 13 March 2020", "Updated March 13, 2020 10:15 ET", "Posted on 13 March 2020",
# "Last Update: Friday, 13 March 2020 KSA 02:15 - GMT 23:15".
_STAMP_LINE = first_filtered(
    re.compile(
        r"(?P<kind>last[ \t]+updated?|updated?|(?:first[ \t]+)?published|posted|date)\b"
        r"(?:[ \t]+on)?[ \t]*(?P<colon>:)?[ \t]*(?P<rest>.*)",
        re.IGNORECASE,
    )
)
# Lines that follow the story at the end of wire copy: credits and boilerplate.
_CREDIT_LINE = first_filtered(
    re.compile(
        r"[(\[]?[ \t]*(?:additional[ \t]+)?(?:reporting|writing|editing|compiled|reported|written|"
        r"edited|produced|translated|translation|graphics?)[ \t]+by\b.*"
        r"|our[ \t]+standards[ \t]*:.*|(?:©|\(c\)|copyright\b).*",
        re.IGNORECASE,
    )
)
# A news dateline opening the body: the place in capitals, optionally a region, a date
# and the agency in brackets, then a dash. "WASHINGTON (Reuters) -", "LONDON (AP) —",
# "BERLIN, March 12 (Reuters) -", "PARIS, 12 March 2020 (AFP) –", "NEW YORK —",
# "KABUL, Afghanistan (AP) —". (Capitals are checked after matching: re has no \p{Lu}.)
_PLACE_WORD = r"[^\W\d_](?:[^\W\d_]|[.'’/-])*"
_REGION_WORD = r"(?:[A-Z][\w.'’-]*|and|of|de|del|da|la|el)"
_DASH = r"(?P<dash>--?|[–—])"
_NEWS_DATELINE = re.compile(
    rf"(?P<place>{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,4}})"
    rf"(?:,[ \t]*{_REGION_WORD}(?:[ \t]+{_REGION_WORD}){{0,3}})??"
    rf"(?:,[ \t]*(?P<date>(?i:{DATE_TEXT})))?"
    rf"(?:[ \t]*\((?P<agency>[^\W\d_][^()\r\n]{{0,39}})\))?"
    rf"[ \t\u00a0]*{_DASH}"
)
# An agency's name after a place in title case: "(AFP)", "(Reuters)", not a party "(R-Texas)".
_AGENCY_NAME = re.compile(r"[A-Z][A-Za-z .]{1,29}")
# "(CNN) —": the agency alone, perhaps after the date ("Dec 29 (Reuters) -").
_AGENCY_DATELINE = re.compile(
    rf"(?:(?P<date>(?i:{DATE_TEXT}))[ \t]*)?\((?P<agency>[^\W\d_][^()\r\n]{{0,39}})\)[ \t\u00a0]*{_DASH}"
)


@dataclass(frozen=True)
class _Stamp:
    """A date found in a metadata line; ``updated`` dates rank below publication dates."""

    date: dt.date | None
    updated: bool


def _stamp(line: str) -> _Stamp | None:
    """The metadata a header or footer line holds, or None if it is not one. A keyword
    with a colon and some digits marks metadata even when the date cannot be read
    ("Updated: 2 hours ago"); otherwise the line must hold a date, so "Published reports
    say ..." and "Update: talks resumed" stay in the story."""
    if _ISO_LINE.fullmatch(line):
        return _Stamp(find_date(line), updated=False)
    found = _STAMP_LINE.fullmatch(line)
    if not found:
        return None
    date = find_date(found.group("rest"))
    if date is None and not (found.group("colon") and _DIGIT.search(found.group("rest"))):
        return None
    return _Stamp(date, updated="updat" in found.group("kind").lower())


def _best(stamps: list[_Stamp]) -> dt.date | None:
    """The first publication date, else the first update date."""
    for updated in (False, True):
        for s in stamps:
            if s.date is not None and s.updated == updated:
                return s.date
    return None


def _skip_blank(text: str, i: int) -> int:
    while i < len(text) and _blank(text[i]):
        i += 1
    return i


def _line_end(text: str, start: int) -> int | None:
    """End of the line starting at ``start``, or None if longer than a metadata line."""
    limit = min(len(text), start + _MAX_META_LINE + 1)
    for i in range(start, limit):
        if text[i] in _BREAKS:
            return i
    return limit if limit == len(text) else None


def _header(text: str) -> tuple[int, list[_Stamp]]:
    """Where the body starts after leading metadata lines, and the dates they give."""
    stamps: list[_Stamp] = []
    pos = _skip_blank(text, 0)
    for _ in range(_MAX_META_LINES):
        date_line = _DATE_LINE.match(text, pos)
        if date_line:  # "date 2020-03-13", perhaps with the story on the same line
            stamps.append(_Stamp(find_date(date_line.group("date")), updated=False))
            pos = _skip_blank(text, date_line.end())
            continue
        end = _line_end(text, pos)
        if end is None:
            break
        stamp = _stamp(text[pos:end].strip(_HSPACE))
        if stamp is None:
            break
        stamps.append(stamp)
        pos = _skip_blank(text, end)
    return pos, stamps


def _footer(text: str, lo: int) -> tuple[int, list[_Stamp]]:
    """Where the body ends before trailing metadata lines (dates, credits, boilerplate)
    at or after ``lo``, and the dates they give, in article order."""
    body_end = len(text)
    stamps: list[_Stamp] = []
    for _ in range(_MAX_META_LINES):
        end = body_end
        while end > lo and _blank(text[end - 1]):
            end -= 1
        window = max(lo, end - _MAX_META_LINE)
        start = max(text.rfind(b, window, end) for b in _BREAKS) + 1
        if start == 0:  # no line break in reach
            if window > lo:
                break  # a line longer than any metadata line
            start = lo
        line = text[start:end].strip(_HSPACE)
        if not line:
            break
        stamp = _stamp(line)
        if stamp is None and not _CREDIT_LINE.fullmatch(line):
            break
        if stamp is not None:
            stamps.insert(0, stamp)
        body_end = start
    return body_end, stamps


def news_dateline(text: str, pos: int, end: int) -> tuple[tuple[int, int], str | None] | None:
    """The dateline opening the body at ``pos`` (its span) and the date text it holds."""
    window = text[pos : min(end, pos + _MAX_META_LINE)]
    found = _NEWS_DATELINE.match(window)
    if found:
        place = found.group("place")
        capitals = place.upper() == place and sum(c.isalpha() for c in place) >= 2
        # A place in title case needs its agency: "Mexico City (AFP) –", not "Trade talks –".
        agency = found.group("agency")
        titled = place[:1].isupper() and agency is not None and _AGENCY_NAME.fullmatch(agency) is not None
        # With a plain hyphen, only an agency or a date makes it a dateline: "US - China
        # talks" is not one.
        if not (capitals or titled) or (found.group("dash") == "-" and not (agency or found.group("date"))):
            found = None
    found = found or _AGENCY_DATELINE.match(window)
    if not found:
        return None
    start, end = _strip_span(text, pos, pos + found.end())
    date = found.groupdict().get("date")
    return (start, end), date


def _metadata(
    text: str,
) -> tuple[int, int, dt.date | None, PublishedSource, tuple[int, int] | None]:
    """(body_start, body_end, published, its source, the news dateline's span).

    The date a dateline gives wins over a header's: the story was filed that day, so
    "on Wednesday" in it counts from there. A dateline's month and day without a year
    takes the year that puts it nearest a header or footer date; with neither, it
    gives no date (a year is never guessed).
    """
    body_start, head = _header(text)
    body_end, foot = _footer(text, body_start)
    header_date, footer_date = _best(head), _best(foot)
    found = news_dateline(text, body_start, body_end)
    dateline, dateline_date = None, None
    if found:
        dateline, written = found
        parts = month_and_day(written) if written else None
        if written and parts:
            month, day, year = parts
            reference = header_date or footer_date
            if year is not None:
                dateline_date = find_date(written)
            elif reference is not None:
                dateline_date = complete_year(month, day, reference)
    if dateline_date or header_date:
        return body_start, body_end, dateline_date or header_date, "dateline", dateline
    if footer_date:
        return body_start, body_end, footer_date, "footer", dateline
    return body_start, body_end, None, "none", dateline


# --------------------------------------------------------------------------- quotes

# Opening mark -> closing marks it pairs with. Straight and single marks are ambiguous
# (apostrophes, inch signs) and are only accepted at word boundaries, see _opens/_closes.
# Straight and curly double marks get mixed in edited copy ("It is over,” with a straight
# opening mark): each closes the other. Two apostrophes ('') are a double mark, as in
# copy converted from typewriter-style text; a mark may thus be two characters.
_DOUBLE_APOSTROPHE = "''"
_PAIRS: dict[str, tuple[str, ...]] = {
    "“": ("”", '"', "“"),
    "„": ("“", "”"),
    "«": ("»",),
    # German and Swiss-German press turn guillemets inward (»Wir schaffen das«, ›...‹); Swedish,
    # Finnish and Danish copy writes both marks alike (»...» and ”...”). These openers
    # are also closing marks elsewhere, so they open only at a word's start (_REVERSED).
    "»": ("«", "»"),
    "›": ("‹", "›"),
    "”": ("”",),
    "‹": ("›",),
    "「": ("」",),
    "『": ("』",),
    "〝": ("〞", "〟"),
    '"': ('"', "”"),
    "＂": ("＂",),
    "‘": ("’",),
    "‚": ("‘", "’"),
    "'": ("'",),
    _DOUBLE_APOSTROPHE: (_DOUBLE_APOSTROPHE,),
}
# The other kind of double mark, which may open a quote nested in one of these: its
# closing mark then closes the nested quote, not this one ("He said “no” to me").
_NESTED_KIND: dict[str, str] = {"“": '"', '"': "“"}
_AMBIGUOUS = {'"', "＂", "‘", "’", "'", _DOUBLE_APOSTROPHE}
# Marks that close a quote in most languages and open one in some: one opens only
# before a word, after a blank or an opening bracket, and its closing mark must follow
# the quoted text directly, so French "« ... »" and English "“...” he" never pair wrongly.
_REVERSED = {"»", "›", "”"}
_SINGLE = {"‘", "'"}  # also the apostrophe of "’90s" and "'tis": never opens before a digit
# What may stand right before an ambiguous opening mark, besides a blank.
_BEFORE_OPENING = "([{—–―-/:;,"
# A nested quote's closing mark, after which a blank may stand before the outer closing
# mark ("the term 'outreach,' ").
_NESTED_CLOSING = "'’"
# Punctuation that ends a quotation, before its closing mark.
_FINAL = ",.!?…"
_MIN_QUOTE_WORDS = 3  # shorter spans are scare quotes or titles, not direct speech...
# ...unless a verb of speaking stands right next to them: '"Quiet," he demanded',
# '“Judge,” Brafman said', 'she shook her head and said, “No.”', 'a man yelled “Stay there!”'.
_UTTERED = verb_pattern("short")
# After the closing mark: up to four words naming the speaker, then the verb. The quote
# must end with a comma, "!" or "?" (or "." for "?" …): the punctuation a reporting clause follows.
_REPORTED_AFTER = re.compile(rf"[{re.escape(_HSPACE)}]*(?:[\w.’'-]+[{re.escape(_HSPACE)}]+){{0,4}}?(?:{_UTTERED})\b")
# Before the opening mark: the verb, up to two words ("told reporters"), a comma, a colon, or
# the full stop of the sentence before ('he added. "We won."': the quote goes on).
_REPORTED_BEFORE = re.compile(
    rf"\b(?:{_UTTERED})(?:[{re.escape(_HSPACE)}]+[\w’'-]+){{0,2}}?[{re.escape(_HSPACE)}]*[,:.]?[{re.escape(_HSPACE)}]*$"
)
_REPORTED_LOOKBACK = 48
# Another language's verbs of speaking: a pattern matched after a closing mark, one
# searched for before an opening mark (``clauses.speech_cues``).
SpeechCues = tuple[re.Pattern[str], re.Pattern[str]]
# A quote in title case after a possessive, "on" or a noun for a work names
# a work or a programme, it quotes no one: 'said on CNN’s “State of the Union,”', 'the
# podcast “So, That Happened.”' (In a headline everything is in title case: there this
# says nothing, see _is_title.)
_TITLE_SMALL_WORDS = words("TITLE_SMALL_WORDS")
_TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_TITLE_BEFORE = re.compile(
    rf"(?:\w['’]s?|\b(?:on|{pattern('WORK_NOUNS')}))[{re.escape(_HSPACE)}]*$",
    re.IGNORECASE,
)
_TITLE_LOOKBACK = 24
_TITLE_CONTEXT = 200
# Chinese and Japanese are written without spaces; two characters count as one word, so
# 「一国两制」 (a slogan) is not direct speech and 「我们将采取一切必要措施。」 is.
_CJK_CHARS_PER_WORD = 2
_CJK = re.compile("[\u3040-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
# Ideographic punctuation and full-width forms of ASCII punctuation: not words.
_CJK_PUNCTUATION = re.compile("[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u30fb]+")
_PARAGRAPH_BREAK = re.compile(rf"{_H}*{_BR}{_H}*(?:{_BR}{_H}*)*")
# The same, for scanning: starting only where a run of blanks starts keeps a long run of
# spaces without a newline linear rather than quadratic. Finds the same breaks.
_PARAGRAPH_BREAK_SCAN = first_filtered(re.compile(rf"(?<!{_H})" + _PARAGRAPH_BREAK.pattern))


# Scanning jumps from one character that matters to the next: an opening mark, or inside
# a quote a line break, a closing mark or the same opening mark again. Everything else
# would be stepped over one character at a time.
_ANY_OPENER = re.compile("[" + re.escape("".join(_PAIRS)) + "]")
_INSIDE_STOPS: dict[str, re.Pattern[str]] = {
    opener: re.compile("[" + re.escape(_BREAKS + "".join(closers) + opener + _NESTED_KIND.get(opener, "")) + "]")
    for opener, closers in _PAIRS.items()
}


def _mark_at(text: str, i: int, marks: tuple[str, ...] | dict[str, tuple[str, ...]]) -> str | None:
    """The mark among ``marks`` written at ``text[i]``; two apostrophes win over one."""
    if text.startswith(_DOUBLE_APOSTROPHE, i) and _DOUBLE_APOSTROPHE in marks:
        return _DOUBLE_APOSTROPHE
    return text[i] if text[i] in marks else None


def _opens(text: str, i: int, reversed_marks: bool = True) -> str | None:
    """The opening mark at ``text[i]``, or None if none opens a quote there.
    ``reversed_marks``: whether a _REVERSED mark may open one."""
    mark = _mark_at(text, i, _PAIRS)
    if mark is None:
        return None
    after = i + len(mark)
    if after >= len(text):
        return None
    if mark in _REVERSED:
        if not reversed_marks:
            return None
        prev = text[i - 1] if i > 0 else " "
        nxt = text[after]
        if not (_blank(prev) or prev in _BEFORE_OPENING) or not (nxt.isalnum() or nxt in "¿¡…"):
            return None
    if mark in _AMBIGUOUS:
        nxt = text[after]
        if _blank(nxt) or (mark in _SINGLE and nxt.isdigit()):
            return None
        prev = text[i - 1] if i > 0 else " "
        if not (_blank(prev) or prev in _BEFORE_OPENING):
            return None
    return mark


def _closes(text: str, i: int, closers: tuple[str, ...], start: int, strict: bool = False) -> str | None:
    """The closing mark among ``closers`` at ``text[i]`` of a quote whose text starts at ``start``.

    An ambiguous mark closes right after the quoted text and before no letter or digit.
    After a blank it closes only after a nested quote's closing mark ("the term
    'outreach,' ") or when it stands alone after the quote's final punctuation ("we
    did, '' he said"). An opening curly mark closes its own kind in the same places
    (a typing slip: "the real problems for her,“ said"). ``strict``: every mark closing a
    quote that a _REVERSED mark opened is read so.
    """
    mark = _mark_at(text, i, closers)
    if mark is None:
        return None
    if mark in _AMBIGUOUS or mark == "“" or strict:
        after = i + len(mark)
        nxt = text[after] if after < len(text) else " "
        if nxt.isalnum():
            return None
        k = i
        while k > start and text[k - 1] in _HSPACE:
            k -= 1
        if k == i:
            if _blank(text[i - 1]):
                return None  # a line break before it
        elif not (k > start and (text[k - 1] in _NESTED_CLOSING or (text[k - 1] in _FINAL and _blank(nxt)))):
            return None
    return mark


def _words(inner: str) -> float:
    """How many words a quote holds, counting CJK characters by _CJK_CHARS_PER_WORD."""
    cjk = len(_CJK.findall(inner))
    rest = _CJK_PUNCTUATION.sub(" ", _CJK.sub(" ", inner)).replace("\u200b", " ")
    return len(rest.split()) + cjk / _CJK_CHARS_PER_WORD


def _reported(
    text: str, quote: tuple[int, int, int, int], start: int, end: int, speech: SpeechCues | None = None
) -> bool:
    """Whether a verb of speaking stands right before or after a short quote (English
    verbs, or the ``speech`` cues of another language)."""
    open_mark, _, inner_end, close_end = quote
    if speech is not None:
        after, before = speech
        if after.match(text, close_end, end):
            return True
        return before.search(text, max(start, open_mark - _REPORTED_LOOKBACK), open_mark) is not None
    if text[inner_end - 1] in ",!?" and _REPORTED_AFTER.match(text, close_end, end):
        return True
    return _REPORTED_BEFORE.search(text, max(start, open_mark - _REPORTED_LOOKBACK), open_mark) is not None


def _title_case(words: list[str]) -> bool:
    return bool(words) and words[0][0].isupper() and all(w[0].isupper() or w in _TITLE_SMALL_WORDS for w in words)


def _is_title(text: str, quote: tuple[int, int, int, int], start: int, end: int) -> bool:
    """Whether a quote (open_mark, inner_start, inner_end, close_end) names a work or a
    programme (see _TITLE_BEFORE), in a line that is not itself in title case (a headline)."""
    open_mark, inner_start, inner_end, close_end = quote
    if not _title_case(_TITLE_WORD.findall(text, inner_start, inner_end)):
        return False
    if _TITLE_BEFORE.search(text, max(start, open_mark - _TITLE_LOOKBACK), open_mark) is None:
        return False
    # The line around it, as far as _TITLE_CONTEXT reaches (a bound keeps a huge line of
    # quotes linear).
    lo, hi = max(start, open_mark - _TITLE_CONTEXT), min(end, close_end + _TITLE_CONTEXT)
    line_start = max([lo] + [text.rfind(b, lo, open_mark) + 1 for b in _BREAKS])
    line_end = min([hi] + [k for b in _BREAKS if (k := text.find(b, close_end, hi)) >= 0])
    around = _TITLE_WORD.findall(text, line_start, open_mark) + _TITLE_WORD.findall(text, close_end, line_end)
    return len(around) < 2 or not _title_case(around)


def find_quotes(
    text: str,
    start: int = 0,
    end: int | None = None,
    speech: SpeechCues | None = None,
    *,
    reversed_marks: bool = False,
) -> list[tuple[int, int, int, int]]:
    """Paired quote spans in ``text[start:end]`` as (open_mark, inner_start, inner_end, close_mark).

    A quote runs on across a paragraph break only when the next paragraph reopens
    with the same mark, the convention for multi-paragraph quotes. An opening mark
    that is not closed before the paragraph ends, or before the same mark opens again,
    is a stray mark, not a quote. A quote nested in another (“He said ‘no’ to us”) is
    part of the outer one. Spans shorter than _MIN_QUOTE_WORDS are scare quotes.
    ``reversed_marks``: »...«, ›...‹ and ”...” are quotes too (German, Nordic copy); English
    copy writes them only by mistake, and its rules were measured without them.
    """
    end = len(text) if end is None else end
    found: list[tuple[int, int, int, int]] = []
    # Where the last unclosed opener of each kind stopped scanning. A later opener of
    # the same kind before that point would scan the same characters and fail the same
    # way; skipping it keeps a run of unbalanced marks linear rather than quadratic.
    dead_until: dict[str, int] = {}
    i = start
    while i < end:
        found_mark = _ANY_OPENER.search(text, i, end)
        if found_mark is None:
            break
        i = found_mark.start()
        opener = _opens(text, i, reversed_marks)
        if opener is None or i < dead_until.get(opener, -1):
            i += 1
            continue
        closers = _PAIRS[opener]
        stops = _INSIDE_STOPS[opener]
        inside = i + len(opener)
        j = inside
        close, close_end = -1, -1
        reopened = -1
        nested = _NESTED_KIND.get(opener)
        depth = 0  # quotes of the nested kind open inside this one
        while j < end:
            stop = stops.search(text, j, end)
            if stop is None:
                j = end
                break
            j = stop.start()
            brk = _PARAGRAPH_BREAK.match(text, j, end) if text[j] in _BREAKS else None
            if brk:
                k = brk.end()
                if k < end and _opens(text, k) == opener:
                    j = k + len(opener)
                    continue
                break
            closer = _closes(text, j, closers, inside, opener in _REVERSED)
            if nested is not None and closer is not None and depth and closer in _PAIRS[nested]:
                depth -= 1
                j += len(closer)
                continue
            if nested is not None and _opens(text, j) == nested:
                depth += 1
                j += len(nested)
                continue
            if closer is not None and j + len(closer) <= end:
                close, close_end = j, j + len(closer)
                break
            if _opens(text, j) == opener:
                reopened = j
                break
            j += 1
        if close < 0:
            if reopened >= 0:
                i = reopened  # the earlier mark was a stray one: start again from this one
            else:
                dead_until[opener] = j
                i += 1  # unbalanced mark: not a quote, keep scanning after it
            continue
        inner_start, inner_end = _strip_span(text, inside, close)
        words = _words(text[inner_start:inner_end])
        quote = (i, inner_start, inner_end, close_end)
        if (words >= _MIN_QUOTE_WORDS or (words >= 1 and _reported(text, quote, start, end, speech))) and not _is_title(
            text, quote, start, end
        ):
            found.append((i, inner_start, inner_end, close_end - 1))
        i = close_end
    return found


# The dialogue dash of Spanish, Portuguese and Italian copy (French too has it): a
# paragraph opens with a dash and the words spoken, and the narrator's clause follows a
# second dash ("—No tenemos miedo —dijo el alcalde—."). Only a paragraph's opening dash
# starts one, and only a dash before a verb of speaking of the article's language ends it:
# it is read in the languages with reporting verbs (``speech``), never in English.
_DIALOGUE_DASHES = "—–―"
_DIALOGUE_OPENING = re.compile(rf"[{_DIALOGUE_DASHES}]{_H}?(?=[^\W_]|[¿¡…])")
_DIALOGUE_CLOSING = first_filtered(re.compile(rf"(?<=[^\s{_DIALOGUE_DASHES}]){_H}*[{_DIALOGUE_DASHES}]"))


def dialogue_quotes(text: str, start: int, end: int, speech: SpeechCues) -> list[tuple[int, int, int, int]]:
    """The quotes of ``text[start:end]`` in dialogue-dash style, as (open_mark,
    inner_start, inner_end, close_mark), close_mark the dash before the narrator's
    clause. A dash line with no verb of speaking after a dash is left alone."""
    said = speech[0]
    found: list[tuple[int, int, int, int]] = []
    for paragraph in re.finditer(rf"[^{_BREAKS}]+", text[:end]):
        p_start, p_end = _strip_span(text, max(start, paragraph.start()), paragraph.end())
        opening = _DIALOGUE_OPENING.match(text, p_start, p_end)
        if opening is None:
            continue
        for closing in _DIALOGUE_CLOSING.finditer(text, opening.end(), p_end):
            dash = closing.end() - 1
            if said.match(text, dash, p_end):
                inner_start, inner_end = _strip_span(text, opening.end(), closing.start())
                found.append((p_start, inner_start, inner_end, dash))
                break
    return found


# --------------------------------------------------------------------------- sentences

# "3 p.m. Tuesday", "10 a.m. ET": a clock time's abbreviation ends no sentence before a
# weekday, a month or a time zone; before anything else it may ("… at 3 p.m. The crowd").
_CLOCK = words("CLOCK_ABBREVIATIONS")
_AFTER_CLOCK = first_filtered(
    re.compile(
        alternation(capitalised(words("WEEKDAYS") | words("WEEKDAY_ABBREVIATIONS")))
        + r"\b|"
        + alternation(capitalised(words("MONTH_ABBREVIATIONS")))
        + r"[a-z]*\b|"
        + alternation(w.upper() for w in words("TIME_ZONES"))
        + r"\b"
    )
)


_LAST_WORD = re.compile(r"([\w.]+?)\.*$")
_DIGIT = re.compile(r"\d")


def ends_abbreviation(text: str, dot: int, start: int = 0) -> bool:
    """Whether the full stop at ``text[dot]`` ends an abbreviation or an initial
    ("Prof.", "approx.", "U.S.", "John F. Kennedy") rather than a sentence or a word.
    ``start``: where the text may be read from (the sentence's start)."""
    word = _LAST_WORD.search(text[max(start, dot - _WORD_BEFORE) : dot])
    if not word:
        return False
    found = word.group(1).lower().strip(".")
    if found in ABBREVIATIONS:
        return True
    if found in _CLOCK:
        return _AFTER_CLOCK.match(text, _skip_blank(text, dot + 1)) is not None
    # An initial, as in "John F. Kennedy".
    return len(word.group(1)) == 1 and word.group(1).isupper()


# A candidate end of sentence: terminal punctuation, closing marks, then whitespace; or
# a CJK full stop, exclamation or question mark, closing marks and any whitespace (CJK
# text has no space after a sentence). Matching starts only at the first mark of a run,
# so a long run of periods is linear rather than quadratic. Whether the next sentence
# starts there is decided in code (_starts_sentence), which needs no backtracking.
_SENTENCE_END = first_filtered(
    re.compile(
        rf"(?<![.!?…])[.!?…]+[{re.escape(CLOSING_MARKS)}]*\s+"
        rf"|(?P<cjk>(?<![。！？])[。！？]+[{re.escape(CLOSING_MARKS)}]*\s*)"
    )
)
# Enough of the text before a period to see the word it ends (abbreviations are short).
_WORD_BEFORE = 64
# How far past opening marks and blanks to look for a sentence's first letter.
_LOOK_AHEAD = 6
_HIRAGANA = re.compile("[\u3040-\u309f]")


def _starts_sentence(text: str, i: int, end: int) -> bool:
    """Whether a sentence can start at ``i``: a capital, a digit or a letter of a script
    without case (Arabic, Chinese, ...), perhaps after an opening mark and blanks."""
    for k in range(i, min(end, i + _LOOK_AHEAD)):
        ch = text[k]
        if ch in OPENING_MARKS or ch in _REVERSED or _blank(ch) or unicodedata.category(ch) == "Cf":
            continue  # Cf: direction marks and overrides before right-to-left text
        return ch.isdigit() or (ch.isalpha() and not ch.islower())
    return False


def _ends_sentence(text: str, m: re.Match[str], cur: int, p_end: int, protected: list[tuple[int, int]]) -> bool:
    """Whether the candidate end ``m`` (in the paragraph ending at ``p_end``, in the
    sentence starting at ``cur``) ends a sentence."""
    cut = m.end()
    # Protected spans are in order and do not overlap: bisect for the one that could
    # hold the mark.
    inside = bisect.bisect_left(protected, (m.start(),)) - 1
    if inside >= 0 and m.start() < protected[inside][1]:
        close = protected[inside][1]
        return bool(m.group("cjk")) and close < cut < p_end and not _HIRAGANA.match(text, cut)
    if m.group("cjk"):
        return True
    if not _starts_sentence(text, cut, p_end):
        return False
    return not (text[m.start()] == "." and ends_abbreviation(text, m.start(), cur))


def _split_sentences(text: str, start: int, end: int, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``: paragraph breaks always split; terminal
    punctuation (``. ! ? …``, and CJK ``。！？``) splits unless it ends a known
    abbreviation or an initial, or falls inside a quote (so a quoted passage stays in
    one sentence with its reporting clause). ``protected`` spans (quote
    marks, the dateline) are in order and do not overlap.

    A CJK quote that ends its own sentence (「……。」) ends the sentence with it unless a
    Japanese particle follows (「……。」と述べた: the reporting clause).
    """
    spans: list[tuple[int, int]] = []
    # Scanned on a slice so that the look-behind cannot see blanks before ``start``.
    breaks = [(start + m.start(), start + m.end()) for m in _PARAGRAPH_BREAK_SCAN.finditer(text[start:end])]
    bounds = [(start, breaks[0][0])] if breaks else [(start, end)]
    for a, b in zip(breaks, breaks[1:] + [None], strict=False):  # no breaks: nothing to pair
        bounds.append((a[1], b[0] if b else end))
    for p_start, p_end in bounds:
        cur = p_start
        for m in _SENTENCE_END.finditer(text, p_start, p_end):
            if _ends_sentence(text, m, cur, p_end, protected):
                spans.append((cur, m.end()))
                cur = m.end()
        spans.append((cur, p_end))
    out = []
    for s, e in spans:
        s, e = _strip_span(text, s, e)
        if e > s:
            out.append((s, e))
    return out


_SURROGATE = re.compile("[\ud800-\udfff]")


def prepare(
    text: str, *, published: dt.date | None = None, speech: SpeechCues | None = None, english: bool = True
) -> PreparedArticle:
    """Find the metadata, sentences and direct-quote candidates of ``text``.

    ``speech``: the verbs of speaking of the article's language, if not English (a short
    quote next to one is a quote, not a scare quote): a pattern matched after the closing
    mark and one searched for before the opening mark. ``english``: whether the article
    is in English, whose copy has no »...« or ”...” quotes (``find_quotes``).

    Raises InvalidArticleError when ``text`` holds a lone surrogate, which is not
    Unicode text and could not be sent to any model.
    """
    surrogate = _SURROGATE.search(text)
    if surrogate:
        raise InvalidArticleError(
            f"the article contains a lone surrogate (U+{ord(surrogate.group(0)):04X}) at character "
            f"{surrogate.start()}, which is not valid Unicode text; decode the source with "
            "errors='replace' or fix it"
        )
    body_start, body_end, found_date, source, dateline = _metadata(text)
    if published is not None:
        found_date, source = published, "argument"
    raw_quotes = find_quotes(text, body_start, body_end, speech, reversed_marks=not english)
    if speech is not None:
        dashed = dialogue_quotes(text, body_start, body_end, speech)
        raw_quotes = sorted(
            raw_quotes + [d for d in dashed if not any(q[0] <= d[3] and d[0] <= q[3] for q in raw_quotes)]
        )
    quotes = tuple(
        QuoteCandidate(
            id=f"Q{n}",
            start=s,
            end=e,
            text=text[s:e],
            open_mark=o,
            close_mark=c,
        )
        for n, (o, s, e, c) in enumerate(raw_quotes, start=1)
    )
    # Periods inside quotes do not end sentences, nor does the dateline's
    # ("WASHINGTON, D.C. (AP) —"). The dateline starts the body, so the list is in order.
    protected: list[tuple[int, int]] = []
    for a, b in [*([dateline] if dateline else []), *((q.open_mark, q.close_mark) for q in quotes)]:
        if protected and a <= protected[-1][1]:
            protected[-1] = (protected[-1][0], max(b, protected[-1][1]))
        else:
            protected.append((a, b))
    spans = _split_sentences(text, body_start, body_end, protected)
    sentences = tuple(
        Sentence(id=f"S{n}", start=s, end=e, text=text[s:e], kind=kind)
        for n, ((s, e), kind) in enumerate(zip(spans, kinds(text, spans, dateline, english=english), strict=True), 1)
    )
    return PreparedArticle(
        text=text,
        body_start=body_start,
        body_end=body_end,
        published=found_date,
        published_source=source,
        sentences=sentences,
        quotes=quotes,
        dateline=dateline,
    )
