"""The providers' batch APIs: submit many requests as one job, poll it, fetch its answers.

Each request is the one the synchronous path would send first (``client.first_request``),
and each answer comes back as a ``ChatCompletion`` (``client.completion_of``), so the
pipeline validates it exactly as a synchronous answer. Two providers have one:

* OpenAI (platform.openai.com, "Batch API" guide and API reference): upload a JSONL
  file with ``POST /v1/files`` (``purpose=batch``), one line per request
  ``{"custom_id", "method": "POST", "url": "/v1/chat/completions", "body"}``; create the
  job with ``POST /v1/batches`` (``input_file_id``, ``endpoint``,
  ``completion_window: "24h"``); poll ``GET /v1/batches/{id}`` (``status``: validating,
  failed, in_progress, finalizing, completed, expired, cancelling, cancelled;
  ``request_counts``; ``output_file_id``, ``error_file_id``); read those files with
  ``GET /v1/files/{id}/content``. An output line is ``{"custom_id", "response":
  {"status_code", "body"}, "error"}``. An expired or cancelled job still has the
  answers it finished in its output file; the others are in its error file (code
  ``batch_expired``/``batch_cancelled``). "The file can contain up to 50,000 requests,
  and can be up to 200 MB in size" (API reference, Create batch, ``input_file_id``).
* Anthropic (platform.claude.com, "Batch processing" and the Message Batches API
  reference): ``POST /v1/messages/batches`` with ``{"requests": [{"custom_id",
  "params"}]}``, ``custom_id`` matching ``^[a-zA-Z0-9_-]{1,64}$``, unique in the batch;
  poll ``GET /v1/messages/batches/{id}`` (``processing_status``: in_progress, canceling,
  ended; ``request_counts``: processing, succeeded, errored, canceled, expired;
  ``results_url`` once ended); the results are JSONL lines ``{"custom_id", "result":
  {"type": "succeeded" | "errored" | "canceled" | "expired", "message" | "error"}}``.
  "A Message Batch is limited to either 100,000 Message requests or 256 MB in size,
  whichever is reached first."

Both bill every token at half the synchronous price (see ``pricing.BATCH_DISCOUNT``).
A key goes only to its own provider: every call goes to the endpoint's base URL, and a
``results_url`` on another host than the endpoint's is refused, not followed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx2
import openai
from openai.types.chat import ChatCompletion

from .client import _options, completion_of, transport_retrying
from .endpoint import Endpoint

JobState = Literal["in_progress", "ended", "failed"]


@dataclass(frozen=True)
class BatchLimits:
    """The most one provider job may hold."""

    requests: int
    bytes: int


# The documented limits (module docstring); MB read as 10^6 bytes, the smaller reading.
OPENAI_BATCH_LIMITS = BatchLimits(requests=50_000, bytes=200_000_000)
ANTHROPIC_BATCH_LIMITS = BatchLimits(requests=100_000, bytes=256_000_000)


@dataclass(frozen=True)
class BatchRequest:
    custom_id: str  # ^[a-zA-Z0-9_-]{1,64}$, as Anthropic requires
    path: str  # below the base URL: "/chat/completions" or "/messages"
    body: dict[str, Any]


@dataclass(frozen=True)
class JobInfo:
    """A provider job as its last poll saw it."""

    id: str
    status: str  # the provider's own word
    state: JobState  # in progress; ended (its answers can be read); failed (none will come)
    counts: dict[str, int] = field(default_factory=dict)
    output: str | None = None  # OpenAI's output file ID, Anthropic's results_url
    errors: str | None = None  # OpenAI's error file ID
    message: str | None = None  # why a job failed, in the provider's words


# A request's outcome: the answer, or why there is none (the provider's words).
Outcome = ChatCompletion | str

_OPENAI_ENDED = {"completed", "expired", "cancelled"}
_OPENAI_FAILED = {"failed"}


def supports_batches(endpoint: Endpoint) -> bool:
    return endpoint.provider in ("openai", "anthropic")


def limits(endpoint: Endpoint) -> BatchLimits:
    return ANTHROPIC_BATCH_LIMITS if endpoint.provider == "anthropic" else OPENAI_BATCH_LIMITS


def line(endpoint: Endpoint, request: BatchRequest) -> str:
    """One request as the provider's job holds it (a JSONL line, or an element of
    Anthropic's ``requests`` array): its size counts against the byte limit."""
    if endpoint.provider == "anthropic":
        item: dict[str, Any] = {"custom_id": request.custom_id, "params": request.body}
    else:
        item = {"custom_id": request.custom_id, "method": "POST", "url": "/v1" + request.path, "body": request.body}
    return json.dumps(item, ensure_ascii=False, separators=(",", ":"))


class BatchAPI:
    """One provider's batch API on the pooled client of a ``Connection``."""

    def __init__(self, endpoint: Endpoint, client: openai.AsyncOpenAI) -> None:
        if not supports_batches(endpoint):
            raise ValueError(
                f"{endpoint.label} has no batch API this library can use; provider batches are "
                "supported for openai/... and anthropic/... models"
            )
        self.endpoint = endpoint
        self._client = client
        self._options = _options(endpoint)
        self._anthropic = endpoint.provider == "anthropic"

    async def _call(self, method: Literal["get", "post"], path: str, **kwargs: Any) -> Any:
        async for attempt in transport_retrying(attempts=self.endpoint.profile.transport_attempts):
            with attempt:
                if method == "get":
                    return await self._client.get(path, options=self._options, **kwargs)
                return await self._client.post(path, options=self._options, **kwargs)
        raise AssertionError("tenacity returns or raises")  # pragma: no cover

    async def create(self, requests: list[BatchRequest]) -> JobInfo:
        """Submit ``requests`` as one job (within ``limits``: the caller splits)."""
        lines = [line(self.endpoint, r) for r in requests]
        if self._anthropic:
            batch = {"requests": [json.loads(x) for x in lines]}
            return self._info(await self._call("post", "/messages/batches", body=batch, cast_to=object))
        data = ("\n".join(lines) + "\n").encode()
        uploaded = None
        async for attempt in transport_retrying(attempts=self.endpoint.profile.transport_attempts):
            with attempt:
                uploaded = await self._client.files.create(
                    file=("summarizer-batch.jsonl", data, "application/jsonl"), purpose="batch"
                )
        assert uploaded is not None
        body = {"input_file_id": uploaded.id, "endpoint": "/v1/chat/completions", "completion_window": "24h"}
        return self._info(await self._call("post", "/batches", body=body, cast_to=object))

    async def retrieve(self, job_id: str) -> JobInfo:
        path = f"/messages/batches/{job_id}" if self._anthropic else f"/batches/{job_id}"
        return self._info(await self._call("get", path, cast_to=object))

    def _info(self, data: Any) -> JobInfo:
        if self._anthropic:
            status = str(data["processing_status"])
            return JobInfo(
                id=str(data["id"]),
                status=status,
                state="ended" if status == "ended" else "in_progress",
                counts={k: int(v) for k, v in (data.get("request_counts") or {}).items()},
                output=data.get("results_url"),
            )
        status = str(data["status"])
        state: JobState = (
            "ended" if status in _OPENAI_ENDED else "failed" if status in _OPENAI_FAILED else "in_progress"
        )
        errors = (data.get("errors") or {}).get("data") or []
        return JobInfo(
            id=str(data["id"]),
            status=status,
            state=state,
            counts={k: int(v) for k, v in (data.get("request_counts") or {}).items()},
            output=data.get("output_file_id"),
            errors=data.get("error_file_id"),
            message="; ".join(str(e.get("message")) for e in errors) or None,
        )

    async def results(self, job: JobInfo) -> dict[str, Outcome]:
        """Every request's outcome in an ended job, by custom_id."""
        if self._anthropic:
            return self._anthropic_results(await self._text(self._results_url(job)))
        outcomes: dict[str, Outcome] = {}
        for file_id in (job.errors, job.output):  # answers last: they win over a retried error
            if file_id:
                outcomes.update(self._openai_results(await self._text(f"/files/{file_id}/content")))
        return outcomes

    def _results_url(self, job: JobInfo) -> str:
        if job.output is None:
            raise openai.APIError(f"batch {job.id} ended without a results_url", request=_NO_REQUEST, body=None)
        base = urlsplit(self.endpoint.base_url or "")
        url = urlsplit(job.output)
        if (url.scheme, url.netloc) != (base.scheme, base.netloc):
            # The key goes only to the provider's own host, not wherever a response points.
            raise openai.APIError(
                f"batch {job.id}: results_url {url.scheme}://{url.netloc} is not {self.endpoint.label}'s host "
                f"{base.netloc}; not sending the key there",
                request=_NO_REQUEST,
                body=None,
            )
        return job.output

    async def _text(self, path: str) -> str:
        response = await self._call("get", path, cast_to=httpx2.Response)
        return str(response.text)

    def _openai_results(self, text: str) -> dict[str, Outcome]:
        outcomes: dict[str, Outcome] = {}
        for raw in text.splitlines():
            if not raw.strip():
                continue
            item = json.loads(raw)
            response = item.get("response") or {}
            error = item.get("error")
            if error is None and response.get("status_code") == 200:
                outcomes[item["custom_id"]] = completion_of(self.endpoint, response["body"])
            else:
                outcomes[item["custom_id"]] = _openai_error(error, response)
        return outcomes

    def _anthropic_results(self, text: str) -> dict[str, Outcome]:
        outcomes: dict[str, Outcome] = {}
        for raw in text.splitlines():
            if not raw.strip():
                continue
            item = json.loads(raw)
            result = item.get("result") or {}
            kind = result.get("type")
            if kind == "succeeded":
                outcomes[item["custom_id"]] = completion_of(self.endpoint, result["message"])
            elif kind == "errored":
                inner = (result.get("error") or {}).get("error") or {}
                outcomes[item["custom_id"]] = f"{inner.get('message', 'errored')} ({inner.get('type', 'error')})"
            else:
                outcomes[item["custom_id"]] = f"the batch request was {kind} before it was answered"
        return outcomes


_NO_REQUEST = httpx2.Request("GET", "https://invalid.invalid/")


def _openai_error(error: dict[str, Any] | None, response: dict[str, Any]) -> str:
    if error:
        return f"{error.get('message', 'error')} ({error.get('code', 'error')})"
    body = response.get("body") or {}
    inner = body.get("error") if isinstance(body, dict) else None
    message = inner.get("message") if isinstance(inner, dict) else None
    return f"HTTP {response.get('status_code')}: {message or 'no answer'}"
