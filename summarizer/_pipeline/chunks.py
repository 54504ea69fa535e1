"""Long articles: splitting into parts that fit the model, and merging the answers.

Parts are runs of whole sentences (so paragraph and sentence boundaries are
respected) that overlap by a sentence or two, so an event told across a boundary
is seen whole by one part. Sentence and quote IDs stay those of the whole article,
so every offset a part's answer gives already refers to the original text and
nothing has to be mapped back. Quotes and their speakers are found over the whole
article before any call, so they cannot be duplicated by the overlap; events and
claims from different parts are merged when they share evidence or say the same.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from rapidfuzz import fuzz

from .._text.article import PreparedArticle, QuoteCandidate, Sentence
from ..models import Claim, Event, Span

# Two parts' events or claims "say the same" at this token-set similarity.
SAME_THING = 90.0
MAX_OVERLAP_SENTENCES = 2


@dataclass(frozen=True)
class Part:
    """A run of whole sentences of the article, and the quotes that start in it."""

    number: int  # 1-based
    sentences: tuple[Sentence, ...]
    quotes: tuple[QuoteCandidate, ...]

    @property
    def start(self) -> int:
        return self.sentences[0].start

    @property
    def end(self) -> int:
        return self.sentences[-1].end

    @property
    def sentence_ids(self) -> list[str]:
        return [s.id for s in self.sentences]


def split(article: PreparedArticle, budget_chars: int) -> list[Part]:
    """The article's sentences in parts of at most ``budget_chars`` characters
    (a single longer sentence is a part of its own), consecutive parts sharing up
    to two sentences."""
    sentences = article.sentences
    runs: list[tuple[int, int]] = []  # [first, last) sentence indexes
    first = 0
    while first < len(sentences):
        last, size = first, 0
        while last < len(sentences):
            length = sentences[last].end - sentences[last].start + 1
            if last > first and size + length > budget_chars:
                break
            size += length
            last += 1
        runs.append((first, last))
        if last >= len(sentences):
            break
        overlap = min(MAX_OVERLAP_SENTENCES, (last - first) // 3)
        first = max(first + 1, last - overlap)
    return [_part(article, n, a, b) for n, (a, b) in enumerate(runs, start=1)]


def whole(article: PreparedArticle) -> Part:
    return _part(article, 1, 0, len(article.sentences))


def _part(article: PreparedArticle, number: int, first: int, last: int) -> Part:
    sentences = article.sentences[first:last]
    start, end = sentences[0].start, sentences[-1].end
    quotes = tuple(q for q in article.quotes if start <= q.open_mark < end)
    return Part(number=number, sentences=sentences, quotes=quotes)


def halves(article: PreparedArticle, part: Part) -> list[Part]:
    """``part`` split in two, for a part whose prompt turned out too large."""
    first = article.sentences.index(part.sentences[0])
    middle = first + len(part.sentences) // 2
    return [
        _part(article, part.number, first, middle),
        _part(article, part.number, middle, first + len(part.sentences)),
    ]


T = TypeVar("T", Event, Claim)


def _evidence(item: Event | Claim) -> set[tuple[int, int]]:
    return {(e.start, e.end) for e in item.evidence}


def _union_evidence(kept: T, other: T) -> list[Span]:
    evidence = {(e.start, e.end): e for e in [*kept.evidence, *other.evidence]}
    return [evidence[k] for k in sorted(evidence)]


def _same(a: str, b: str) -> bool:
    return fuzz.token_set_ratio(a.casefold(), b.casefold()) >= SAME_THING


def _merge(parts: list[list[T]], same: Callable[[T, T], bool], combine: Callable[[T, T], T]) -> list[T]:
    """Items of all parts, an item merged into an earlier one of a *different* part
    when ``same`` says they are one (within one part, two items stay two)."""
    merged: list[tuple[int, T]] = []
    for number, items in enumerate(parts):
        for item in items:
            for i, (seen_in, kept) in enumerate(merged):
                if seen_in != number and same(kept, item):
                    merged[i] = (seen_in, combine(kept, item))
                    break
            else:
                merged.append((number, item))
    return [item for _, item in merged]


def merge_events(parts: list[list[Event]]) -> list[Event]:
    """Events of all parts, those of different parts that share an evidence
    sentence or say the same thing merged into one (the first part's wording,
    the union of the evidence, arguments filled in from the later one)."""
    return _merge(
        parts,
        lambda kept, other: bool(_evidence(kept) & _evidence(other)) or _same(kept.what, other.what),
        lambda kept, other: kept.model_copy(
            update={
                "who": kept.who or other.who,
                "whom": kept.whom or other.whom,
                "where": kept.where or other.where,
                "when": kept.when or other.when,
                "evidence": _union_evidence(kept, other),
            }
        ),
    )
