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
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._errors import (
    ArticleTooLongError,
    InvalidArticleError,
    ModelUnavailableError,
    SummarizerError,
    SummaryFailedError,
    one_line,
)
from .._llm.endpoint import Endpoint
from .._text.files import read_file
from ..models import ArticleSummary, FailedArticle, FailureReason, Usage
from ..results import ResultsWriter, completed
from .progress import BatchProgress
from .session import Published, Session, _gather

if TYPE_CHECKING:
    pass

from ..results import Result

log = logging.getLogger(__name__)

ArticleItem = str | Path | tuple[str, str] | Mapping[str, Any]
Articles = Iterable[ArticleItem] | Mapping[str, str]


def default_concurrency(endpoint: Endpoint) -> int:
    """Requests in flight at once when the caller gives no ``concurrency``."""
    return endpoint.profile.default_concurrency


def article_id(text: str) -> str:
    """The ID of an article given as plain text: the first 16 hex digits of its sha256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True)
class BatchItem:
    """One article of a batch, as ``parse_items`` reads it."""

    id: str
    text: object  # str, or a Path read when its turn comes; anything else fails as invalid
    published: Published = None  # checked with the article, so a bad date fails only it


def parse_items(articles: Articles) -> list[BatchItem]:
    """The articles of a batch, each with its ID; checked before anything is sent.

    Accepts texts, Paths, (id, text) pairs, {"id", "text", "published"} dicts, or {id: text}."""
    if isinstance(articles, str | bytes):
        raise TypeError("articles must be an iterable of articles, not one article; use summarize() for one")
    pairs: Iterable[Any] = articles.items() if isinstance(articles, Mapping) else articles
    items: list[BatchItem] = []
    for raw in pairs:
        if isinstance(raw, Path):
            items.append(BatchItem(str(raw), raw))
        elif isinstance(raw, tuple) and len(raw) == 2 and isinstance(raw[0], str):
            items.append(BatchItem(raw[0], raw[1]))
        elif isinstance(raw, Mapping):
            text = raw.get("text")
            ident = raw.get("id")
            published = raw.get("published")
            items.append(BatchItem(str(ident) if ident is not None else article_id(str(text)), text, published))
        elif isinstance(raw, str):
            items.append(BatchItem(article_id(raw), raw))
        else:
            items.append(BatchItem(f"item-{len(items)}", raw))  # fails as invalid_input, in its place
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


async def _summarize_item(session: Session, item: BatchItem, allow_partial: bool) -> Result:
    try:
        text = await asyncio.to_thread(read_file, item.text) if isinstance(item.text, Path) else item.text
        return await session.summarize(text, published=item.published, article_id=item.id, allow_partial=allow_partial)
    except (SummarizerError, TypeError) as exc:
        return failure(item.id, exc)
    except Exception as exc:  # a bug of ours must not take the batch down with it
        log.exception("unexpected error summarizing %s", item.id)
        return failure(item.id, exc)


async def run_batch(
    session: Session,
    items: list[BatchItem],
    *,
    concurrency: int,
    out: Path | None,
    progress: bool | None,
    allow_partial: bool,
    emit: Callable[[int, Result], None],
) -> None:
    """Summarize ``items`` on ``session``, ``concurrency`` articles at a time, handing
    each ``(index, result)`` to ``emit`` as it exists: first the articles ``out``
    already holds complete (no model call), then the others as each one finishes.

    ``emit`` runs on the loop, after the result is written to ``out``. An article's
    failure is its result; only a failure of the batch itself (the results file cannot
    be written, say) stops the rest, and is raised.
    """
    done = completed(out) if out is not None else {}
    pending = deque(i for i, item in enumerate(items) if item.id not in done)
    for i, item in enumerate(items):
        if item.id in done:
            emit(i, done[item.id])
    if not pending:
        return
    with contextlib.ExitStack() as stack:
        writer = stack.enter_context(ResultsWriter(out)) if out is not None else None
        bar = stack.enter_context(BatchProgress(progress, total=len(items), done=len(items) - len(pending)))

        undated: list[str] = []

        async def worker() -> None:
            while pending:
                i = pending.popleft()
                result = await _summarize_item(session, items[i], allow_partial)
                if writer is not None:
                    writer.write(result)  # before anything else: a crash now loses nothing
                bar.advance(result)
                if _undated(result):
                    undated.append(result.article_id or items[i].id)
                    if len(undated) == 1:
                        log.warning(NO_DATE_WARNING, result.article_id or items[i].id)
                emit(i, result)

        await _gather([worker() for _ in range(min(concurrency, len(pending)))])
        if len(undated) > 1:
            log.info("%d articles of this batch had no publication date: %s", len(undated), ", ".join(undated))


# Once per batch, at the first article concerned: every article of a batch of one
# source is usually alike, and a warning per article would drown the rest.
NO_DATE_WARNING = (
    "%s has no publication date (no published= given, no dateline, header or footer found), so its "
    "relative dates ('on Monday', 'last week') stay unresolved; give each article's date "
    '({"id", "text", "published"} items, or --published), or run with -v to list every such article'
)


def _undated(result: Result) -> bool:
    """A summary with relative dates left unresolved for want of a publication date."""
    return (
        isinstance(result, ArticleSummary)
        and result.provenance.published is None
        and any(d.resolution == "unresolved" for d in result.dates)
    )
