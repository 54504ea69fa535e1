"""The results file of a batch: one JSON object per line, appended as each article ends.

A line is either an ``ArticleSummary`` (complete, or with ``partial`` set) or a
``FailedArticle`` (it has ``error_type``), each with its ``article_id``. Lines are
written and flushed one at a time, so a crash or Ctrl-C loses at most the articles
still in flight; a half-written last line is skipped on reading. When an article
appears more than once (a failure, then a success on a re-run), the last line wins.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import IO, TYPE_CHECKING

from pydantic import ValidationError

from .models import ArticleSummary, FailedArticle, Usage

if TYPE_CHECKING:
    from ._views.frames import DataFrame

log = logging.getLogger(__name__)

Result = ArticleSummary | FailedArticle


def _parse(line: str) -> Result:
    data = json.loads(line)
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    if "error_type" in data:
        return FailedArticle.model_validate(data)
    return ArticleSummary.model_validate(data)


class SummaryBatch(list[Result]):
    """What ``summarize_many`` and ``read_results`` return: a plain ``list`` of results, in
    input order, that Jupyter shows as a table of the articles with each summary's view
    folded below it, and that ``quotes_df()``, ``events_df()``, ``claims_df()``,
    ``dates_df()``, ``speakers_df()`` and ``failures_df()`` turn into pandas DataFrames."""

    def _repr_html_(self) -> str:
        from ._views.html import batch_html

        return batch_html(self)

    def _summaries(self) -> list[ArticleSummary]:
        return [r for r in self if isinstance(r, ArticleSummary)]

    def quotes_df(self) -> DataFrame:
        """The quotes of every summarized article, one row each, in input order; the
        columns are those of ``ArticleSummary.quotes_df``. Failed articles have no rows
        here, and partial summaries only what they hold: ``failures_df`` lists them.

        >>> batch.quotes_df().groupby("speaker_name").size()  # doctest: +SKIP
        """
        from ._views.frames import quotes_df

        return quotes_df(self._summaries())

    def events_df(self) -> DataFrame:
        """The events of every summarized article, as in ``ArticleSummary.events_df``."""
        from ._views.frames import events_df

        return events_df(self._summaries())

    def claims_df(self) -> DataFrame:
        """The claims of every summarized article, as in ``ArticleSummary.claims_df``."""
        from ._views.frames import claims_df

        return claims_df(self._summaries())

    def dates_df(self) -> DataFrame:
        """The time expressions of every summarized article, as in ``ArticleSummary.dates_df``."""
        from ._views.frames import dates_df

        return dates_df(self._summaries())

    def speakers_df(self) -> DataFrame:
        """The speakers of every summarized article, as in ``ArticleSummary.speakers_df``."""
        from ._views.frames import speakers_df

        return speakers_df(self._summaries())

    def failures_df(self) -> DataFrame:
        """Every article that is not complete, one row each, in input order: the failed
        articles (``status`` "failed") and the partial summaries (``status`` "partial",
        whose rows in the other frames hold what the model did give). Columns, in this
        order: ``article_id``, ``status``, ``reason``, ``error_type``, ``message``,
        ``attempts``, ``missing`` (for a partial summary, e.g. "summary, events, claims").

        >>> batch.failures_df().reason.value_counts()  # doctest: +SKIP
        """
        from ._views.frames import failures_df

        return failures_df(r for r in self if isinstance(r, FailedArticle) or r.partial is not None)

    def usage_df(self) -> DataFrame:
        """What each article cost, one row each, in input order. Columns, in this order:
        ``article_id``, ``status`` ("complete", "partial", "failed"), ``calls``,
        ``prompt_tokens``, ``completion_tokens``, ``reasoning_tokens``, ``cost_usd`` (US
        dollars; <NA> where the price is unknown, e.g. the embedded model).

        >>> batch.usage_df().cost_usd.sum()  # doctest: +SKIP
        """
        from ._views.frames import usage_df

        return usage_df(self)

    @property
    def usage(self) -> Usage:
        """The usage of every article summed; ``cost_usd`` is None unless every answer was priced."""
        return Usage.total(r.usage for r in self)


def read_results(path: str | os.PathLike[str]) -> SummaryBatch:
    """Read a results file written by ``summarize_many(out=...)`` or ``summarize --out``.

    One result per article ID, the last written, in the order IDs first appear, as a
    ``SummaryBatch``: the list ``summarize_many`` returns, with its DataFrame exports.
    Lines that cannot be read (a write cut short by a crash) are skipped and logged.

    >>> read_results("results.jsonl").quotes_df()  # doctest: +SKIP
    """
    # _batch imports this module when it loads; by the time a file is read it is there.

    latest: dict[str, Result] = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                result = _parse(line)
            except (ValueError, ValidationError) as exc:
                log.warning("%s:%d: skipping an unreadable line: %s", path, number, str(exc).splitlines()[0])
                continue
            if result.article_id is None:
                log.warning("%s:%d: skipping a summary without article_id", path, number)
                continue
            latest[result.article_id] = result
    return SummaryBatch(latest.values())


def completed(path: Path) -> dict[str, ArticleSummary]:
    """The complete summaries already in a results file, by article ID. Failures and
    partial summaries are tried again: the model may answer this time, and the parts
    it answered before come from the response cache."""
    if not path.exists():
        return {}
    return {
        r.article_id: r
        for r in read_results(path)
        if isinstance(r, ArticleSummary) and r.complete and r.article_id is not None
    }


class ResultsWriter:
    """Appends results to a JSONL file, one flushed line per article."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[str] | None = None

    def __enter__(self) -> ResultsWriter:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        needs_newline = self.path.exists() and self.path.stat().st_size > 0 and not self._ends_with_newline()
        self._file = open(self.path, "a", encoding="utf-8")
        if needs_newline:
            self._file.write("\n")  # after a line cut short by a crash
        return self

    def _ends_with_newline(self) -> bool:
        with open(self.path, "rb") as f:
            f.seek(-1, os.SEEK_END)
            return f.read(1) == b"\n"

    def write(self, result: Result) -> None:
        assert self._file is not None, "use ResultsWriter as a context manager"
        self._file.write(result.model_dump_json() + "\n")
        self._file.flush()

    def __exit__(self, *exc: object) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
