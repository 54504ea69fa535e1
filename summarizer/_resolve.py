"""Turning the model's validated answer into the public result.

IDs become verbatim text and offsets in the original article, free-text phrases
become the article's own wording at the place they align, and relative dates are
resolved against the publication date. A quote is always ``article[start:end]``.
"""

from __future__ import annotations

from typing import Any, Literal

from . import _dates
from ._answer import UNKNOWN_SPEAKER
from ._article import PreparedArticle
from ._attribution import Attribution, canonical_speaker
from ._grounding import align
from .models import Claim, Event, Quote, Span, When


def _exact(text: str, bounds: tuple[int, int]) -> Span:
    start, end = bounds
    return Span(text=text[start:end], start=start, end=end)


def _span(text: str, bounds: tuple[int, int] | None) -> Span | None:
    return None if bounds is None else _exact(text, bounds)


def quotes(
    article: PreparedArticle, attributions: list[Attribution], model_speakers: dict[str, str]
) -> list[Quote]:
    text = article.text
    out = []
    for candidate, attribution in zip(article.quotes, attributions, strict=True):
        speaker = attribution.speaker
        source: Literal["reporting_clause", "model", "unattributed"] = (
            "reporting_clause" if speaker else "unattributed"
        )
        chosen = model_speakers.get(candidate.id)
        if speaker is None and chosen and chosen != UNKNOWN_SPEAKER:
            speaker = canonical_speaker(text, chosen)
            source = "model"
        out.append(
            Quote(
                text=text[candidate.start : candidate.end],
                start=candidate.start,
                end=candidate.end,
                speaker=speaker.name if speaker else None,
                speaker_mention=_span(text, attribution.mention),
                speaker_role=speaker.role if speaker else None,
                cue=_span(text, attribution.cue),
                attribution=source,
            )
        )
    return out


def _windows(article: PreparedArticle, ids: list[str]) -> list[tuple[int, int]]:
    return [(article.sentence(i).start, article.sentence(i).end) for i in ids]


def _aligned(article: PreparedArticle, phrase: str | None, windows: list[tuple[int, int]]) -> Span | None:
    if not phrase:
        return None
    return _span(article.text, align(article.text, phrase, windows))


def _when(article: PreparedArticle, phrase: str | None, windows: list[tuple[int, int]]) -> When | None:
    span = _aligned(article, phrase, windows)
    if span is None:
        return None
    date = _dates.resolve(span.text, article.published)
    return When(
        text=span.text,
        start=span.start,
        end=span.end,
        date=date,
        resolution="resolved" if date else "unresolved",
    )


def events(article: PreparedArticle, answers: list[Any]) -> list[Event]:
    out = []
    for a in answers:
        windows = _windows(article, list(a.evidence))
        out.append(
            Event(
                what=a.what,
                who=_aligned(article, a.who, windows),
                whom=_aligned(article, a.whom, windows),
                where=_aligned(article, a.where, windows),
                when=_when(article, a.when, windows),
                evidence=[_exact(article.text, w) for w in windows],
            )
        )
    return out


def claims(article: PreparedArticle, answers: list[Any]) -> list[Claim]:
    out = []
    for a in answers:
        windows = _windows(article, list(a.evidence))
        source = _aligned(article, a.source, windows)
        out.append(
            Claim(
                statement=a.claim,
                source=source.text if source else None,
                source_span=source,
                evidence=[_exact(article.text, w) for w in windows],
            )
        )
    return out
