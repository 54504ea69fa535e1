"""Summarize a Ray Dataset of articles across a Ray cluster: ``summarize_dataset``.

Needs Ray Data (``pip install 'ray[data]>=2.60,<3'``, or ``pip install '.[ray]'`` from a
clone of this repository); nothing else in the library imports Ray. Each Ray actor
builds one ``Summarizer`` and keeps it for every batch it is handed, so its connection
pool, event loop and response cache are reused, and it summarizes each batch with
``concurrency`` requests in flight. Every article ends as one result row, failures
included: one bad article never fails the job.

The response cache is SQLite, whose locks cannot be trusted on a network filesystem
(NFS, SMB, Lustre...), where cluster home directories often are. So here ``cache=True``
means one cache file per node, on that node's local disk (the temporary directory),
shared by the node's actors in WAL mode; a path given as ``cache`` is refused when it
is on a network filesystem, and an actor that finds its node's path on one runs
without the cache (and logs why).
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

try:
    import pyarrow as pa
    import ray.data
except ImportError as exc:  # pragma: no cover - depends on what is installed
    raise ImportError(
        f"summarizer.ray needs Ray Data, and {exc.name or 'ray'} cannot be imported ({exc}): "
        "pip install 'ray[data]>=2.60,<3' (or, from a clone of this repository, pip install '.[ray]')"
    ) from exc

from ._llm.cache import ENV_VAR, network_filesystem, off
from ._pipeline.options import SummarizerOptions, Unpack, complete, with_options
from ._pipeline.summarizer import Summarizer
from .models import ArticleSummary, FailedArticle, Usage
from .results import Result

__all__ = ["RESULT_SCHEMA", "node_cache_path", "result_from_row", "summarize_dataset"]

log = logging.getLogger(__name__)

# The rows summarize_dataset returns, typed, so that every block has the same schema
# (a block with no failure would otherwise have an all-null column of no type) and
# Parquet gets real types.
RESULT_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("status", pa.string()),  # "complete", "partial" or "failed"
        ("summary_json", pa.string()),  # the ArticleSummary as JSON; null when failed
        ("reason", pa.string()),  # why failed or partial (FailedArticle.reason); null when complete
        ("error_type", pa.string()),  # the exception's class name, e.g. SummaryFailedError
        ("error", pa.string()),  # one line saying what went wrong and what to do
        ("missing", pa.string()),  # what a partial summary lacks, e.g. "summary, events, claims"
        ("attempts", pa.int64()),  # model answers the failed requests asked for
        ("calls", pa.int64()),
        ("prompt_tokens", pa.int64()),
        ("completion_tokens", pa.int64()),
        ("reasoning_tokens", pa.int64()),
        ("cost_usd", pa.float64()),  # null where the price is unknown (a local server)
    ]
)


def node_cache_path() -> Path:
    """Where ``cache=True`` puts the response cache on each node: a file in the node's
    local temporary directory, one per user."""
    user = f"-{os.getuid()}" if hasattr(os, "getuid") else ""
    return Path(tempfile.gettempdir()) / f"summarizer{user}" / "answers.sqlite3"


def _driver_cache(option: object) -> bool | str:
    """``cache`` as the actors get it: False, True (the node's own file) or a path,
    refused here when the driver sees it on a network filesystem."""
    if option is False or (option is True and off(os.environ.get(ENV_VAR))):
        return False
    if option is True:
        return True
    if not isinstance(option, str | os.PathLike):
        raise TypeError(f"cache must be True, False or a path, not {option!r}")
    path = Path(option).expanduser().absolute()  # not relative to each worker's own directory
    kind = network_filesystem(path)
    if kind is not None:
        raise ValueError(
            f"cache {str(path)!r} is on a network filesystem ({kind}), where SQLite is not safe: "
            "use cache=True (a cache file per node on local disk), a local path, or cache=False"
        )
    return str(path)


def _actor_cache(option: bool | str) -> bool | str:
    """``cache`` on this node: the node's own file for True; off when the file would be on
    a network filesystem here."""
    if option is False:
        return False
    path = node_cache_path() if option is True else Path(option)
    kind = network_filesystem(path)
    if kind is not None:
        log.warning("response cache %s is on a network filesystem (%s) on this node: running without it", path, kind)
        return False
    return str(path)


@dataclass(frozen=True)
class _Columns:
    text: str
    id: str | None
    published: str | None


def _column(batch: pa.Table, name: str | None) -> list[Any]:
    return batch.column(name).to_pylist() if name is not None else [None] * batch.num_rows


def _duplicate(ident: str) -> FailedArticle:
    return FailedArticle(
        article_id=ident,
        error_type="ValueError",
        reason="invalid_input",
        message=f"another article in the same batch has the ID {ident!r} and a different text; IDs must be unique",
    )


class _SummarizeBatches:
    """The Ray Data callable class: one ``Summarizer`` per actor, one batch per call. The
    client closes itself when the actor ends and it is collected."""

    def __init__(self, columns: _Columns, options: Mapping[str, Any]) -> None:
        self._columns = columns
        self._client = Summarizer(**{**options, "cache": _actor_cache(options["cache"])})

    def __call__(self, batch: pa.Table) -> pa.Table:
        texts = _column(batch, self._columns.text)
        ids = _column(batch, self._columns.id)
        dates = _column(batch, self._columns.published)
        results: dict[int, Result] = {}
        items: list[dict[str, Any]] = []
        where: list[int] = []
        seen: dict[str, object] = {}
        for i, (ident, text, published) in enumerate(zip(ids, texts, dates, strict=True)):
            key = str(ident) if ident is not None else None
            if key is not None and seen.setdefault(key, text) != text:
                results[i] = _duplicate(key)
                continue
            items.append({"id": key, "text": text, "published": published})
            where.append(i)
        for i, result in zip(where, self._client.summarize_many(items, progress=False), strict=True):
            results[i] = result
        return pa.Table.from_pylist([_row(results[i]) for i in range(batch.num_rows)], schema=RESULT_SCHEMA)


def _row(result: Result) -> dict[str, Any]:
    """One result row (``RESULT_SCHEMA``) for a summary or a failure."""
    u = result.usage
    row: dict[str, Any] = {
        "article_id": result.article_id,
        "calls": u.calls,
        "prompt_tokens": u.prompt_tokens,
        "completion_tokens": u.completion_tokens,
        "reasoning_tokens": u.reasoning_tokens,
        "cost_usd": u.cost_usd,
    }
    if isinstance(result, FailedArticle):
        return row | {
            "status": "failed",
            "reason": result.reason,
            "error_type": result.error_type,
            "error": result.message,
            "attempts": result.attempts,
        }
    row |= {"status": "complete", "summary_json": result.model_dump_json()}
    if result.partial is not None:
        p = result.partial
        row |= {"status": "partial", "reason": p.reason, "error_type": p.error_type, "error": p.message}
        row |= {"missing": ", ".join(p.missing), "attempts": p.attempts}
    return row


def result_from_row(row: Mapping[str, Any]) -> ArticleSummary | FailedArticle:
    """The ``ArticleSummary`` or ``FailedArticle`` a result row of ``summarize_dataset`` holds
    (a dict, as ``Dataset.take`` or ``iter_rows`` give, or a row read back from Parquet).

    >>> [result_from_row(r) for r in results.take(3)]  # doctest: +SKIP
    """
    if row.get("summary_json") is not None:
        return ArticleSummary.model_validate_json(row["summary_json"])
    return FailedArticle(
        article_id=row["article_id"],
        error_type=row["error_type"],
        reason=row["reason"],
        message=row["error"],
        attempts=row.get("attempts") or 0,
        usage=Usage(
            calls=row.get("calls") or 0,
            prompt_tokens=row.get("prompt_tokens") or 0,
            completion_tokens=row.get("completion_tokens") or 0,
            reasoning_tokens=row.get("reasoning_tokens") or 0,
            cost_usd=row.get("cost_usd"),
        ),
    )


@with_options
def summarize_dataset(
    ds: ray.data.Dataset,
    *,
    text_col: str = "text",
    id_col: str | None = "article_id",
    published_col: str | None = None,
    workers: int | tuple[int, int] | None = None,
    batch_size: int = 64,
    num_cpus: float = 0.25,
    **options: Unpack[SummarizerOptions],
) -> ray.data.Dataset:
    """Summarize every article of a Ray Dataset on the Ray cluster; one result row per article.

    Lazy, as Ray Datasets are: nothing runs until the result is consumed
    (``write_parquet``, ``take``, ``iter_rows``...). Rows come in the input's order
    unless the dataset's context allows otherwise (``preserve_order``).

    Args:
        ds: the articles, one row each.
        text_col: the column of article texts (or HTML pages, with the ``html`` extra).
        id_col: the column of article IDs, kept in the result; ``None`` (or a null ID)
            makes the ID the first 16 hex digits of the text's sha256. Two rows of one
            batch with the same ID and different texts: the second fails as
            ``invalid_input``. Keep IDs unique.
        published_col: a column of publication dates (ISO strings, dates or timestamps),
            for resolving "on Wednesday"; ``None``: from each article's dateline.
        workers: Ray actors, each with its own ``Summarizer``: a number, a
            ``(min, max)`` range to autoscale in, or ``None`` (Ray's default: from 1 up to
            what the cluster allows).
        batch_size: articles handed to an actor at once; it summarizes them
            ``concurrency`` at a time.
        num_cpus: CPUs Ray reserves for each actor. The default, a quarter, is about
            what an actor uses (it mostly waits for the model), and leaves CPUs for the
            reads and writes around it: actors that reserve every CPU of the cluster
            starve those tasks, and the job stalls.
        **options: any of :class:`~summarizer.SummarizerOptions`, as for ``summarize_many``;
            ``concurrency`` is per actor. Each actor reads the model settings the
            options leave out (``OPENAI_API_KEY``...) from its own environment: pass them
            as options, or in Ray's ``runtime_env``. ``cache=True`` (the default) is one
            cache per node on local disk; a path must not be on a network filesystem.

    Returns:
        A ``ray.data.Dataset`` with the columns of ``RESULT_SCHEMA``: ``article_id``,
        ``status`` ("complete", "partial" or "failed"), ``summary_json`` (the
        ``ArticleSummary`` as JSON; null when failed), ``reason``, ``error_type``,
        ``error``, ``missing``, ``attempts``, and the usage: ``calls``,
        ``prompt_tokens``, ``completion_tokens``, ``reasoning_tokens``, ``cost_usd``.
        ``result_from_row`` turns a row back into the result object.

    Raises:
        TypeError: an option is unknown.
        ValueError: ``cache`` is a path on a network filesystem, or a size is < 1.

    Example:
        >>> import ray
        >>> from summarizer.ray import summarize_dataset
        >>> articles = ray.data.read_parquet("articles.parquet")  # doctest: +SKIP
        >>> summarize_dataset(articles, model="openai/gpt-4o-mini").write_parquet("summaries/")  # doctest: +SKIP
    """
    opts = dict(complete(options))
    opts["cache"] = _driver_cache(opts["cache"])
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    return ds.map_batches(
        _SummarizeBatches,
        fn_constructor_kwargs={"columns": _Columns(text_col, id_col, published_col), "options": opts},
        batch_size=batch_size,
        batch_format="pyarrow",
        compute=_pool(workers),
        num_cpus=num_cpus,
    )


def _pool(workers: int | Sequence[int] | None) -> ray.data.ActorPoolStrategy:
    if workers is None:
        return ray.data.ActorPoolStrategy(min_size=1, max_size=None)
    if isinstance(workers, int):
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        return ray.data.ActorPoolStrategy(size=workers)
    low, high = workers
    return ray.data.ActorPoolStrategy(min_size=low, max_size=high)
