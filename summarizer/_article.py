"""Deterministic preparation of an article: metadata, sentences and quote candidates.

Nothing here calls a model. All offsets index the article string exactly as given;
nothing is rewritten, so slicing the original always gives back the text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from ._dates import parse_date
from ._errors import InvalidArticleError

PublishedSource = Literal["argument", "dateline", "footer", "metadata", "none"]


@dataclass(frozen=True)
class Sentence:
    id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class QuoteCandidate:
    """A span between paired quote marks. ``start``/``end`` exclude the marks."""

    id: str
    start: int
    end: int
    text: str
    open_mark: int
    close_mark: int  # index of the closing mark; the quote ends at close_mark + 1


@dataclass(frozen=True)
class PreparedArticle:
    text: str
    body_start: int
    body_end: int
    published: dt.date | None
    published_source: PublishedSource
    sentences: tuple[Sentence, ...]
    quotes: tuple[QuoteCandidate, ...]

    def sentence(self, sid: str) -> Sentence:
        # IDs are S1..Sn in order, so the index is the number.
        return self.sentences[int(sid[1:]) - 1]

    def sentence_at(self, offset: int) -> Sentence | None:
        # Sentences are in order and do not overlap: only the last one starting at or
        # before the offset can hold it.
        at = bisect.bisect_right(self.sentences, offset, key=lambda s: s.start) - 1
        if at >= 0 and offset < self.sentences[at].end:
            return self.sentences[at]
        return None


# A leading metadata line such as the seed's "date 2020-03-13".
_DATELINE = re.compile(r"\A\s*date\s*:?\s*(?P<date>\d{4}-\d{2}-\d{2})\b[ \t]*", re.IGNORECASE)
# A trailing footer such as "Last Update: Friday, 13 March 2020 KSA 02:15 - GMT 23:15".
_FOOTER = re.compile(
    r"(?:^|\n)[ \t]*(?:last\s+update[d]?|published|updated)\s*:\s*(?P<rest>[^\n]*)\s*\Z",
    re.IGNORECASE,
)
_FOOTER_DATE = re.compile(
    r"\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Za-z]+\s+\d{4}|[A-Za-z]+\s+\d{1,2},\s+\d{4}"
)


def _metadata(text: str) -> tuple[int, int, dt.date | None, PublishedSource]:
    body_start, body_end = 0, len(text)
    published: dt.date | None = None
    source: PublishedSource = "none"
    footer = _FOOTER.search(text)
    if footer:
        body_end = footer.start()
        found = _FOOTER_DATE.search(footer.group("rest"))
        if found:
            published = parse_date(found.group(0))
            source = "footer" if published else "none"
    dateline = _DATELINE.match(text)
    if dateline:
        body_start = dateline.end()
        date = parse_date(dateline.group("date"))
        if date:
            published, source = date, "dateline"
    return body_start, body_end, published, source


# Opening mark -> closing marks it pairs with. Straight and single marks are ambiguous
# (apostrophes, inch signs) and are only accepted at word boundaries, see _opens/_closes.
_PAIRS: dict[str, str] = {
    "“": "”",
    "„": "“”",
    "«": "»",
    "‹": "›",
    "「": "」",
    "『": "』",
    '"': '"',
    "‘": "’",
    "‚": "‘’",
}
_AMBIGUOUS = {'"', "‘", "’", "'"}
_MIN_QUOTE_WORDS = 3  # shorter spans are scare quotes or titles, not direct speech
_PARAGRAPH_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*(?:\r?\n[ \t]*)*")
# The same, for scanning: starting only where a run of blanks starts keeps a long run of
# spaces without a newline linear rather than quadratic. Finds the same breaks.
_PARAGRAPH_BREAK_SCAN = re.compile(r"(?<![ \t])" + _PARAGRAPH_BREAK.pattern)


def _opens(text: str, i: int) -> bool:
    mark = text[i]
    if mark not in _PAIRS:
        return False
    if i + 1 >= len(text):
        return False
    if mark in _AMBIGUOUS:
        if text[i + 1].isspace():
            return False
        prev = text[i - 1] if i > 0 else " "
        return prev.isspace() or prev in "([{—–-:;,"
    return True


def _closes(text: str, i: int, closers: str) -> bool:
    mark = text[i]
    if mark not in closers:
        return False
    if mark in _AMBIGUOUS or mark == "’":
        if text[i - 1].isspace():
            return False
        nxt = text[i + 1] if i + 1 < len(text) else " "
        return not nxt.isalnum()
    return True


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int, int]]:
    """Paired quote spans in ``text[start:end]`` as (open_mark, inner_start, inner_end, close_mark).

    A quote runs on across a paragraph break only when the next paragraph reopens
    with the same mark, the convention for multi-paragraph quotes.
    """
    end = len(text) if end is None else end
    found: list[tuple[int, int, int, int]] = []
    # Where the last unclosed opener of each kind stopped scanning. A later opener of
    # the same kind before that point would scan the same characters and fail the same
    # way; skipping it keeps a run of unbalanced marks linear rather than quadratic.
    dead_until: dict[str, int] = {}
    i = start
    while i < end:
        if not _opens(text, i) or i < dead_until.get(text[i], -1):
            i += 1
            continue
        opener, closers = text[i], _PAIRS[text[i]]
        j = i + 1
        close = -1
        while j < end:
            brk = _PARAGRAPH_BREAK.match(text, j) if text[j] in "\r\n" else None
            if brk:
                k = brk.end()
                if k < end and text[k] == opener:
                    j = k + 1
                    continue
                break
            if _closes(text, j, closers):
                close = j
                break
            j += 1
        if close < 0:
            dead_until[opener] = j
            i += 1  # unbalanced mark: not a quote, keep scanning after it
            continue
        inner_start, inner_end = i + 1, close
        while inner_start < inner_end and text[inner_start].isspace():
            inner_start += 1
        while inner_end > inner_start and text[inner_end - 1].isspace():
            inner_end -= 1
        if len(text[inner_start:inner_end].split()) >= _MIN_QUOTE_WORDS:
            found.append((i, inner_start, inner_end, close))
        i = close + 1
    return found


_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "rep", "sen", "gov",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "vs", "inc", "corp", "ltd", "jr", "sr", "u.s", "u.k", "u.n", "e.g", "i.e",
}
# End of sentence: terminal punctuation, optional closing marks, whitespace, then a
# capital, digit or opening mark. Matching starts only at the first mark of a run, so
# a long run of periods is linear rather than quadratic.
_SENTENCE_END = re.compile(r"(?<![.!?])[.!?]+[\"”’»)\]]*\s+(?=[\"“‘«(\[]?[A-Z0-9])")
# Enough of the text before a period to see the word it ends (abbreviations are short).
_WORD_BEFORE = 64


def _split_sentences(
    text: str, start: int, end: int, protected: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``: paragraph breaks always split; periods
    split unless they end a known abbreviation or fall inside a quote (so a quoted
    passage stays in one sentence with its reporting clause)."""
    spans: list[tuple[int, int]] = []
    para_start = start
    # Scanned on a slice so that the look-behind cannot see blanks before ``start``.
    breaks = [
        (start + m.start(), start + m.end())
        for m in _PARAGRAPH_BREAK_SCAN.finditer(text[start:end])
        if "\n" in m.group(0)
    ]
    bounds = [(para_start, breaks[0][0])] if breaks else [(start, end)]
    for a, b in zip(breaks, breaks[1:] + [None]):
        bounds.append((a[1], b[0] if b else end))
    # Quotes are in order and do not overlap: bisect for the one that could hold a period.
    opens = [q0 for q0, _ in protected]
    for p_start, p_end in bounds:
        cur = p_start
        for m in _SENTENCE_END.finditer(text, p_start, p_end):
            cut = m.end()
            inside = bisect.bisect_left(opens, m.start()) - 1
            if inside >= 0 and m.start() < protected[inside][1]:
                continue
            word = re.search(r"([\w.]+)[.]+$", text[max(cur, m.start() - _WORD_BEFORE) : m.start() + 1])
            if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
                continue
            if word and len(word.group(1)) == 1 and word.group(1).isupper():
                continue  # an initial, as in "John F. Kennedy"
            spans.append((cur, cut))
            cur = cut
        spans.append((cur, p_end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


_SURROGATE = re.compile("[\ud800-\udfff]")


def prepare(text: str, *, published: dt.date | None = None) -> PreparedArticle:
    """Find the metadata, sentences and direct-quote candidates of ``text``.

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
    body_start, body_end, found_date, source = _metadata(text)
    if published is not None:
        found_date, source = published, "argument"
    raw_quotes = find_quotes(text, body_start, body_end)
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
    protected = [(q.open_mark, q.close_mark) for q in quotes]
    sentences = tuple(
        Sentence(id=f"S{n}", start=s, end=e, text=text[s:e])
        for n, (s, e) in enumerate(_split_sentences(text, body_start, body_end, protected), 1)
    )
    return PreparedArticle(
        text=text,
        body_start=body_start,
        body_end=body_end,
        published=found_date,
        published_source=source,
        sentences=sentences,
        quotes=quotes,
    )
