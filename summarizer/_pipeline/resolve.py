"""Turning the model's validated answer into the public result.

IDs become verbatim text and offsets in the original article, and relative dates are
resolved against the publication date. A quote is always ``article[start:end]``, and so
is every argument of an event.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .._text import timex
from .._text.article import PreparedArticle
from .._text.attribution import ClauseAttribution
from .._text.claims import AttributionCandidate
from .._text.events import EventCandidate
from .._text.names import canonical_speaker
from .._text.speakers import SpeakerList
from ..models import Attribution as AttributionKind
from ..models import Claim, Event, Quote, Span, When
from .answer import UNKNOWN_SPEAKER
from .events import EventOffer, reporter


def _exact(text: str, bounds: tuple[int, int]) -> Span:
    start, end = bounds
    return Span(text=text[start:end], start=start, end=end)


def _span(text: str, bounds: tuple[int, int] | None) -> Span | None:
    return None if bounds is None else _exact(text, bounds)


def quotes(
    article: PreparedArticle,
    attributions: list[ClauseAttribution],
    model_speakers: dict[str, str],
    speakers: SpeakerList,
) -> list[Quote]:
    text = article.text
    out = []
    for candidate, attribution in zip(article.quotes, attributions, strict=True):
        speaker = attribution.speaker
        source: AttributionKind
        if speaker is not None and attribution.continued:
            source = "continuation"
        elif speaker is not None:
            source = "pronoun" if attribution.pronoun else "reporting_clause"
        elif attribution.pronoun:
            source = "unresolved_pronoun"
        else:
            source = "unattributed"
            chosen = model_speakers.get(candidate.id)
            if chosen and chosen != UNKNOWN_SPEAKER:
                speaker = canonical_speaker(text, chosen)
                source = "model" if speaker else "unattributed"
        speaker_id = speakers.add(speaker, attribution.mention) if speaker else None
        out.append(
            Quote(
                text=text[candidate.start : candidate.end],
                start=candidate.start,
                end=candidate.end,
                speaker_id=speaker_id,
                speaker_mention=_span(text, attribution.mention),
                cue=_span(text, attribution.cue),
                attribution=source,
            )
        )
    return out


def _resolved(article: PreparedArticle, start: int, end: int) -> When:
    """The time expression ``article.text[start:end]``, resolved against the publication
    date, with the rest of its sentence for the tense of a bare weekday or month."""
    text = article.text
    sentence = article.sentence_at(start)
    left, right = (sentence.start, sentence.end) if sentence is not None else (start, end)
    quoted = any(q.start <= start and end <= q.end for q in article.quotes)
    period = timex.resolve(
        text[start:end], article.published, text[left:start], text[end : max(end, right)], quoted=quoted
    )
    return timex.as_when(text, start, end, period)


def dates(article: PreparedArticle) -> list[When]:
    """Every time expression of the article body, as written, with the period it
    resolves to against the publication date, or "unresolved"."""
    return [
        _resolved(article, start, end)
        for start, end in timex.spans_in(article.text, article.body_start, article.body_end)
    ]


def _reported_by(text: str, source: AttributionCandidate | None, speakers: SpeakerList | None) -> dict[str, Any]:
    """An event's ``reported_by`` and ``reported_by_id``: the source of the attribution
    that tells it (``source``), and that speaker where the text names one."""
    if source is None:
        return {}
    speaker_id = None
    if source.speaker is not None and speakers is not None:
        speaker_id = speakers.add(source.speaker, source.source)
    return {"reported_by": _exact(text, source.source), "reported_by_id": speaker_id}


def events(
    article: PreparedArticle, answers: list[Any], offers: Iterable[EventOffer], speakers: SpeakerList
) -> list[Event]:
    """The events a model chose, by ID, among ``offers``: its ``what``, the arguments it
    chose as the article's spans, the event's sentence as evidence, and who reports it."""
    text = article.text
    by_id = {o.id: o for o in offers}
    out = []
    for a in answers:
        offer = by_id[a.event]
        sentence = article.sentence(offer.sentence_id)
        spans: dict[str, tuple[int, int] | None] = {}
        for role in ("who", "whom", "where", "when"):
            chosen = offer.argument(getattr(a, role)) if getattr(a, role) else None
            spans[role] = chosen.span if chosen is not None else None
        when = spans["when"]
        out.append(
            Event(
                what=a.what,
                who=_span(text, spans["who"]),
                whom=_span(text, spans["whom"]),
                where=_span(text, spans["where"]),
                when=_resolved(article, *when) if when is not None else None,
                evidence=[_exact(text, (sentence.start, sentence.end))],
                **_reported_by(text, offer.reporter, speakers),
            )
        )
    return out


def text_events(
    article: PreparedArticle,
    candidates: list[EventCandidate],
    claims: list[AttributionCandidate] | None = None,
    speakers: SpeakerList | None = None,
) -> list[Event]:
    """Event candidates as events, in the text's words: the clause as written, its
    arguments the clause's own spans, its evidence its sentence. An event told in
    someone's speech (its verb in the content of one of ``claims``) says who reports it."""
    text = article.text
    out = []
    for c in candidates:
        sentence = article.sentence(c.sentence_id)
        what = _exact(text, c.what)
        out.append(
            Event(
                what=what.text,
                what_from="text",
                who=_span(text, c.who),
                whom=_span(text, c.whom),
                where=_span(text, c.where),
                when=_resolved(article, *c.when) if c.when is not None else None,
                evidence=[_exact(text, (sentence.start, sentence.end))],
                **_reported_by(text, reporter(claims or [], c.verb[0]), speakers),
            )
        )
    return out


def _holding(sentences: list[tuple[int, int]], source: tuple[int, int]) -> list[tuple[int, int]]:
    """Evidence sentences, those a source runs across joined into one span ("said Rep.
    G.K. | Butterfield" split after an initial): the source lies within one span."""
    inside = [i for i, (a, b) in enumerate(sentences) if a < source[1] and source[0] < b]
    if len(inside) < 2 or any(a <= source[0] and source[1] <= b for a, b in sentences):
        return sentences
    first, last = inside[0], inside[-1]
    joined = (sentences[first][0], sentences[last][1])
    return [*sentences[:first], joined, *sentences[last + 1 :]]


def claims(
    article: PreparedArticle, candidates: list[AttributionCandidate], answers: list[Any], speakers: SpeakerList
) -> list[Claim]:
    """Every attribution candidate as a claim, in text order: in the model's words where
    one of its ``answers`` chose it (the first answer to choose it), else its content as
    written. Source, cue, content and evidence are the candidate's, found in the text."""
    text = article.text
    chosen: dict[str, str] = {}
    for a in answers:
        chosen.setdefault(a.attribution, a.claim)
    out = []
    for c in candidates:
        statement = chosen.get(c.id)
        content = [_exact(text, span) for span in c.contents]
        sentences = [(article.sentence(s).start, article.sentence(s).end) for s in c.sentence_ids]
        out.append(
            Claim(
                statement=statement if statement is not None else " … ".join(s.text for s in content),
                statement_from="model" if statement is not None else "text",
                kind=c.kind,
                # An unresolved pronoun is kept as the source's mention, with no speaker.
                source_id=speakers.add(c.speaker, c.source) if c.speaker is not None else None,
                source_span=_exact(text, c.source),
                cue=_span(text, c.cue),
                content=content,
                evidence=[_exact(text, bounds) for bounds in _holding(sentences, c.source)],
            )
        )
    return out
