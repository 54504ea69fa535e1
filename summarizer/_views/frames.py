"""DataFrames of summaries: one row per quote, event, claim, time expression, speaker,
or article that is not complete.

The column order and dtypes are fixed, so code written against one result works on
any other, and a frame with no rows still has every column:

- offsets (``start``, ``end``): nullable ``Int64``, into that row's ``ArticleSummary.text``;
  for events and claims the span from the first evidence sentence's start to the last
  one's end (``<NA>`` without evidence), and ``evidence`` lists every ``(start, end)``;
- text: the ``string`` dtype, ``<NA>`` where the summary has ``None``;
- ``date``: ``datetime64[s]`` (seconds, so any year fits), ``NaT`` when unresolved: the
  day, or the first day of a week, month or year, as ``granularity`` says (``<NA>``
  when unresolved): filter on ``granularity == "day"`` to chart days only.

A partial summary gives the rows it has (its quotes always, its events and claims
when some part of it was answered) and one row in the failures frame, with
``status`` "partial" and what is ``missing``; a failed article only that row.

pandas is optional (the ``pandas`` extra) and imported only when a frame is built.
This module imports our models only for type checking (and ``FailedArticle`` inside
``failures_df``), so ``models.py`` can import it lazily and importing ``summarizer``
never imports pandas.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # pandas ships no type information; with pandas-stubs installed the ignore is unused.
    # models.py and _batch.py take DataFrame from here, so only this module names pandas.
    from pandas import DataFrame as DataFrame  # type: ignore[import-untyped, unused-ignore]

    from ..models import ArticleSummary, FailedArticle, Span, When

__all__ = [
    "CLAIM_COLUMNS",
    "DATE_COLUMNS",
    "EVENT_COLUMNS",
    "FAILURE_COLUMNS",
    "QUOTE_COLUMNS",
    "SPEAKER_COLUMNS",
    "USAGE_COLUMNS",
    "claims_df",
    "dates_df",
    "events_df",
    "failures_df",
    "quotes_df",
    "speakers_df",
    "usage_df",
]

INSTALL_HINT = "pip install pandas"

# (name, pandas dtype), in column order.
QUOTE_COLUMNS = (
    ("article_id", "string"),
    ("language", "string"),  # the article's, as detected or given (provenance.language)
    ("start", "Int64"),
    ("end", "Int64"),
    ("text", "string"),
    ("speaker_id", "string"),
    ("speaker_name", "string"),
    ("speaker_role", "string"),
    ("attribution", "string"),
)
EVENT_COLUMNS = (
    ("article_id", "string"),
    ("language", "string"),  # the article's, as detected or given (provenance.language)
    ("start", "Int64"),
    ("end", "Int64"),
    ("what", "string"),
    ("who", "string"),
    ("whom", "string"),
    ("where", "string"),
    ("when", "string"),
    ("date", "datetime64[s]"),
    ("granularity", "string"),
    ("reported_by", "string"),  # who tells the event, where it is told in someone's speech
    ("evidence", "object"),
    ("evidence_text", "string"),
)
CLAIM_COLUMNS = (
    ("article_id", "string"),
    ("language", "string"),  # the article's, as detected or given (provenance.language)
    ("start", "Int64"),
    ("end", "Int64"),
    ("statement", "string"),
    ("statement_from", "string"),  # "model": its paraphrase; "text": the content as written
    ("kind", "string"),  # "indirect", "according_to", "blamed" or "quote"
    ("source_id", "string"),
    ("source_name", "string"),
    ("source_text", "string"),  # the source as written in the evidence ("Esper", "he")
    ("cue", "string"),  # "said", "told", "according to"
    ("evidence", "object"),
    ("evidence_text", "string"),
)
DATE_COLUMNS = (
    ("article_id", "string"),
    ("language", "string"),  # the article's, as detected or given (provenance.language)
    ("start", "Int64"),
    ("end", "Int64"),
    ("text", "string"),
    ("date", "datetime64[s]"),
    ("last_day", "datetime64[s]"),
    ("granularity", "string"),
    ("label", "string"),  # "2020-03-11", "2020-03", "2020-03-02/2020-03-08", "unresolved"
    ("resolution", "string"),
)
SPEAKER_COLUMNS = (
    ("article_id", "string"),
    ("language", "string"),  # the article's, as detected or given (provenance.language)
    ("speaker_id", "string"),
    ("name", "string"),
    ("role", "string"),
    ("kind", "string"),  # "person" (or organisation) or "description"
    ("mentions", "Int64"),  # how often the article names them as a source
    ("quotes", "Int64"),
    ("claims", "Int64"),
)
FAILURE_COLUMNS = (
    ("article_id", "string"),
    ("status", "string"),  # "failed": no summary; "partial": a summary that lacks `missing`
    ("reason", "string"),
    ("error_type", "string"),
    ("message", "string"),
    ("attempts", "Int64"),
    ("missing", "string"),  # e.g. "summary, events, claims"; <NA> for a failed article
)
USAGE_COLUMNS = (
    ("article_id", "string"),
    ("status", "string"),  # "complete", "partial" or "failed"
    ("calls", "Int64"),
    ("prompt_tokens", "Int64"),
    ("completion_tokens", "Int64"),
    ("reasoning_tokens", "Int64"),
    ("cost_usd", "Float64"),  # <NA> where the price is unknown (the embedded model, a local server)
)

Row = tuple[object, ...]


def _frame(columns: Sequence[tuple[str, str]], rows: list[Row]) -> DataFrame:
    try:
        import pandas as pd
    except ImportError as exc:
        # The module actually missing may be one of pandas' own (numpy): name it.
        what = "is not installed" if exc.name in (None, "pandas") else f"cannot be imported ({exc})"
        raise ImportError(f"DataFrame exports need pandas, which {what}: {INSTALL_HINT}") from exc
    values = list(zip(*rows, strict=True)) if rows else [()] * len(columns)
    return pd.DataFrame(
        {name: pd.Series(list(column), dtype=dtype) for (name, dtype), column in zip(columns, values, strict=True)}
    )


def _text(span: Span | None) -> str | None:
    return span.text if span is not None else None


def _evidence(spans: list[Span]) -> Row:
    """``start``, ``end``, ``evidence`` and ``evidence_text`` of an event or claim."""
    if not spans:
        return None, None, [], None
    return (
        min(s.start for s in spans),
        max(s.end for s in spans),
        [(s.start, s.end) for s in spans],
        " ".join(s.text for s in spans),
    )


def _date(when: When | None) -> object:
    return when.date if when is not None else None


def quotes_df(summaries: Iterable[ArticleSummary]) -> DataFrame:
    """One row per quote, columns as in ``QUOTE_COLUMNS``."""
    rows: list[Row] = []
    for s in summaries:
        for q in s.quotes:
            speaker = s.speaker(q.speaker_id)
            rows.append(
                (
                    s.article_id,
                    s.provenance.language,
                    q.start,
                    q.end,
                    q.text,
                    q.speaker_id,
                    speaker.name if speaker is not None else None,
                    speaker.role if speaker is not None else None,
                    q.attribution,
                )
            )
    return _frame(QUOTE_COLUMNS, rows)


def events_df(summaries: Iterable[ArticleSummary]) -> DataFrame:
    """One row per event, columns as in ``EVENT_COLUMNS``."""
    rows: list[Row] = []
    for s in summaries:
        for e in s.events or ():
            start, end, evidence, evidence_text = _evidence(e.evidence)
            rows.append(
                (
                    s.article_id,
                    s.provenance.language,
                    start,
                    end,
                    e.what,
                    _text(e.who),
                    _text(e.whom),
                    _text(e.where),
                    e.when.text if e.when is not None else None,
                    _date(e.when),
                    e.when.granularity if e.when is not None else None,
                    _text(e.reported_by),
                    evidence,
                    evidence_text,
                )
            )
    return _frame(EVENT_COLUMNS, rows)


def claims_df(summaries: Iterable[ArticleSummary]) -> DataFrame:
    """One row per claim, columns as in ``CLAIM_COLUMNS``."""
    rows: list[Row] = []
    for s in summaries:
        for c in s.claims or ():
            source = s.speaker(c.source_id)
            start, end, evidence, evidence_text = _evidence(c.evidence)
            rows.append(
                (
                    s.article_id,
                    s.provenance.language,
                    start,
                    end,
                    c.statement,
                    c.statement_from,
                    c.kind,
                    c.source_id,
                    source.name if source is not None else None,
                    _text(c.source_span),
                    _text(c.cue),
                    evidence,
                    evidence_text,
                )
            )
    return _frame(CLAIM_COLUMNS, rows)


def dates_df(summaries: Iterable[ArticleSummary]) -> DataFrame:
    """One row per time expression, columns as in ``DATE_COLUMNS``."""
    rows: list[Row] = [
        (s.article_id, s.provenance.language, w.start, w.end, w.text, w.date, w.last_day, w.granularity, w.label)
        + (w.resolution,)
        for s in summaries
        for w in s.dates
    ]
    return _frame(DATE_COLUMNS, rows)


def speakers_df(summaries: Iterable[ArticleSummary]) -> DataFrame:
    """One row per speaker, columns as in ``SPEAKER_COLUMNS``."""
    rows: list[Row] = []
    for s in summaries:
        for p in s.speakers:
            quotes = sum(q.speaker_id == p.id for q in s.quotes)
            claims = sum(c.source_id == p.id for c in s.claims or ())
            rows.append(
                (s.article_id, s.provenance.language, p.id, p.name, p.role, p.kind, len(p.mentions), quotes, claims)
            )
    return _frame(SPEAKER_COLUMNS, rows)


def failures_df(results: Iterable[FailedArticle | ArticleSummary]) -> DataFrame:
    """One row per failed article or partial summary, columns as in ``FAILURE_COLUMNS``;
    complete summaries are skipped."""
    # Imported here, not at the top: models imports this module lazily, and the
    # isinstance test needs the real class.
    from ..models import FailedArticle

    rows: list[Row] = []
    for r in results:
        if isinstance(r, FailedArticle):
            rows.append((r.article_id, "failed", r.reason, r.error_type, r.message, r.attempts, None))
        elif r.partial is not None:
            p = r.partial
            rows.append((r.article_id, "partial", p.reason, p.error_type, p.message, p.attempts, ", ".join(p.missing)))
    return _frame(FAILURE_COLUMNS, rows)


def usage_df(results: Iterable[FailedArticle | ArticleSummary]) -> DataFrame:
    """One row per article, what it cost: columns as in ``USAGE_COLUMNS``."""
    from ..models import FailedArticle

    rows: list[Row] = []
    for r in results:
        status = "failed" if isinstance(r, FailedArticle) else "partial" if r.partial is not None else "complete"
        u = r.usage
        rows.append(
            (r.article_id, status, u.calls, u.prompt_tokens, u.completion_tokens, u.reasoning_tokens, u.cost_usd)
        )
    return _frame(USAGE_COLUMNS, rows)
