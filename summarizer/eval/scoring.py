"""Scoring one summary against its gold annotations: pure functions, no model call.

The figures and their rules are documented in ``summarizer.eval``; this module
implements them: span matching, name and argument comparison, the grounding check.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Sequence

from pydantic import BaseModel, ConfigDict, Field

from .._text.grammar import HONORIFICS
from ..models import ArticleSummary, Claim, Event, FailedArticle, Span, Speaker
from .gold import GoldArticle

__all__ = ["QUOTE_IOU", "ArticleScore", "Counts", "grounding", "iou", "names_match", "score", "score_failure"]

QUOTE_IOU = 0.5
_SNIPPET = 40
# Dropped wherever they stand in a name: "Dr. Ines Falk" is "Ines Falk".
# Words a gold name and a predicted name may differ by: the forms of address the text
# layer knows, and titles and suffixes ("Prof.", "Sir", "Jr.") that do not tell people apart.
_NAME_NOISE = HONORIFICS | frozenset("miss mx prof professor sir dame lord lady rev fr jr sr".split())
_ARTICLES = frozenset({"the", "a", "an"})
_APOSTROPHES = "'’ʼ`´"


class Counts(BaseModel):
    """The raw counts behind every figure. Summing them over articles and then
    dividing gives the micro-averaged figures of a report."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    articles: int = 1
    failed: int = Field(default=0, description="Articles whose summarize() failed.")
    cached: int = Field(default=0, description="Summaries served entirely from the response cache.")
    quotes_gold: int = 0
    quotes_predicted: int = 0
    quotes_matched: int = Field(default=0, description="One-to-one matches at span IoU >= 0.5.")
    speakers_correct: int = Field(default=0, description="Matched quotes whose speaker is right.")
    direct_quotes_gold: int = Field(default=0, description='Gold quotes of kind "direct".')
    direct_quotes_matched: int = 0
    direct_speakers_correct: int = 0
    partial_quotes_matched: int = Field(default=0, description='Predicted quotes matched to a "partial" gold quote.')
    claims_gold: int = Field(default=0, description="Gold claims (0 where claims are not annotated).")
    claims_matched: int = 0
    claim_sources_correct: int = 0
    events_gold: int = Field(default=0, description="Gold events (0 where events are not annotated).")
    events_predicted: int = Field(
        default=0, description="Predicted events, in articles whose events are annotated (0 elsewhere)."
    )
    events_matched: int = Field(default=0, description="One-to-one matches by evidence overlap.")
    event_args_gold: int = 0
    event_args_predicted: int = Field(default=0, description="Arguments of predicted events matched to gold.")
    event_args_correct: int = 0
    items_emitted: int = Field(default=0, description="Spans in the summary whose offsets can be checked.")
    items_grounded: int = Field(default=0, description="Of those, the ones that slice summary.text to their text.")
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0

    @classmethod
    def total(cls, parts: Iterable[Counts]) -> Counts:
        """The sum of every count (the micro-average's numerators and denominators)."""
        sums: dict[str, float] = dict.fromkeys(cls.model_fields, 0)
        for part in parts:
            for name in sums:
                sums[name] += getattr(part, name)
        return cls.model_validate(sums)

    @property
    def quote_precision(self) -> float | None:
        return _ratio(self.quotes_matched, self.quotes_predicted)

    @property
    def quote_recall(self) -> float | None:
        return _ratio(self.quotes_matched, self.quotes_gold)

    @property
    def quote_f1(self) -> float | None:
        if self.quotes_gold + self.quotes_predicted == 0:
            return None
        return 2 * self.quotes_matched / (self.quotes_gold + self.quotes_predicted)

    @property
    def speaker_accuracy(self) -> float | None:
        return _ratio(self.speakers_correct, self.quotes_matched)

    @property
    def direct_quote_precision(self) -> float | None:
        """Over the predicted quotes not matched to a partial gold quote."""
        return _ratio(self.direct_quotes_matched, self.quotes_predicted - self.partial_quotes_matched)

    @property
    def direct_quote_recall(self) -> float | None:
        return _ratio(self.direct_quotes_matched, self.direct_quotes_gold)

    @property
    def direct_quote_f1(self) -> float | None:
        predicted = self.quotes_predicted - self.partial_quotes_matched
        if self.direct_quotes_gold + predicted == 0:
            return None
        return 2 * self.direct_quotes_matched / (self.direct_quotes_gold + predicted)

    @property
    def direct_speaker_accuracy(self) -> float | None:
        return _ratio(self.direct_speakers_correct, self.direct_quotes_matched)

    @property
    def claim_recall(self) -> float | None:
        return _ratio(self.claims_matched, self.claims_gold)

    @property
    def claim_source_accuracy(self) -> float | None:
        return _ratio(self.claim_sources_correct, self.claims_matched)

    @property
    def event_precision(self) -> float | None:
        """Predicted events matched to a gold event, of those predicted where events are annotated."""
        return _ratio(self.events_matched, self.events_predicted)

    @property
    def event_recall(self) -> float | None:
        return _ratio(self.events_matched, self.events_gold)

    @property
    def event_arg_precision(self) -> float | None:
        return _ratio(self.event_args_correct, self.event_args_predicted)

    @property
    def event_arg_recall(self) -> float | None:
        return _ratio(self.event_args_correct, self.event_args_gold)

    @property
    def grounding_rate(self) -> float:
        """Share of emitted items whose offsets slice the text; 1.0 when nothing was emitted."""
        return 1.0 if self.items_emitted == 0 else self.items_grounded / self.items_emitted

    def figures(self) -> dict[str, float | None]:
        """Every rate by name; None where its denominator is zero."""
        return {
            "grounding_rate": self.grounding_rate,
            "quote_precision": self.quote_precision,
            "quote_recall": self.quote_recall,
            "quote_f1": self.quote_f1,
            "speaker_accuracy": self.speaker_accuracy,
            "direct_quote_f1": self.direct_quote_f1,
            "direct_speaker_accuracy": self.direct_speaker_accuracy,
            "claim_recall": self.claim_recall,
            "claim_source_accuracy": self.claim_source_accuracy,
            "event_precision": self.event_precision,
            "event_recall": self.event_recall,
            "event_arg_precision": self.event_arg_precision,
            "event_arg_recall": self.event_arg_recall,
        }


def _ratio(hits: int, total: int) -> float | None:
    return None if total == 0 else hits / total


class ArticleScore(Counts):
    """The score of one article: its counts, and in words what went wrong."""

    article_id: str
    error: str | None = Field(
        default=None, description="Why summarize() failed ('reason: message'); None if it did not."
    )
    ungrounded: list[str] = Field(
        default_factory=list, description="Items whose offsets do not slice summary.text to their text."
    )
    mistakes: list[str] = Field(
        default_factory=list, description="Missed and extra quotes, wrong speakers, sources and arguments."
    )


# ---------------------------------------------------------------- names and text


def _tokens(text: str) -> tuple[str, ...]:
    """Casefolded words without accents or punctuation; apostrophes join ("O'Brien": "obrien")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    chars: list[str] = []
    for ch in decomposed:
        if unicodedata.combining(ch) or ch in _APOSTROPHES:
            continue
        chars.append(ch if ch.isalnum() else " ")
    return tuple("".join(chars).split())


def _name_tokens(name: str) -> tuple[str, ...]:
    tokens = [t for t in _tokens(name) if t not in _NAME_NOISE]
    while tokens and tokens[0] in _ARTICLES:
        tokens.pop(0)
    return tuple(tokens)


def names_match(a: str, b: str) -> bool:
    """Whether two names denote the same speaker: after normalisation (casefold, no
    accents, punctuation, honorifics or leading article), one name's words are a
    suffix of the other's ("Esper" and "Defense Secretary Mark Esper" match;
    "Mark" and "Mark Esper" do not). Empty names match nothing."""
    x, y = _name_tokens(a), _name_tokens(b)
    if not x or not y:
        return False
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return long[len(long) - len(short) :] == short


def _args_match(predicted: str, gold: str) -> bool:
    """Event arguments: equal after normalisation, or one contains the other as whole words."""
    x, y = _name_tokens(predicted), _name_tokens(gold)
    if not x or not y:
        return False
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _speaker_matches(speaker: Speaker | None, gold: str, extra: Sequence[str] = ()) -> bool:
    if speaker is None:
        return False
    names = [speaker.name, *(m.text for m in speaker.mentions), *extra]
    return any(names_match(name, gold) for name in names)


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return "“" + (text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…") + "”"


# ---------------------------------------------------------------- matching


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Intersection over union of two character spans ``[start, end)``."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = (a[1] - a[0]) + (b[1] - b[0]) - inter
    return inter / union if union > 0 else 0.0


def _overlap(gold: tuple[int, int], spans: Sequence[Span]) -> int:
    return sum(max(0, min(gold[1], s.end) - max(gold[0], s.start)) for s in spans)


def _greedy(weights: dict[tuple[int, int], float]) -> dict[int, int]:
    """One-to-one matching, greedy: the heaviest pair first (ties: lowest gold, then
    lowest prediction index). Returns ``{gold index: predicted index}``."""
    matched: dict[int, int] = {}
    used: set[int] = set()
    for (g, p), _ in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0])):
        if g not in matched and p not in used:
            matched[g] = p
            used.add(p)
    return matched


# ---------------------------------------------------------------- grounding


def _spans(summary: ArticleSummary) -> Iterator[tuple[str, str, int | None, int | None]]:
    """Every emitted item with offsets: (where, text, start, end)."""
    for i, quote in enumerate(summary.quotes):
        yield f"quotes[{i}]", quote.text, quote.start, quote.end
        if quote.speaker_mention is not None:
            m = quote.speaker_mention
            yield f"quotes[{i}].speaker_mention", m.text, m.start, m.end
        if quote.cue is not None:
            yield f"quotes[{i}].cue", quote.cue.text, quote.cue.start, quote.cue.end
    for i, speaker in enumerate(summary.speakers):
        for j, m in enumerate(speaker.mentions):
            yield f"speakers[{i}].mentions[{j}]", m.text, m.start, m.end
    for i, event in enumerate(summary.events or ()):
        for role in ("who", "whom", "where"):
            span: Span | None = getattr(event, role)
            if span is not None:
                yield f"events[{i}].{role}", span.text, span.start, span.end
        # A time with no offsets at all does not claim a place in the text; one
        # offset without the other does, and fails.
        if event.when is not None and (event.when.start is not None or event.when.end is not None):
            yield f"events[{i}].when", event.when.text, event.when.start, event.when.end
        for j, s in enumerate(event.evidence):
            yield f"events[{i}].evidence[{j}]", s.text, s.start, s.end
    for i, claim in enumerate(summary.claims or ()):
        if claim.source_span is not None:
            s = claim.source_span
            yield f"claims[{i}].source_span", s.text, s.start, s.end
        for j, s in enumerate(claim.evidence):
            yield f"claims[{i}].evidence[{j}]", s.text, s.start, s.end


def _difference(actual: str, claimed: str, start: int, end: int) -> str:
    """Where a slice and an item's text part, shown around the first difference
    (two long texts that differ at their end would look alike if only their start were shown)."""
    at = next(
        (i for i, (a, b) in enumerate(zip(actual, claimed, strict=False)) if a != b), min(len(actual), len(claimed))
    )
    lo = max(0, at - 12)
    prefix = "…" if lo else ""
    return (
        f"text[{start}:{end}] is not the item's text ({len(actual)} vs {len(claimed)} characters); "
        f"from character {at} the article has {prefix + actual[lo : at + 12]!r}, "
        f"the item {prefix + claimed[lo : at + 12]!r}"
    )


def grounding(summary: ArticleSummary) -> tuple[int, list[str]]:
    """How many items carry offsets, and a description of each one that does not
    slice ``summary.text`` to its own text."""
    text = summary.text
    emitted = 0
    problems: list[str] = []
    for where, item_text, start, end in _spans(summary):
        emitted += 1
        if start is None or end is None or not 0 <= start <= end <= len(text):
            problems.append(f"{where}: offsets {start}:{end} are outside the {len(text)}-character text")
        elif text[start:end] != item_text:
            problems.append(f"{where}: {_difference(text[start:end], item_text, start, end)}")
    return emitted, problems


# ---------------------------------------------------------------- scoring


def _speaker_label(summary: ArticleSummary, speaker_id: str | None) -> str:
    if speaker_id is None:
        return "none"
    speaker = summary.speaker(speaker_id)
    return repr(speaker.name) if speaker is not None else f"{speaker_id} (not in summary.speakers)"


def _score_quotes(gold: GoldArticle, summary: ArticleSummary, mistakes: list[str]) -> tuple[dict[int, int], set[int]]:
    """Gold quotes matched to predicted ones (by span IoU), and the gold quotes whose speaker is right."""
    weights = {
        (g, p): overlap
        for g, gq in enumerate(gold.quotes)
        for p, pq in enumerate(summary.quotes)
        if (overlap := iou((gq.start, gq.end), (pq.start, pq.end))) >= QUOTE_IOU
    }
    quote_pairs = _greedy(weights)
    speakers_correct: set[int] = set()
    for g, gq in enumerate(gold.quotes):
        if g not in quote_pairs:
            mistakes.append(f"missed quote [{gq.start}:{gq.end}] {_snippet(gq.text)} ({gq.speaker or 'unattributed'})")
            continue
        pq = summary.quotes[quote_pairs[g]]
        if gq.speaker is None:
            # The article does not say who spoke: right only if no one is named.
            correct = pq.speaker_id is None
        else:
            correct = _speaker_matches(summary.speaker(pq.speaker_id), gq.speaker)
        if correct:
            speakers_correct.add(g)
        else:
            mistakes.append(
                f"speaker of {_snippet(gq.text)}: predicted {_speaker_label(summary, pq.speaker_id)}, "
                f"gold {gq.speaker!r}"
            )
    matched_predictions = set(quote_pairs.values())
    for p, pq in enumerate(summary.quotes):
        if p not in matched_predictions:
            mistakes.append(f"extra quote [{pq.start}:{pq.end}] {_snippet(pq.text)}")

    return quote_pairs, speakers_correct


def _score_claims(
    gold: GoldArticle, summary: ArticleSummary, predicted_claims: list[Claim], mistakes: list[str]
) -> tuple[dict[int, int], int]:
    """Gold claims matched to predicted ones (by evidence overlap) and how many sources are right."""
    claims_gold = gold.claims or []
    weights = {
        (g, p): float(overlap)
        for g, gc in enumerate(claims_gold)
        for p, pc in enumerate(predicted_claims)
        if (overlap := _overlap((gc.start, gc.end), pc.evidence)) > 0
    }
    claim_pairs = _greedy(weights)
    sources_correct = 0
    for g, gc in enumerate(claims_gold):
        if g not in claim_pairs:
            mistakes.append(f"missed claim [{gc.start}:{gc.end}] {_snippet(gc.text)}")
            continue
        pc = predicted_claims[claim_pairs[g]]
        if gc.source is None:
            correct = pc.source_id is None
        else:
            extra = [pc.source_span.text] if pc.source_span is not None else []
            correct = _speaker_matches(summary.speaker(pc.source_id), gc.source, extra)
        if correct:
            sources_correct += 1
        else:
            mistakes.append(
                f"source of claim {_snippet(gc.text)}: predicted {_speaker_label(summary, pc.source_id)}, "
                f"gold {gc.source!r}"
            )

    return claim_pairs, sources_correct


def _score_events(
    gold: GoldArticle, predicted_events: list[Event], mistakes: list[str]
) -> tuple[dict[int, int], int, int, int]:
    """Gold events matched to predicted ones (by evidence overlap), then argument by argument:
    the pairs, and the gold, predicted and correct argument counts."""
    events_gold = gold.events or []
    weights = {
        (g, p): float(overlap)
        for g, ge in enumerate(events_gold)
        for p, pe in enumerate(predicted_events)
        if (overlap := _overlap((ge.start, ge.end), pe.evidence)) > 0
    }
    event_pairs = _greedy(weights)
    args_gold = args_predicted = args_correct = 0
    for g, ge in enumerate(events_gold):
        pe = predicted_events[event_pairs[g]] if g in event_pairs else None
        if pe is None:
            mistakes.append(f"missed event [{ge.start}:{ge.end}] {_snippet(gold.text[ge.start : ge.end])}")
        for role in ("who", "whom", "where", "when"):
            gold_arg: str | None = getattr(ge, role)
            predicted = getattr(pe, role) if pe is not None else None
            predicted_arg: str | None = predicted.text if predicted is not None else None
            args_gold += gold_arg is not None
            args_predicted += predicted_arg is not None
            if gold_arg is not None and predicted_arg is not None and _args_match(predicted_arg, gold_arg):
                args_correct += 1
            elif pe is not None and (gold_arg is not None or predicted_arg is not None):
                mistakes.append(f"event [{ge.start}:{ge.end}] {role}: predicted {predicted_arg!r}, gold {gold_arg!r}")

    return event_pairs, args_gold, args_predicted, args_correct


def score(gold: GoldArticle, summary: ArticleSummary) -> ArticleScore:
    """Score one summary against its gold annotations. Pure: no model call.

    >>> from summarizer.eval import load_gold, score
    >>> gold = load_gold("tests/gold/eval_gold.jsonl")[0]
    >>> result = score(gold, summary)  # doctest: +SKIP
    >>> result.quote_recall, result.grounding_rate  # doctest: +SKIP
    (1.0, 1.0)

    Raises:
        ValueError: ``summary.text`` is not the gold text, so offsets cannot be compared.
    """
    if summary.text != gold.text:
        raise ValueError(
            f"{gold.id}: summary.text is not the gold text ({len(summary.text)} vs {len(gold.text)} "
            "characters), so their offsets cannot be compared"
        )
    mistakes: list[str] = []
    # A partial summary is scored on what it has: what the model did not give is missed.
    if summary.partial is not None:
        partial = summary.partial
        mistakes.append(f"partial summary ({partial.reason}): missing {', '.join(partial.missing)}")
    predicted_claims = summary.claims or []
    predicted_events = summary.events or []

    quote_pairs, speakers_correct = _score_quotes(gold, summary, mistakes)
    direct = {g for g, gq in enumerate(gold.quotes) if gq.kind == "direct"}
    claims_gold = gold.claims or []
    claim_pairs, sources_correct = _score_claims(gold, summary, predicted_claims, mistakes)
    events_gold = gold.events or []
    event_pairs, args_gold, args_predicted, args_correct = _score_events(gold, predicted_events, mistakes)

    emitted, ungrounded = grounding(summary)
    return ArticleScore(
        article_id=gold.id,
        cached=int(summary.provenance.cached),
        quotes_gold=len(gold.quotes),
        quotes_predicted=len(summary.quotes),
        quotes_matched=len(quote_pairs),
        speakers_correct=len(speakers_correct),
        direct_quotes_gold=len(direct),
        direct_quotes_matched=len(direct & quote_pairs.keys()),
        direct_speakers_correct=len(direct & speakers_correct),
        partial_quotes_matched=len(quote_pairs.keys() - direct),
        claims_gold=len(claims_gold),
        claims_matched=len(claim_pairs),
        claim_sources_correct=sources_correct,
        events_gold=len(events_gold),
        # Where the gold does not annotate events, a predicted event is neither right nor wrong.
        events_predicted=len(predicted_events) if gold.events is not None else 0,
        events_matched=len(event_pairs),
        event_args_gold=args_gold,
        event_args_predicted=args_predicted,
        event_args_correct=args_correct,
        items_emitted=emitted,
        items_grounded=emitted - len(ungrounded),
        calls=summary.usage.calls,
        prompt_tokens=summary.usage.prompt_tokens,
        completion_tokens=summary.usage.completion_tokens,
        ungrounded=ungrounded,
        mistakes=mistakes,
    )


def score_failure(gold: GoldArticle, failed: FailedArticle) -> ArticleScore:
    """The score of an article with no summary: every gold item missed, nothing
    emitted, the usage its attempts cost."""
    return ArticleScore(
        article_id=gold.id,
        failed=1,
        error=f"{failed.reason}: {failed.message}",
        quotes_gold=len(gold.quotes),
        direct_quotes_gold=sum(q.kind == "direct" for q in gold.quotes),
        claims_gold=len(gold.claims or []),
        events_gold=len(gold.events or []),
        event_args_gold=sum(
            getattr(e, role) is not None for e in gold.events or [] for role in ("who", "whom", "where", "when")
        ),
        calls=failed.usage.calls,
        prompt_tokens=failed.usage.prompt_tokens,
        completion_tokens=failed.usage.completion_tokens,
        mistakes=[f"no summary ({failed.reason}): all {len(gold.quotes)} gold quotes missed"],
    )
