"""Batches: many articles, bounded concurrency on one event loop, nothing lost.

Every article ends as an ``ArticleSummary`` (complete, or partial when the model
gave no answer for some of it) or a ``FailedArticle`` (input that cannot be read or
is too long); no single article can abort the batch. With ``out=`` each result is
appended to a JSONL file the moment it exists, and a re-run skips the articles that
file already holds complete.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import queue
import sys
import threading
from collections import deque
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from tenacity import AsyncRetrying

from ._cache import CacheOption
from ._config import resolve_endpoint
from ._errors import (
    ArticleTooLongError,
    InvalidArticleError,
    ModelUnavailableError,
    SummarizerError,
    SummaryFailedError,
    one_line,
)
from ._input import read_file
from ._jsonl import ResultsWriter, completed
from ._summarize import (
    DEFAULT_MAX_RETRIES,
    Published,
    Session,
    run_sync,
)
from .models import ArticleSummary, FailedArticle, FailureReason, Usage

if TYPE_CHECKING:
    from ._export import DataFrame

log = logging.getLogger(__name__)

Result = ArticleSummary | FailedArticle
ArticleItem = str | Path | tuple[str, str] | Mapping[str, Any]
Articles = Iterable[ArticleItem] | Mapping[str, str]


class SummaryBatch(list[Result]):
    """What ``summarize_many`` and ``read_results`` return: a plain ``list`` of results, in
    input order, that Jupyter shows as a table of the articles with each summary's view
    folded below it, and that ``quotes_df()``, ``events_df()``, ``claims_df()`` and
    ``failures_df()`` turn into pandas DataFrames."""

    def _repr_html_(self) -> str:
        from ._display import batch_html

        return batch_html(self)

    def _summaries(self) -> list[ArticleSummary]:
        return [r for r in self if isinstance(r, ArticleSummary)]

    def quotes_df(self) -> DataFrame:
        """The quotes of every summarized article, one row each, in input order; the
        columns are those of ``ArticleSummary.quotes_df``. Failed articles have no rows
        here, and partial summaries only what they hold: ``failures_df`` lists them.

        >>> batch.quotes_df().groupby("speaker_name").size()  # doctest: +SKIP
        """
        from ._export import quotes_df

        return quotes_df(self._summaries())

    def events_df(self) -> DataFrame:
        """The events of every summarized article, as in ``ArticleSummary.events_df``."""
        from ._export import events_df

        return events_df(self._summaries())

    def claims_df(self) -> DataFrame:
        """The claims of every summarized article, as in ``ArticleSummary.claims_df``."""
        from ._export import claims_df

        return claims_df(self._summaries())

    def failures_df(self) -> DataFrame:
        """Every article that is not complete, one row each, in input order: the failed
        articles (``status`` "failed") and the partial summaries (``status`` "partial",
        whose rows in the other frames hold what the model did give). Columns, in this
        order: ``article_id``, ``status``, ``reason``, ``error_type``, ``message``,
        ``attempts``, ``missing`` (for a partial summary, e.g. "summary, events, claims").

        >>> batch.failures_df().reason.value_counts()  # doctest: +SKIP
        """
        from ._export import failures_df

        return failures_df(r for r in self if isinstance(r, FailedArticle) or r.partial is not None)


def article_id(text: str) -> str:
    """The ID of an article given as plain text: the first 16 hex digits of its sha256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True)
class _Item:
    id: str
    text: object  # str, or a Path read when its turn comes; anything else fails as invalid
    published: Published = None  # checked with the article, so a bad date fails only it


def _items(articles: Articles) -> list[_Item]:
    """Accepts texts, Paths, (id, text) pairs, {"id", "text", "published"} dicts, or {id: text}."""
    if isinstance(articles, str | bytes):
        raise TypeError("articles must be an iterable of articles, not one article; use summarize() for one")
    pairs: Iterable[Any] = articles.items() if isinstance(articles, Mapping) else articles
    items: list[_Item] = []
    for raw in pairs:
        if isinstance(raw, Path):
            items.append(_Item(str(raw), raw))
        elif isinstance(raw, tuple) and len(raw) == 2 and isinstance(raw[0], str):
            items.append(_Item(raw[0], raw[1]))
        elif isinstance(raw, Mapping):
            text = raw.get("text")
            ident = raw.get("id")
            published = raw.get("published")
            items.append(_Item(str(ident) if ident is not None else article_id(str(text)), text, published))
        elif isinstance(raw, str):
            items.append(_Item(article_id(raw), raw))
        else:
            items.append(_Item(f"item-{len(items)}", raw))  # fails as invalid_input, in its place
    seen: dict[str, object] = {}
    for item in items:
        if item.id in seen and seen[item.id] != item.text:
            raise ValueError(f"two different articles have the ID {item.id!r}; article IDs must be unique")
        seen[item.id] = item.text
    return items


def failure(item_id: str, exc: BaseException) -> FailedArticle:
    """The failure record for an exception raised while summarizing one article."""
    reason: FailureReason
    attempts = 0
    usage = Usage()
    if isinstance(exc, InvalidArticleError | TypeError):
        reason = "invalid_input"
    elif isinstance(exc, ArticleTooLongError):
        reason = "too_long"
    elif isinstance(exc, ModelUnavailableError):
        reason, attempts, usage = "unavailable", exc.attempts, exc.usage
    elif isinstance(exc, SummaryFailedError):
        reason, attempts, usage = exc.reason, exc.attempts, exc.usage
    else:
        reason = "internal"
    return FailedArticle(
        article_id=item_id,
        error_type=type(exc).__name__,
        reason=reason,
        message=one_line(exc),
        attempts=attempts,
        usage=usage,
    )


async def _summarize_item(session: Session, item: _Item, allow_partial: bool) -> Result:
    try:
        text = await asyncio.to_thread(read_file, item.text) if isinstance(item.text, Path) else item.text
        return await session.summarize(
            text, published=item.published, article_id=item.id, allow_partial=allow_partial
        )
    except (SummarizerError, TypeError) as exc:
        return failure(item.id, exc)
    except Exception as exc:  # a bug of ours must not take the batch down with it
        log.exception("unexpected error summarizing %s", item.id)
        return failure(item.id, exc)


class _Progress:
    """A rich progress bar on stderr, or nothing."""

    def __init__(self, enabled: bool, total: int, done: int) -> None:
        self._bar: Progress | None = None
        self.partial = self.failed = 0
        if enabled:
            self._bar = Progress(
                TextColumn("summarizing"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[partial]} partial, {task.fields[failed]} failed"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self._task = self._bar.add_task("summarizing", total=total, completed=done, partial=0, failed=0)

    def __enter__(self) -> _Progress:
        if self._bar is not None:
            self._bar.start()
        return self

    def advance(self, result: Result) -> None:
        if isinstance(result, FailedArticle):
            self.failed += 1
        elif result.partial is not None:
            self.partial += 1
        if self._bar is not None:
            self._bar.update(self._task, advance=1, partial=self.partial, failed=self.failed)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


async def asummarize_iter(
    articles: Articles,
    *,
    concurrency: int | None = None,
    out: str | os.PathLike[str] | None = None,
    progress: bool | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    max_retries: int | AsyncRetrying = DEFAULT_MAX_RETRIES,
    timeout: float | None = None,
    cache: CacheOption = True,
    allow_partial: bool = True,
) -> AsyncIterator[tuple[int, Result]]:
    """Summarize many articles, yielding ``(index, result)`` as each one finishes.

    See :func:`summarize_many` for the arguments. Articles already in ``out`` come
    first, without a model call.
    """
    items = _items(articles)
    endpoint = resolve_endpoint(model, base_url, api_key)
    if concurrency is None:
        concurrency = endpoint.profile.default_concurrency
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, not {concurrency}")
    out_path = Path(out) if out is not None else None
    done = completed(out_path) if out_path is not None else {}
    pending = deque(i for i, item in enumerate(items) if item.id not in done)
    show = sys.stderr.isatty() if progress is None else progress

    for i, item in enumerate(items):
        if item.id in done:
            yield i, done[item.id]
    if not pending:
        return

    finished: asyncio.Queue[tuple[int, Result | None]] = asyncio.Queue()
    failed: list[Exception] = []
    with contextlib.ExitStack() as stack:
        writer = stack.enter_context(ResultsWriter(out_path)) if out_path is not None else None
        bar = stack.enter_context(_Progress(show, total=len(items), done=len(items) - len(pending)))
        # The parts of long articles share the requests in flight with the other articles.
        slots = max(concurrency, endpoint.profile.max_requests)
        async with Session(
            endpoint, timeout=timeout, max_retries=max_retries, cache=cache, max_requests=slots
        ) as session:

            async def worker() -> None:
                try:
                    while pending:
                        i = pending.popleft()
                        result = await _summarize_item(session, items[i], allow_partial)
                        if writer is not None:
                            writer.write(result)  # before anything else: a crash now loses nothing
                        bar.advance(result)
                        finished.put_nowait((i, result))
                except Exception as exc:  # the results file cannot be written, say: stop the batch
                    failed.append(exc)
                    finished.put_nowait((-1, None))
                    raise

            workers = [asyncio.create_task(worker()) for _ in range(min(concurrency, len(pending)))]
            try:
                for _ in range(len(pending)):
                    i, result = await finished.get()
                    if result is None:
                        raise failed[0]
                    yield i, result
            finally:
                for task in workers:
                    task.cancel()
                await asyncio.gather(*workers, return_exceptions=True)


async def asummarize_many(
    articles: Articles,
    *,
    concurrency: int | None = None,
    out: str | os.PathLike[str] | None = None,
    progress: bool | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    max_retries: int | AsyncRetrying = DEFAULT_MAX_RETRIES,
    timeout: float | None = None,
    cache: CacheOption = True,
    allow_partial: bool = True,
) -> SummaryBatch:
    """The async twin of :func:`summarize_many`."""
    collected: dict[int, Result] = {}
    async for i, result in asummarize_iter(
        articles,
        concurrency=concurrency,
        out=out,
        progress=progress,
        model=model,
        base_url=base_url,
        api_key=api_key,
        max_retries=max_retries,
        timeout=timeout,
        cache=cache,
        allow_partial=allow_partial,
    ):
        collected[i] = result
    return SummaryBatch(collected[i] for i in range(len(collected)))


def summarize_many(
    articles: Articles,
    *,
    concurrency: int | None = None,
    out: str | os.PathLike[str] | None = None,
    progress: bool | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    max_retries: int | AsyncRetrying = DEFAULT_MAX_RETRIES,
    timeout: float | None = None,
    cache: CacheOption = True,
    allow_partial: bool = True,
) -> SummaryBatch:
    """Summarize many articles; one result per article, in input order.

    Each result is an ``ArticleSummary`` or, for an article that cannot be read or is
    too long, a ``FailedArticle`` saying why; one bad article never stops the rest. When
    the model gives no answer for an article (or a part of it), its summary is partial:
    ``result.partial`` says what is missing and why, as for ``summarize``.
    The list is a ``SummaryBatch``: a plain list that Jupyter shows as a table.

    Args:
        articles: texts (ID: the first 16 hex digits of the text's sha256),
            ``Path`` objects (ID: the path), ``(id, text)`` pairs, dicts with
            ``"text"`` and optional ``"id"`` and ``"published"`` (as for ``summarize``), or a
            mapping ``{id: text}``.
        concurrency: requests in flight at once; default 8, or 1 for the embedded
            model, which answers one request at a time.
        out: a JSONL file to append each result to as soon as it exists. Articles
            whose ID already has a complete summary there are not summarized again
            (failed and partial ones are tried again), so an interrupted batch resumes
            where it stopped. Read it with ``read_results``.
        progress: show a progress bar on stderr; default: when stderr is a terminal.
        model, base_url, api_key, max_retries, timeout, cache: as for ``summarize``.
        allow_partial: as for ``summarize``; ``False`` makes an article the model
            gives no answer for a ``FailedArticle`` instead of a partial summary.

    Raises:
        ValueError: two different articles share an ID, or ``concurrency`` < 1.
        ModelUnavailableError: the model settings are unusable (e.g. no key for OpenAI).
    """
    return run_sync(
        asummarize_many(
            articles,
            concurrency=concurrency,
            out=out,
            progress=progress,
            model=model,
            base_url=base_url,
            api_key=api_key,
            max_retries=max_retries,
            timeout=timeout,
            cache=cache,
            allow_partial=allow_partial,
        )
    )


def summarize_iter(
    articles: Articles,
    *,
    concurrency: int | None = None,
    out: str | os.PathLike[str] | None = None,
    progress: bool | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    max_retries: int | AsyncRetrying = DEFAULT_MAX_RETRIES,
    timeout: float | None = None,
    cache: CacheOption = True,
    allow_partial: bool = True,
) -> Iterator[tuple[int, Result]]:
    """Like :func:`summarize_many`, but yields ``(index, result)`` as each article finishes.

    The batch runs on an event loop in a background thread; leaving the loop early
    (``break``, an exception, Ctrl-C) cancels the articles still in flight.
    """
    handoff: queue.Queue[tuple[str, Any]] = queue.Queue()
    loop_ready = threading.Event()
    state: dict[str, Any] = {}

    async def produce() -> None:
        state["task"] = asyncio.current_task()
        state["loop"] = asyncio.get_running_loop()
        loop_ready.set()
        async for pair in asummarize_iter(
            articles,
            concurrency=concurrency,
            out=out,
            progress=progress,
            model=model,
            base_url=base_url,
            api_key=api_key,
            max_retries=max_retries,
            timeout=timeout,
            cache=cache,
            allow_partial=allow_partial,
        ):
            handoff.put(("item", pair))

    def run() -> None:
        try:
            asyncio.run(produce())
            handoff.put(("done", None))
        except BaseException as exc:  # handed to the consumer, raised there
            handoff.put(("error", exc))
        finally:
            loop_ready.set()

    thread = threading.Thread(target=run, name="summarize_iter", daemon=True)
    thread.start()
    try:
        while True:
            kind, value = handoff.get()
            if kind == "item":
                yield value
            elif kind == "error":
                if isinstance(value, asyncio.CancelledError):
                    return
                raise value
            else:
                return
    finally:
        loop_ready.wait()
        loop, task = state.get("loop"), state.get("task")
        if thread.is_alive() and loop is not None and task is not None:
            loop.call_soon_threadsafe(task.cancel)
        thread.join()
