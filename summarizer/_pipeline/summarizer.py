"""``Summarizer``, the client object, and the functions that make one for a single call.

A ``Summarizer`` holds the options (``SummarizerOptions``, defined once in ``_options``),
one ``Session`` (the endpoint, the connection pool, the response cache, the limit on
requests in flight) and one event loop of its own in a background thread (``_loop``),
on which every one of its calls runs, sync or async. ``summarize``, ``asummarize`` and
the four batch functions make a client, use it once and close it.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import queue
import sys
import threading
import warnings
import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

from .._errors import InvalidArticleError
from .._llm.endpoint import resolve_endpoint
from .._text.files import names_a_file, path_warning, read_file
from ..models import ArticleSummary
from ..results import Result, SummaryBatch
from . import batch_jobs
from .batch import Articles, BatchItem, article_id, default_concurrency, parse_items, run_batch
from .batch_jobs import BatchJob
from .loop import LoopThread
from .options import SummarizerOptions, Unpack, complete, with_options
from .session import Published, Session

__all__ = [
    "Summarizer",
    "asummarize",
    "asummarize_iter",
    "asummarize_many",
    "summarize",
    "summarize_iter",
    "summarize_many",
]

_CLOSED = "this Summarizer is closed; make a new one (or use it as `with Summarizer(...) as s:`)"

Emit = Callable[[int, Result], None]
OutPath = str | os.PathLike[str] | None


class Summarizer:
    """A client for summarizing many articles with one set of options: it keeps the
    model settings, one connection pool, one response cache and one limit on requests
    in flight across all of its calls.

    >>> from summarizer import Summarizer
    >>> with Summarizer(model="openai/gpt-4o-mini", cache="answers.sqlite3") as s:  # doctest: +SKIP
    ...     first = s.summarize(text)
    ...     batch = s.summarize_many(paths, out="results.jsonl")

    The options are those of :class:`SummarizerOptions`, keyword-only, checked here
    (an unknown name is a ``TypeError``, an unusable setting a ``ValueError`` or a
    ``ModelUnavailableError``) before anything is sent. The per-call arguments stay per
    call: ``published`` (per item in a batch) and a batch's ``out`` and ``progress``.

    Why this shape: like ``httpx.Client``, it holds once what every call would
    otherwise repeat, and it is named for what it does, as pydantic-ai's ``Agent`` is.
    Like ``Agent`` (``run`` and ``run_sync``), and unlike httpx's ``Client`` /
    ``AsyncClient`` pair, one class has both kinds of method: the functions already
    come in pairs (``summarize``/``asummarize``) and the methods keep their names, so
    code moves to a client by turning ``summarize(text, **options)`` into
    ``s.summarize(text)``; and since both kinds run on the client's one loop, a
    notebook may mix them on one pool.

    Every call, sync or async, runs on the client's own event loop in a background
    thread, started on first use. So the sync methods work anywhere, also inside a
    running loop (a Jupyter cell), the async ones from any loop, and both share the one
    pool. Close the client when done (``close()``, ``aclose()``, or ``with`` /
    ``async with``): that closes the pool, cancels calls still running and ends the
    thread. A client that is garbage-collected unclosed closes itself.
    """

    @with_options
    def __init__(self, **options: Unpack[SummarizerOptions]) -> None:
        opts = complete(options)
        endpoint = resolve_endpoint(opts["model"], opts["base_url"], opts["api_key"])
        concurrency = opts["concurrency"]
        if concurrency is None:
            concurrency = default_concurrency(endpoint)
        if concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, not {concurrency}")
        self._concurrency = concurrency
        self._allow_partial = opts["allow_partial"]
        # Called again only in a forked child process (see _loop).
        self._new_session = functools.partial(
            Session,
            endpoint,
            timeout=opts["timeout"],
            max_retries=opts["max_retries"],
            cache=opts["cache"],
            part_tokens=opts["part_tokens"],
            max_parts=opts["max_parts"],
            max_requests=concurrency,
            rpm=opts["rpm"],
            tpm=opts["tpm"],
            language=opts["language"],
        )
        self._session = self._new_session()
        self._lock = threading.Lock()
        self._closed = False
        self._runner: LoopThread | None = None
        self._pid = os.getpid()
        self._finalizer: weakref.finalize[Any, Any] | None = None

    def __repr__(self) -> str:
        endpoint = self._session.endpoint
        where = f" at {endpoint.base_url}" if endpoint.base_url else ""
        state = ", closed" if self._closed else ""
        return f"<Summarizer {endpoint.label}{where}, concurrency {self._concurrency}{state}>"

    def _loop(self) -> LoopThread:
        with self._lock:
            if self._closed:
                raise RuntimeError(_CLOSED)
            if self._runner is not None and self._pid != os.getpid():
                # A child process forked from the one that started the loop: the thread
                # did not come along, and the pool's connections are the parent's.
                if self._finalizer is not None:
                    self._finalizer.detach()
                self._runner, self._session = None, self._new_session()
            if self._runner is None:
                self._pid = os.getpid()
                self._runner = LoopThread(f"summarizer-{id(self):x}", _CLOSED)
                # Holds the loop and the session, not the client, so that the client can
                # be collected; then this closes both.
                self._finalizer = weakref.finalize(
                    self, self._runner.close_soon, functools.partial(_close_session, self._session)
                )
            return self._runner

    # ---------------------------------------------------------------- one article

    def summarize(self, article: str | Path, *, published: Published = None) -> ArticleSummary:
        """Summarize one article; see :func:`summarizer.summarize` for ``article``,
        ``published``, the result and the errors."""
        _warn_if_path(article)
        return self._loop().run(self._summarize(article, published))

    async def asummarize(self, article: str | Path, *, published: Published = None) -> ArticleSummary:
        """The async twin of :meth:`summarize`."""
        _warn_if_path(article)
        return await self._loop().arun(self._summarize(article, published))

    async def _summarize(self, article: str | Path, published: Published) -> ArticleSummary:
        if not isinstance(article, Path):
            ident = article_id(article) if isinstance(article, str) else None
            return await self._session.summarize(
                article, published=published, article_id=ident, allow_partial=self._allow_partial
            )
        # A file, read as a batch reads one (UTF-8 or a byte-order mark), its ID the path.
        text = await asyncio.to_thread(read_file, article)
        try:
            return await self._session.summarize(
                text, published=published, article_id=str(article), allow_partial=self._allow_partial
            )
        except InvalidArticleError as exc:
            raise InvalidArticleError(f"{article}: {exc}") from exc

    # ---------------------------------------------------------------- many articles

    def summarize_many(self, articles: Articles, *, out: OutPath = None, progress: bool | None = None) -> SummaryBatch:
        """Summarize many articles; one result per article, in input order. See
        :func:`summarizer.summarize_many` for ``articles``, ``out`` and ``progress``."""
        items = parse_items(articles)
        collected: dict[int, Result] = {}
        self._loop().run(self._batch(items, out, progress, collected.__setitem__))
        return SummaryBatch(collected[i] for i in range(len(items)))

    async def asummarize_many(
        self, articles: Articles, *, out: OutPath = None, progress: bool | None = None
    ) -> SummaryBatch:
        """The async twin of :meth:`summarize_many`."""
        items = parse_items(articles)
        collected: dict[int, Result] = {}
        await self._loop().arun(self._batch(items, out, progress, collected.__setitem__))
        return SummaryBatch(collected[i] for i in range(len(items)))

    def summarize_iter(
        self, articles: Articles, *, out: OutPath = None, progress: bool | None = None
    ) -> Iterator[tuple[int, Result]]:
        """Like :meth:`summarize_many`, but yields ``(index, result)`` as each article
        finishes (those already complete in ``out`` first). Leaving the loop early
        (``break``, an exception, Ctrl-C) cancels the articles still in flight."""
        self._check_open()
        return self._iterate(parse_items(articles), out, progress)

    def asummarize_iter(
        self, articles: Articles, *, out: OutPath = None, progress: bool | None = None
    ) -> AsyncIterator[tuple[int, Result]]:
        """The async twin of :meth:`summarize_iter`."""
        self._check_open()
        return self._aiterate(parse_items(articles), out, progress)

    def _batch(
        self, items: list[BatchItem], out: OutPath, progress: bool | None, emit: Emit
    ) -> Coroutine[Any, Any, None]:
        return run_batch(
            self._session,
            items,
            concurrency=self._concurrency,
            out=Path(out) if out is not None else None,
            progress=progress,
            allow_partial=self._allow_partial,
            emit=emit,
        )

    def _iterate(self, items: list[BatchItem], out: OutPath, progress: bool | None) -> Iterator[tuple[int, Result]]:
        # The batch starts on the first next(): an iterator never used sends nothing.
        handoff: queue.SimpleQueue[tuple[int, Result] | None] = queue.SimpleQueue()
        job = self._loop().submit(self._batch(items, out, progress, lambda i, result: handoff.put((i, result))))
        job.outcome.add_done_callback(lambda _: handoff.put(None))
        try:
            while (pair := handoff.get()) is not None:
                yield pair
            job.outcome.result()  # the batch's own failure (say, the results file cannot be written)
        finally:
            job.stop()

    async def _aiterate(
        self, items: list[BatchItem], out: OutPath, progress: bool | None
    ) -> AsyncGenerator[tuple[int, Result], None]:
        loop = asyncio.get_running_loop()
        handoff: asyncio.Queue[tuple[int, Result] | None] = asyncio.Queue()

        def post(pair: tuple[int, Result] | None) -> None:
            with contextlib.suppress(RuntimeError):  # the caller's loop is closed: nobody listens
                loop.call_soon_threadsafe(handoff.put_nowait, pair)

        job = self._loop().submit(self._batch(items, out, progress, lambda i, result: post((i, result))))
        job.outcome.add_done_callback(lambda _: post(None))
        try:
            while (pair := await handoff.get()) is not None:
                yield pair
            job.outcome.result()
        finally:
            await job.astop()

    # ---------------------------------------------------------------- provider batch jobs

    def submit_batch(self, articles: Articles, *, out: str | os.PathLike[str]) -> list[BatchJob]:
        """Submit ``articles`` (as for :meth:`summarize_many`) to the provider's batch API,
        at half the price, answered within 24 hours; the jobs are kept in
        ``<out>.batch.json``, so :meth:`batch_status` and :meth:`collect_batch` work from
        another process later. Articles ``out`` holds complete, and requests the response
        cache answers, are not submitted. OpenAI and Anthropic models only.

        >>> with Summarizer(model="openai/gpt-4o-mini") as s:  # doctest: +SKIP
        ...     jobs = s.submit_batch(Path("articles/").glob("*.txt"), out="results.jsonl")
        """
        items = parse_items(articles)
        return self._loop().run(batch_jobs.submit(self._session, items, Path(out)))

    def batch_status(self, out: str | os.PathLike[str]) -> list[BatchJob]:
        """The state of each batch job submitted for ``out``, asked of the provider."""
        return self._loop().run(batch_jobs.status(self._session, Path(out)))

    def collect_batch(self, out: str | os.PathLike[str], *, progress: bool | None = None) -> SummaryBatch:
        """Collect the ended batch jobs of ``out``: their answers are validated, resolved,
        cached and appended to ``out`` exactly as synchronous answers are (re-asks go to
        the model synchronously). Returns the results of the articles collected now, in
        the order submitted; those of jobs still running are left for a later call. A
        request the batch did not answer (errored, expired) makes its article partial."""
        collected: dict[int, Result] = {}
        self._loop().run(
            batch_jobs.collect(
                self._session,
                Path(out),
                concurrency=self._concurrency,
                progress=progress,
                allow_partial=self._allow_partial,
                emit=collected.__setitem__,
            )
        )
        return SummaryBatch(collected[i] for i in sorted(collected))

    # ---------------------------------------------------------------- closing

    def _begin_close(self) -> LoopThread | None:
        with self._lock:
            self._closed = True
            runner, self._runner = self._runner, None
            if self._finalizer is not None:
                self._finalizer.detach()
            # In a forked child the loop and the pool are the parent's: leave them be.
            return runner if self._pid == os.getpid() else None

    def close(self) -> None:
        """Cancel the calls still running, close the connection pool and end the
        client's thread; the client cannot be used afterwards. Idempotent."""
        runner = self._begin_close()
        if runner is not None:
            runner.close(functools.partial(_close_session, self._session))

    async def aclose(self) -> None:
        """:meth:`close` for async code."""
        runner = self._begin_close()
        if runner is not None:
            await runner.aclose(functools.partial(_close_session, self._session))

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError(_CLOSED)

    def __enter__(self) -> Summarizer:
        self._check_open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> Summarizer:
        self._check_open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


def _warn_if_path(article: object) -> None:
    """Warn, at the caller's line outside this module, when ``article`` is the path of
    a file given as a str: that path, not the file, would be summarized."""
    if isinstance(article, str) and names_a_file(article):
        level, frame = 2, sys._getframe(1)
        while frame.f_back is not None and frame.f_code.co_filename == __file__:
            frame, level = frame.f_back, level + 1
        warnings.warn(path_warning(article), UserWarning, stacklevel=level)


async def _close_session(session: Session) -> None:
    await session.__aexit__(None, None, None)


# -------------------------------------------------------------------- one call, one client


@with_options
def summarize(
    article: str | Path, *, published: Published = None, **options: Unpack[SummarizerOptions]
) -> ArticleSummary:
    """Summarize one news article into events, claims and verbatim quotes.

    Every offset refers to ``result.text``: the article as given, or the main text
    extracted from an HTML page. So every quote is ``result.text[quote.start:quote.end]``,
    and every event and claim points to its evidence sentences by offsets. Everyone
    quoted or cited is listed once in ``result.speakers``; quotes and claims point
    there by ID. An article longer than the model's context (or ``part_tokens``) is
    summarized in overlapping parts, concurrently, and merged.

    For more than one call, a :class:`Summarizer` keeps the options, the connection
    pool and the cache: ``Summarizer(**options).summarize(article)`` is this function.

    Args:
        article: the article text, or an HTML page (its main text is extracted;
            needs the ``html`` extra), or a ``pathlib.Path`` to a file holding either
            (read as UTF-8, or UTF-16/32 with a byte-order mark; the path becomes
            ``article_id``). A ``str`` that is the path of an existing file is
            summarized as text, with a ``UserWarning``. Nothing is fetched from the network.
        published: the publication date, for resolving "on Wednesday": an ISO
            string (``"2020-03-13"``), a ``datetime.date`` or a ``datetime``; defaults
            to a dateline or footer found in the article.
        **options: any of :class:`SummarizerOptions`: ``model``, ``base_url``,
            ``api_key``, ``max_retries``, ``timeout``, ``cache``, ``part_tokens``,
            ``max_parts``, ``allow_partial``, ``concurrency``, ``rpm``, ``tpm``.

    Returns:
        The summary; check ``result.complete`` (or call ``result.raise_for_partial()``)
        before treating ``summary``, ``events`` and ``claims`` as whole.

    Raises:
        TypeError: ``article`` is not a str or a Path, or an option is unknown.
        InvalidArticleError: the article is empty, or ``published`` is not a date.
        ArticleTooLongError: the article would take more than ``max_parts`` parts.
        SummarizerError: with ``allow_partial=False``, the model's failure
            (``ModelUnavailableError``, ``SummaryFailedError``, ``RefusedError``),
            with a message saying what to do.

    Example:
        >>> from summarizer import summarize
        >>> result = summarize(open("seeds/000_36f5bebade865c5d.txt").read())  # doctest: +SKIP
        >>> [(result.speaker(q.speaker_id).name, q.text[:20]) for q in result.quotes]  # doctest: +SKIP
        [('Mark Esper', 'I have spoken with t'), ('Dominic Raab', 'We must find those r'), ...]
    """
    with Summarizer(**options) as client:
        return client.summarize(article, published=published)


@with_options
async def asummarize(
    article: str | Path, *, published: Published = None, **options: Unpack[SummarizerOptions]
) -> ArticleSummary:
    """Summarize one news article into events, claims and verbatim quotes.

    The async twin of :func:`summarize`; see it for the arguments.
    """
    async with Summarizer(**options) as client:
        return await client.asummarize(article, published=published)


@with_options
def summarize_many(
    articles: Articles,
    *,
    out: OutPath = None,
    progress: bool | None = None,
    **options: Unpack[SummarizerOptions],
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
        out: a JSONL file to append each result to as soon as it exists. Articles
            whose ID already has a complete summary there are not summarized again
            (failed and partial ones are tried again), so an interrupted batch resumes
            where it stopped. Read it with ``read_results``.
        progress: show a progress bar on stderr; default: when stderr is a terminal.
        **options: any of :class:`SummarizerOptions`, as for ``summarize``:
            ``concurrency`` bounds the requests in flight (default 8; 1 for the
            embedded model), and with ``allow_partial=False`` an article the model
            gives no answer for is a ``FailedArticle`` instead of a partial summary.

    Raises:
        ValueError: two different articles share an ID, or ``concurrency`` < 1.
        ModelUnavailableError: the model settings are unusable (e.g. no key for OpenAI).
    """
    with Summarizer(**options) as client:
        return client.summarize_many(articles, out=out, progress=progress)


@with_options
async def asummarize_many(
    articles: Articles,
    *,
    out: OutPath = None,
    progress: bool | None = None,
    **options: Unpack[SummarizerOptions],
) -> SummaryBatch:
    """The async twin of :func:`summarize_many`."""
    async with Summarizer(**options) as client:
        return await client.asummarize_many(articles, out=out, progress=progress)


@with_options
def summarize_iter(
    articles: Articles,
    *,
    out: OutPath = None,
    progress: bool | None = None,
    **options: Unpack[SummarizerOptions],
) -> Iterator[tuple[int, Result]]:
    """Like :func:`summarize_many`, but yields ``(index, result)`` as each article finishes.

    Articles already complete in ``out`` come first, without a model call. Leaving the
    loop early (``break``, an exception, Ctrl-C) cancels the articles still in flight.
    """
    client = Summarizer(**options)
    try:
        results = client.summarize_iter(articles, out=out, progress=progress)
    except BaseException:
        client.close()
        raise
    return _closing(client, results)


@with_options
def asummarize_iter(
    articles: Articles,
    *,
    out: OutPath = None,
    progress: bool | None = None,
    **options: Unpack[SummarizerOptions],
) -> AsyncIterator[tuple[int, Result]]:
    """The async twin of :func:`summarize_iter`: ``async for i, result in asummarize_iter(...)``."""
    client = Summarizer(**options)
    try:
        results = client.asummarize_iter(articles, out=out, progress=progress)
    except BaseException:
        client.close()
        raise
    return _aclosing(client, results)


def _closing(client: Summarizer, results: Iterator[tuple[int, Result]]) -> Iterator[tuple[int, Result]]:
    with client:
        yield from results


async def _aclosing(
    client: Summarizer, results: AsyncIterator[tuple[int, Result]]
) -> AsyncGenerator[tuple[int, Result], None]:
    async with client:
        try:
            async for pair in results:
                yield pair
        finally:
            if isinstance(results, AsyncGenerator):
                await results.aclose()
