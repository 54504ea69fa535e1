"""Evaluation: run the library over a gold file and measure what it gets right.

>>> from summarizer.eval import evaluate
>>> report = evaluate("tests/gold/eval_gold.jsonl", model="openai/gpt-4o-mini")  # doctest: +SKIP
>>> print(report.to_text())  # doctest: +SKIP
>>> report.total.grounding_rate  # doctest: +SKIP
1.0

Or from the shell: ``summarize eval GOLD.jsonl [--model M] [--json] [--out report.json]``.

The gold file
=============
JSON Lines, UTF-8: one article per line, blank lines skipped::

    {"id": "port-strike",                 # unique in the file
     "text": "Dock workers at ...",        # the article; every offset below indexes it
     "published": "2024-03-11",            # optional, YYYY-MM-DD: resolves relative dates
     "quotes": [{"text": "We have waited ...", "start": 128, "end": 254,
                 "speaker": "Anna Kovac",            # speaker null: the article does not say
                 "kind": "direct"}],                 # optional: "direct" (default) or "partial"
     "claims": [{"text": "The port authority said ...", "start": 317, "end": 412,
                 "source": "The port authority"}],    # optional; source null: no source
     "events": [{"start": 0, "end": 125, "who": "Dock workers",
                 "whom": null, "where": "the port of Veldhaven", "when": "on Monday"}]}  # optional

Offsets are Python string indices (code points) into ``text``, end exclusive.
``text[start:end]`` must equal the item's ``text``: for a quote, the quoted words
without the quote marks; for a claim, the span that makes it (e.g. its sentence);
an event's span is the sentence that reports it. Speakers, sources and event
arguments are strings as the article writes them, and must appear in it.
``claims`` or ``events`` left out means "not annotated" (the article then does not
count for those figures); ``[]`` means "annotated: there are none".
:func:`load_gold` checks all of this and raises :class:`GoldFileError` naming the
line and the item.

The figures
===========
Every figure is micro-averaged: counts are summed over the articles, then divided.
A figure whose denominator is zero is None ("n/a").

- **grounding rate**: share of emitted items whose offsets slice ``summary.text``
  to their text. Items: quotes, their speaker mentions and cues, speakers'
  mentions, event who/whom/where/when, evidence spans, claim source spans (a
  ``When`` without offsets is not counted). By design it is always 1.0; anything
  less is a bug.
- **quote precision / recall / F1**: a predicted quote matches a gold quote when
  their character-span IoU is at least 0.5. Matching is one-to-one and greedy:
  the pair with the highest IoU first, so two predictions over one gold quote
  make one true and one false positive.
- **speaker accuracy**, over matched quotes: the predicted speaker
  (``summary.speaker(quote.speaker_id)``) is right when its name or any of its
  mentions matches the gold speaker: casefolded, without accents, punctuation,
  honorifics ("Dr.", "Mr") or a leading "the", one name's words are a suffix of
  the other's ("Esper" matches "Mark Esper"). An unattributed prediction is wrong,
  except for a gold quote whose speaker is null, where only "unattributed" is right.
- **direct quote F1 / direct speaker accuracy**: the same over gold quotes of kind
  ``"direct"`` (the marks hold a whole statement), leaving out ``"partial"`` ones
  (words quoted inside a paraphrase): a prediction matched to a partial gold quote
  counts neither way.
- **claim recall / source accuracy**: a gold claim matches a predicted claim whose
  evidence overlaps the gold span (one-to-one, greedy by characters of overlap).
  Recall: matched / gold claims. Source accuracy: matched claims whose source
  speaker (name, mentions, or the claim's ``source_span``) matches the gold source
  by the rule above.
- **event precision / recall**, where the gold has events: a gold event matches a
  predicted event whose evidence overlaps its span (one-to-one, greedy by characters
  of overlap, as claims). Precision: matched / predicted events of the articles whose
  events are annotated (an article without ``events`` counts neither way). Recall:
  matched / gold events.
- **event argument precision / recall**, over the same matches: each argument (who, whom, where, when) is
  right when its text equals the gold one after normalisation, or one contains
  the other as whole words. Precision: right / predicted arguments of matched
  events (an argument the gold leaves null counts as wrong). Recall: right / gold
  arguments of all gold events (those of unmatched events are missed).
- **calls, tokens**: from ``summary.usage`` (for a failed article, from its
  failure record): every attempt, re-asks included. Cached answers cost 0.
- **time**: ``wall_seconds`` is the whole run. An article's ``seconds`` is the
  wall time between its result and the one before it (or the start of the run).
  With one request in flight (``concurrency=1``, the embedded model's default)
  that is the time spent on that article; with more, the gaps only add up to the
  run's wall time and a single gap is not one article's latency.

A failed article (``summarize`` raised, or its summary cannot be scored) is listed
with its reason, counts all its gold items as missed, and the run goes on. A
partial summary (the model gave no answer for some of it) is scored on what it has,
as a user would get it: its quotes count, the events and claims the model did not
give are missed, and its mistakes begin with "partial summary (reason): missing ...".
"""

from __future__ import annotations

import io
import json
import os
import time
from collections.abc import Callable, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from rich import box
from rich.console import Console, Group, JustifyMethod, RenderableType
from rich.table import Table
from rich.text import Text

from .._pipeline.options import SummarizerOptions, Unpack, with_options
from .._pipeline.summarizer import summarize_iter
from .._version import __version__
from ..models import ArticleSummary, FailedArticle
from .gold import GoldArticle, GoldClaim, GoldEvent, GoldFileError, GoldQuote, load_gold
from .scoring import ArticleScore, Counts, score, score_failure

__all__ = [
    "ArticleScore",
    "Counts",
    "EvalReport",
    "GoldArticle",
    "GoldClaim",
    "GoldEvent",
    "GoldFileError",
    "GoldQuote",
    "evaluate",
    "load_gold",
    "score",
]

_LABELS = {
    "quote_precision": "quote precision",
    "quote_recall": "quote recall",
    "quote_f1": "quote F1",
    "speaker_accuracy": "speaker accuracy",
    "direct_quote_f1": "direct quote F1",
    "direct_speaker_accuracy": "direct speaker accuracy",
    "claim_recall": "claim recall",
    "claim_source_accuracy": "claim source accuracy",
    "event_precision": "event precision",
    "event_recall": "event recall",
    "event_arg_precision": "event arg precision",
    "event_arg_recall": "event arg recall",
}


class EvalReport(BaseModel):
    """The result of :func:`evaluate`: one score per article, in gold order, and the totals.

    ``report.total`` holds the summed counts and the micro-averaged figures
    (``report.total.quote_f1``); ``to_text()`` and ``to_json()`` render it, and in
    a terminal or notebook rich renders it as tables.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    gold: str | None = Field(description="The gold file, when evaluate() was given a path.")
    model: str | None = Field(description="'provider/model' from the summaries' provenance.")
    prompt_version: str | None
    library_version: str
    wall_seconds: float
    articles: list[ArticleScore]

    @property
    def total(self) -> Counts:
        """Every count summed over the articles; its rates are the report's figures."""
        return Counts.total(self.articles)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as JSON: run details, ``figures`` (the rates), ``totals`` (the
        counts) and ``articles`` (each with its counts, figures and mistakes)."""
        data: dict[str, Any] = self.model_dump(exclude={"articles"})
        data["figures"] = self.total.figures()
        data["totals"] = self.total.model_dump()
        data["articles"] = [{**a.model_dump(), "figures": a.figures()} for a in self.articles]
        return json.dumps(data, indent=indent, ensure_ascii=False)

    def to_text(self, *, details: bool = False, width: int = 100) -> str:
        """The report as plain text; ``details`` adds every article's mistakes."""
        buffer = io.StringIO()
        console = Console(file=buffer, width=width, color_system=None, force_terminal=False, soft_wrap=False)
        console.print(self.renderable(details=details))
        return buffer.getvalue()

    def renderable(self, *, details: bool = False) -> RenderableType:
        """The report as rich tables (what ``console.print(report)`` shows)."""
        total = self.total
        parts: list[RenderableType] = []
        parts.append(
            Text(f"summarize eval: {total.articles} articles, {total.failed} failed, {total.cached} from the cache")
        )
        run = [
            f"gold {self.gold}" if self.gold else "",
            f"model {self.model}" if self.model else "",
            f"prompt {self.prompt_version}" if self.prompt_version else "",
            f"summarizer {self.library_version}",
        ]
        parts.append(Text(" · ".join(r for r in run if r)))
        ungrounded = total.items_emitted - total.items_grounded
        if ungrounded == 0:
            parts.append(
                Text(
                    f"GROUNDING {total.grounding_rate:.3f}: all {total.items_emitted} emitted items "
                    "slice the article text",
                    style="bold green",
                )
            )
        else:
            parts.append(
                Text(
                    f"GROUNDING {total.grounding_rate:.3f}: {ungrounded} of {total.items_emitted} items do NOT "
                    "slice the article text (listed below); it must be 1.000",
                    style="bold white on red",
                )
            )
        parts += [Text(""), self._figures_table(total), Text(""), self._articles_table(), Text("")]
        failures = [f"{a.article_id}: {a.error}" for a in self.articles if a.error is not None]
        if failures:
            parts.append(Text("Failed articles:\n" + "\n".join(f"  {f}" for f in failures), style="red"))
        problems = [f"{a.article_id}: {p}" for a in self.articles for p in a.ungrounded]
        if problems:
            parts.append(Text("Ungrounded items:\n" + "\n".join(f"  {p}" for p in problems), style="bold red"))
        if details:
            mistakes = [f"{a.article_id}: {m}" for a in self.articles for m in a.mistakes]
            parts.append(Text("Mistakes:\n" + "\n".join(f"  {m}" for m in mistakes or ["none"])))
        return Group(*parts)

    def __rich__(self) -> RenderableType:
        return self.renderable()

    def _figures_table(self, total: Counts) -> Table:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        table.add_column("figure")
        table.add_column("value", justify="right")
        table.add_column("out of")
        counts = {
            "quote_precision": (total.quotes_matched, total.quotes_predicted, "predicted quotes"),
            "quote_recall": (total.quotes_matched, total.quotes_gold, "gold quotes"),
            "quote_f1": None,
            "speaker_accuracy": (total.speakers_correct, total.quotes_matched, "matched quotes"),
            "direct_quote_f1": None,
            "direct_speaker_accuracy": (
                total.direct_speakers_correct,
                total.direct_quotes_matched,
                "matched direct quotes",
            ),
            "claim_recall": (total.claims_matched, total.claims_gold, "gold claims"),
            "claim_source_accuracy": (total.claim_sources_correct, total.claims_matched, "matched claims"),
            "event_precision": (total.events_matched, total.events_predicted, "predicted events"),
            "event_recall": (total.events_matched, total.events_gold, "gold events"),
            "event_arg_precision": (total.event_args_correct, total.event_args_predicted, "predicted arguments"),
            "event_arg_recall": (total.event_args_correct, total.event_args_gold, "gold arguments"),
        }
        figures = total.figures()
        for name, label in _LABELS.items():
            count = counts[name]
            table.add_row(label, _rate(figures[name]), f"{count[0]}/{count[1]} {count[2]}" if count else "")
        n = max(total.articles, 1)
        table.add_row("calls", str(total.calls), f"{total.calls / n:.1f} per article")
        table.add_row("prompt tokens", str(total.prompt_tokens), f"{total.prompt_tokens / n:.0f} per article")
        table.add_row(
            "completion tokens", str(total.completion_tokens), f"{total.completion_tokens / n:.0f} per article"
        )
        table.add_row("wall time", f"{self.wall_seconds:.1f} s", f"{self.wall_seconds / n:.2f} s per article")
        return table

    def _articles_table(self) -> Table:
        # Counts rather than rates, and short headers: it fits 80 columns.
        table = Table(box=None, padding=(0, 1), pad_edge=False, header_style="bold")
        columns: list[tuple[str, JustifyMethod]] = [
            ("article", "left"),
            ("quotes", "left"),
            ("spkrs", "right"),
            ("claims", "right"),
            ("srcs", "right"),
            ("args", "right"),
            ("grnd", "right"),
            ("calls", "right"),
            ("tokens", "right"),
            ("s", "right"),
        ]
        for name, justify in columns:
            table.add_column(name, justify=justify, no_wrap=True, min_width=len(name))
        for a in self.articles:
            extra = a.quotes_predicted - a.quotes_matched
            table.add_row(
                a.article_id + (" FAILED" if a.failed else " *" if a.cached else ""),
                f"{a.quotes_matched}/{a.quotes_gold}" + (f" +{extra}" if extra else ""),
                f"{a.speakers_correct}/{a.quotes_matched}",
                f"{a.claims_matched}/{a.claims_gold}",
                f"{a.claim_sources_correct}/{a.claims_matched}",
                f"{a.event_args_correct}/{a.event_args_gold}",
                f"{a.items_grounded}/{a.items_emitted}",
                str(a.calls),
                str(a.prompt_tokens + a.completion_tokens),
                f"{a.seconds:.1f}",
                style="red" if a.failed or a.items_grounded < a.items_emitted else None,
            )
        table.caption = (
            "quotes: found/gold +extra predicted · spkrs: right/found · claims: found/gold · "
            "srcs: right/found · args: right/gold event arguments · grnd: grounded/emitted items · "
            "s: seconds since the previous result · *: answer from the cache"
        )
        table.caption_justify = "left"
        return table


def _rate(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


@with_options
def evaluate(
    gold: Sequence[GoldArticle] | str | os.PathLike[str],
    *,
    progress: bool | None = None,
    on_result: Callable[[GoldArticle, ArticleSummary | FailedArticle], None] | None = None,
    **options: Unpack[SummarizerOptions],
) -> EvalReport:
    """Summarize every gold article (as :func:`summarizer.summarize_many` does) and score it.

    >>> report = evaluate("tests/gold/eval_gold.jsonl", model="embedded")  # doctest: +SKIP
    >>> report.total.quote_f1, report.total.grounding_rate  # doctest: +SKIP
    (0.8, 1.0)

    Args:
        gold: a gold file's path, or articles already loaded with :func:`load_gold`.
        progress: as for :func:`summarizer.summarize_many`.
        on_result: called with each gold article and its summary (or failure) as it is
            scored, e.g. to keep the summaries for an analysis of your own.
        **options: any of :class:`summarizer.SummarizerOptions`, as for
            :func:`summarizer.summarize_many`. With ``cache`` on, a repeated run reuses
            the model's answers and reports zero calls and tokens for them.

    Raises:
        GoldFileError: the gold file is invalid (see :func:`load_gold`).
        ModelUnavailableError: the model settings are unusable (e.g. no key for OpenAI).
        ValueError: ``concurrency`` < 1.
    """
    path: str | None = None
    if isinstance(gold, str | os.PathLike):
        path = str(gold)
        articles = load_gold(gold)
    else:
        articles = list(gold)
    inputs = [
        {"id": a.id, "text": a.text, "published": a.published.isoformat() if a.published else None} for a in articles
    ]
    results: dict[int, tuple[ArticleSummary | FailedArticle, float]] = {}
    start = last = time.perf_counter()
    for i, result in summarize_iter(inputs, progress=progress, **options):
        now = time.perf_counter()
        results[i] = (result, now - last)
        last = now
    wall = time.perf_counter() - start

    scores: list[ArticleScore] = []
    summaries: list[ArticleSummary] = []
    for i, article in enumerate(articles):
        result, seconds = results[i]
        if on_result is not None:
            on_result(article, result)
        if isinstance(result, FailedArticle):
            one = score_failure(article, result)
        else:
            summaries.append(result)
            try:
                one = score(article, result)
            except ValueError as exc:  # summary.text is not the text we sent: a bug of ours
                one = score_failure(
                    article,
                    FailedArticle(
                        article_id=article.id,
                        error_type=type(exc).__name__,
                        reason="internal",
                        message=str(exc),
                        attempts=result.provenance.attempts,
                        usage=result.usage,
                    ),
                )
        scores.append(one.model_copy(update={"seconds": seconds}))
    first = summaries[0].provenance if summaries else None
    return EvalReport(
        gold=path,
        model=f"{first.provider}/{first.model}" if first else None,
        prompt_version=first.prompt_version if first else None,
        library_version=__version__,
        wall_seconds=wall,
        articles=scores,
    )
