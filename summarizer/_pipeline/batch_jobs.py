"""Provider batch jobs: submit many articles at the batch price, collect them later.

OpenAI's Batch API and Anthropic's Message Batches answer within 24 hours at half the
synchronous price (see ``_llm.batch_api``). Three steps, each its own call and process:

* **submit**: each article is prepared and planned as ``Session.summarize`` does it, and
  the first request of each of its parts (the same JSON body the synchronous path would
  post) goes into a provider job, under its response-cache key as ``custom_id``. Requests
  the response cache already answers, and articles ``out`` already holds complete, are
  not submitted; identical requests are submitted once. Jobs are split at article
  boundaries to stay within the provider's documented limits.
* **status**: each job's state, as the provider reports it.
* **collect**: the answers of the ended jobs are handed to the session by key, and the
  articles run through the synchronous pipeline (``run_batch``): a request whose answer
  came from the batch is not sent, but that answer is validated, repaired, re-asked,
  resolved, cached and written to ``out`` exactly as a synchronous one. Re-asks (an
  answer that fails validation or is cut off) and the final summary of a long article's
  parts, which depends on the parts' answers, go to the model synchronously. A request
  the batch gave no answer (errored, expired, cancelled, a failed job) makes its article
  partial, or a ``FailedArticle`` with ``allow_partial=False``; it is never sent again
  behind the caller's back.

Why the answers are handed over by key rather than written into the response cache
before a synchronous run: the cache holds *validated* answers. A raw batch answer put
there would, when it fails validation, be dropped and asked afresh instead of re-asked
with its errors; one that validates would report no usage (a cache hit costs nothing)
and ``provenance.cached``; and with ``cache=False`` nothing would be found at all. Taken
in place of the first request (``request_answer(first=...)``), a batch answer goes
through the very loop a synchronous one does, counted at the batch price.

The state lives in ``<out>.batch.json`` next to the results: the articles (their text, so
that collect needs nothing else), the options that shape the requests, and each job.
It is rewritten (atomically) after every job is created, so no paid job is forgotten.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from .._errors import ArticleTooLongError, InvalidArticleError
from .._llm.batch_api import BatchAPI, BatchRequest, JobInfo, Outcome, limits, line, supports_batches
from .._llm.cache import _safe_url
from .._text.files import read_file
from ..results import Result, completed
from .batch import BatchItem, run_batch
from .session import FirstRequest, Session

STATE_FORMAT = 1
JobStateName = Literal["in_progress", "ended", "failed", "collected"]


@dataclass(frozen=True)
class BatchJob:
    """One provider batch job of a submission, as the last submit, status or collect saw it.

    ``state`` is ``"in_progress"``, ``"ended"`` (its answers can be collected),
    ``"failed"`` (the provider will answer none of it: its articles collect as partial
    or failed) or ``"collected"``; ``status`` is the provider's own word for it
    (``"completed"``, ``"expired"``, ``"ended"``, ...) and ``counts`` its request counts.
    """

    id: str
    provider: str
    state: JobStateName
    status: str
    requests: int
    articles: int
    counts: dict[str, int]
    message: str | None = None


def state_path(out: str | os.PathLike[str]) -> Path:
    """Where the jobs of the results file ``out`` are kept."""
    out = Path(out)
    return out.with_name(out.name + ".batch.json")


# ------------------------------------------------------------------ the state file


def _load(out: Path) -> dict[str, Any]:
    path = state_path(out)
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"no batch jobs for {out}: {path} does not exist (run submit first)") from None
    if not isinstance(state, dict) or state.get("format") != STATE_FORMAT:
        raise ValueError(f"{path} is not a batch-jobs file of this version (format {STATE_FORMAT})")
    return state


def _save(out: Path, state: dict[str, Any]) -> None:
    path = state_path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(state, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)  # atomic: a crash leaves the old file or the new one


def _settings(session: Session) -> dict[str, Any]:
    """What shapes the requests and their keys: collect must use the same."""
    endpoint = session.endpoint
    return {
        "model": endpoint.label,
        "base_url": _safe_url(endpoint.base_url),
        "part_tokens": session.part_tokens,
        "max_parts": session.max_parts,
    }


def _check_settings(session: Session, state: dict[str, Any], out: Path) -> None:
    mine = _settings(session)
    differ = [f"{k}={state.get(k)!r} (now {v!r})" for k, v in mine.items() if state.get(k) != v]
    if differ:
        raise ValueError(
            f"the batch jobs of {out} were submitted with other settings: {', '.join(differ)}; "
            "collect with the same model, base_url, part_tokens and max_parts"
        )


def _jobs(state: dict[str, Any]) -> list[BatchJob]:
    return [
        BatchJob(
            id=j["id"],
            provider=state["provider"],
            state=j["state"],
            status=j["status"],
            requests=len(j["keys"]),
            articles=j["articles"],
            counts=j.get("counts", {}),
            message=j.get("message"),
        )
        for j in state["jobs"]
    ]


def _record(job: dict[str, Any], info: JobInfo) -> None:
    job.update(status=info.status, counts=info.counts, output=info.output, errors=info.errors, message=info.message)
    if job["state"] != "collected":
        job["state"] = info.state


# ------------------------------------------------------------------ submit


@dataclass
class _Planned:
    item: BatchItem
    text: str | None
    requests: list[FirstRequest]


async def _plan(session: Session, item: BatchItem) -> _Planned:
    """The article's text and first requests; none for input the pipeline refuses (it
    then fails at collect, as it would synchronously)."""
    text: object = item.text
    try:
        if isinstance(text, Path):
            text = await asyncio.to_thread(read_file, text)
        requests = session.first_requests(text, published=item.published)
    except (InvalidArticleError, ArticleTooLongError, TypeError, OSError, ValueError):
        return _Planned(item, text if isinstance(text, str) else None, [])
    return _Planned(item, text if isinstance(text, str) else None, requests)


def _groups(session: Session, planned: list[_Planned]) -> list[list[BatchRequest]]:
    """The requests to submit, split into jobs within the provider's limits at article
    boundaries. A request already submitted (the same request of another article) is
    not submitted again."""
    bound = limits(session.endpoint)
    groups: list[list[BatchRequest]] = []
    seen: set[str] = set()
    size = 0
    for plan in planned:
        new = [BatchRequest(r.key, r.path, r.body) for r in plan.requests if not r.cached and r.key not in seen]
        if not new:
            continue
        grow = sum(len(line(session.endpoint, b).encode()) + 1 for b in new)
        if not groups or len(groups[-1]) + len(new) > bound.requests or size + grow > bound.bytes:
            groups.append([])
            size = 0
        groups[-1].extend(new)
        seen.update(b.custom_id for b in new)
        size += grow
    return groups


def _article(plan: _Planned) -> dict[str, Any]:
    published = plan.item.published
    if isinstance(published, dt.date):
        published = published.isoformat()
    # The keys of its submitted requests: it is collected once every job holding one ended.
    keys = [r.key for r in plan.requests if not r.cached]
    entry: dict[str, Any] = {"id": plan.item.id, "text": plan.text, "published": published, "keys": keys}
    if plan.text is None:
        # Unreadable: kept as given, to fail at collect as it would synchronously.
        entry["path"] = str(plan.item.text) if isinstance(plan.item.text, Path) else None
    return entry


async def submit(session: Session, items: list[BatchItem], out: Path) -> list[BatchJob]:
    """Submit the articles of ``items`` not yet complete in ``out`` as provider jobs."""
    if not supports_batches(session.endpoint):
        raise ValueError(
            f"{session.endpoint.label} has no batch API this library can use; provider batches "
            "are supported for openai/... and anthropic/... models"
        )
    if state_path(out).exists():
        old = _load(out)
        if any(j["state"] != "collected" for j in old["jobs"]):
            raise ValueError(
                f"{state_path(out)} holds jobs not collected yet: collect them first "
                "(or delete that file to abandon them)"
            )
    done = completed(out)
    planned = [await _plan(session, item) for item in items if item.id not in done]
    groups = _groups(session, planned)
    state: dict[str, Any] = {
        "format": STATE_FORMAT,
        **_settings(session),
        "provider": session.endpoint.provider,
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "articles": [_article(p) for p in planned],
        "jobs": [],
    }
    _save(out, state)
    api = BatchAPI(session.endpoint, (await session.connection()).client)
    for requests in groups:
        info = await api.create(requests)
        keys = {r.custom_id for r in requests}
        job: dict[str, Any] = {
            "id": info.id,
            "keys": [r.custom_id for r in requests],
            "articles": sum(1 for a in state["articles"] if keys.intersection(a["keys"])),
            "state": info.state,
        }
        _record(job, info)
        state["jobs"].append(job)
        _save(out, state)
    return _jobs(state)


# ------------------------------------------------------------------ status, collect


async def status(session: Session, out: Path) -> list[BatchJob]:
    """Each job's state, asked of the provider for the jobs still running."""
    state = _load(out)
    await _refresh(session, state)
    _save(out, state)
    return _jobs(state)


async def _refresh(session: Session, state: dict[str, Any]) -> None:
    api = BatchAPI(session.endpoint, (await session.connection()).client)
    for job in state["jobs"]:
        if job["state"] == "in_progress":
            _record(job, await api.retrieve(job["id"]))


async def _answers(session: Session, jobs: list[dict[str, Any]]) -> dict[str, Outcome]:
    api = BatchAPI(session.endpoint, (await session.connection()).client)
    answers: dict[str, Outcome] = {}
    for job in jobs:
        info = JobInfo(id=job["id"], status=job["status"], state="ended", output=job["output"], errors=job["errors"])
        # A failed job has neither file: none of its requests was answered.
        got = await api.results(info) if job["output"] or job["errors"] else {}
        why = f"batch job {job['id']} {job['status']}" + (f": {job['message']}" if job.get("message") else "")
        for key in job["keys"]:
            answers[key] = got.get(key, f"{why}; no result for this request")
    return answers


def _item(article: dict[str, Any]) -> BatchItem:
    text: object = article["text"] if article["text"] is not None else Path(article.get("path") or "")
    return BatchItem(article["id"], text, article.get("published"))


async def collect(
    session: Session,
    out: Path,
    *,
    concurrency: int,
    progress: bool | None,
    allow_partial: bool,
    emit: Callable[[int, Result], None],
) -> list[BatchJob]:
    """Run the articles of the ended (or failed) jobs through the pipeline with the jobs'
    answers, writing each result to ``out``; the jobs still running are left for a
    later collect. ``emit`` gets ``(index, result)`` per article, indexed in the order
    the articles were submitted (those ready now only)."""
    state = _load(out)
    _check_settings(session, state, out)
    await _refresh(session, state)
    _save(out, state)
    ready_jobs = [j for j in state["jobs"] if j["state"] in ("ended", "failed")]
    waiting = {k for j in state["jobs"] if j["state"] == "in_progress" for k in j["keys"]}
    articles = [a for a in state["articles"] if waiting.isdisjoint(a["keys"])]
    if not articles:
        return _jobs(state)
    wanted = {k for a in articles for k in a["keys"]}
    # Also a job collected before, for an article that waited for another job too.
    holding = [j for j in state["jobs"] if j["state"] != "in_progress" and not wanted.isdisjoint(j["keys"])]
    session.batch_answers = await _answers(session, holding)
    try:
        await run_batch(
            session,
            [_item(a) for a in articles],
            concurrency=concurrency,
            out=out,
            progress=progress,
            allow_partial=allow_partial,
            emit=emit,
        )
    finally:
        session.batch_answers = {}
    for job in ready_jobs:
        job["state"] = "collected"
    # What is left waits for jobs still running (its text is needed then).
    state["articles"] = [a for a in state["articles"] if not waiting.isdisjoint(a["keys"])]
    _save(out, state)
    return _jobs(state)
