"""A loopback fake of the OpenAI Batch API and of Anthropic's Message Batches, with the
synchronous endpoint of each beside it (for re-asks). Its answers are written in the
test code that drives it (``answer``, as for ``provider_fakes.Fake``): they are not
recordings of any provider.

Every request is checked against the documented constraints; a violation is answered
with a 400 naming it, as the provider would, and kept in ``violations`` (a test asserts
that list is empty). Checked, with where it is stated:

* OpenAI (API reference: Files "Upload file", Batch "Create batch", "The request input
  object"; guide "Batch API"): ``POST /v1/files`` multipart with ``purpose=batch``; the
  file is JSONL, one ``{"custom_id", "method", "url", "body"}`` per line, ``custom_id``
  unique, ``method`` POST, ``url`` the batch's endpoint, one model per file; "up to
  50,000 requests, and can be up to 200 MB in size"; ``POST /v1/batches`` with
  ``input_file_id`` (a file uploaded with purpose batch), ``endpoint``
  (``/v1/chat/completions``) and ``completion_window`` ``"24h"``; each body as
  ``provider_fakes.check_chat`` checks a synchronous one; the key as a bearer token.
* Anthropic (Message Batches API reference; guide "Batch processing"):
  ``POST /v1/messages/batches`` with ``requests`` (1 to 100,000), each ``custom_id``
  matching ``^[a-zA-Z0-9_-]{1,64}$`` and unique, ``params`` as
  ``provider_fakes.check_anthropic`` checks a synchronous body; at most 256 MB;
  ``x-api-key`` and ``anthropic-version`` on every call.

A job ends after ``polls`` status requests. ``fate(seen)`` decides per request what the
job does with it: ``"answer"`` (the answer from ``answer``), ``"error"`` (a per-request
error), ``"expire"`` (the job expires before answering it: OpenAI's ``expired`` status
with code ``batch_expired``, Anthropic's ``expired`` result). ``fail_job`` makes every
job fail validation as a whole (OpenAI's ``failed``).
"""

from __future__ import annotations

import itertools
import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from types import SimpleNamespace
from typing import Any, cast
from urllib.parse import urlsplit

from .provider_fakes import Fake as _SyncFake
from .provider_fakes import Loopback, Seen, check_anthropic, check_chat

Answer = Callable[[Seen], dict[str, Any]]
Fate = Callable[[Seen], str]

OPENAI_MAX_REQUESTS = 50_000
OPENAI_MAX_BYTES = 200_000_000
ANTHROPIC_MAX_REQUESTS = 100_000
ANTHROPIC_MAX_BYTES = 256_000_000
_CUSTOM_ID = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")


_ERRORS = {
    "expire": ("batch_expired", "This request could not be executed before the completion window expired."),
    "error": ("server_error", "The server had an error while processing the request (a fake's verdict)."),
}


def _answer_everything(seen: Seen) -> str:
    return "answer"


@dataclass
class _Job:
    id: str
    requests: list[tuple[str, Seen]]
    polls: int = 0
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class BatchFake(Loopback):
    wire: str  # "chat" (OpenAI) or "anthropic"
    answer: Answer
    key: str
    fate: Fate = _answer_everything
    polls: int = 1  # status requests before a job ends
    fail_job: bool = False
    violations: list[str] = field(default_factory=list)
    jobs: dict[str, _Job] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    synchronous: list[Seen] = field(default_factory=list)  # requests to the sync endpoint
    calls: list[str] = field(default_factory=list)  # "METHOD path", in order

    def __post_init__(self) -> None:
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                fake._handle(self, "GET", b"")

            def do_POST(self) -> None:
                fake._handle(self, "POST", self.rfile.read(int(self.headers["Content-Length"])))

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._serve(Handler)

    # ------------------------------------------------------------------ plumbing

    def _handle(self, handler: BaseHTTPRequestHandler, method: str, raw: bytes) -> None:
        path = urlsplit(handler.path).path
        headers = {k.lower(): v for k, v in handler.headers.items()}
        with self._lock:
            self.calls.append(f"{method} {path}")
            problems = self._auth(headers)
            status, reply = (400, {"error": {"message": "; ".join(problems)}}) if problems else (200, None)
            if reply is None:
                status, reply = self._route(method, path, headers, raw)
        if status == 400:
            self.violations.append(str(reply))
        data = reply if isinstance(reply, bytes) else json.dumps(reply).encode()
        handler.send_response(status)
        handler.send_header(
            "Content-Type", "application/octet-stream" if isinstance(reply, bytes) else "application/json"
        )
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    def _auth(self, headers: dict[str, str]) -> list[str]:
        if self.wire == "chat":
            got = headers.get("authorization", "").removeprefix("Bearer ")
            return [] if got == self.key else ["Authorization is not this provider's key"]
        problems = [] if headers.get("x-api-key") == self.key else ["x-api-key is not this provider's key"]
        if "authorization" in headers:
            problems.append("Anthropic takes the key in x-api-key, not Authorization")
        if not headers.get("anthropic-version"):
            problems.append("anthropic-version header missing")
        return problems

    def _route(self, method: str, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, Any]:
        routes: list[tuple[str, str, Callable[..., tuple[int, Any]]]] = [
            ("POST", r"/v1/files", self._upload),
            ("POST", r"/v1/batches", self._openai_create),
            ("GET", r"/v1/batches/([^/]+)", self._openai_retrieve),
            ("GET", r"/v1/files/([^/]+)/content", self._file_content),
            ("POST", r"/v1/messages/batches", self._anthropic_create),
            ("GET", r"/v1/messages/batches/([^/]+)", self._anthropic_retrieve),
            ("GET", r"/v1/messages/batches/([^/]+)/results", self._anthropic_results),
            ("POST", r"/v1/chat/completions", self._sync),
            ("POST", r"/v1/messages", self._sync),
        ]
        for verb, pattern, route in routes:
            match = re.fullmatch(pattern, path)
            if verb == method and match:
                return route(*match.groups(), headers=headers, raw=raw)
        return 404, {"error": {"message": f"unknown route {method} {path}"}}

    def _sync(self, *, headers: dict[str, str], raw: bytes) -> tuple[int, Any]:
        seen = Seen(
            "/v1/chat/completions" if self.wire == "chat" else "/v1/messages", {}, headers, raw, json.loads(raw)
        )
        problems = self._check(seen, headers)
        if problems:
            return 400, {"error": {"message": "; ".join(problems)}}
        self.synchronous.append(seen)
        return 200, self.answer(seen)

    def _check(self, seen: Seen, headers: dict[str, str]) -> list[str]:
        # What the synchronous fake's checks read of it: the key, and the flavour.
        like = cast(_SyncFake, SimpleNamespace(key=self.key, options={"flavour": "openai"}))
        return (check_chat if self.wire == "chat" else check_anthropic)(seen, like)

    def _new_id(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids)}"

    # ------------------------------------------------------------------ OpenAI

    def _upload(self, *, headers: dict[str, str], raw: bytes) -> tuple[int, Any]:
        fields = _multipart(headers.get("content-type", ""), raw)
        problems = []
        if fields.get("purpose") != b"batch":
            problems.append(f"purpose must be batch, not {fields.get('purpose')!r}")
        data = fields.get("file", b"")
        if len(data) > OPENAI_MAX_BYTES:
            problems.append(f"the file is {len(data)} bytes: more than 200 MB")
        lines = [x for x in data.decode().splitlines() if x.strip()]
        if not 1 <= len(lines) <= OPENAI_MAX_REQUESTS:
            problems.append(f"the file has {len(lines)} requests: a batch file holds 1 to 50,000")
        problems += self._check_lines(lines, headers)
        if problems:
            return 400, {"error": {"message": "; ".join(problems[:5])}}
        file_id = self._new_id("file-")
        self.files[file_id] = data
        return 200, {
            "id": file_id, "object": "file", "bytes": len(data), "created_at": 0,
            "filename": "batch.jsonl", "purpose": "batch", "status": "processed",
        }  # fmt: skip

    def _check_lines(self, lines: list[str], headers: dict[str, str]) -> list[str]:
        problems: list[str] = []
        ids: set[str] = set()
        models: set[str] = set()
        for raw in lines:
            item = json.loads(raw)
            if set(item) != {"custom_id", "method", "url", "body"}:
                problems.append(f"a line has fields {sorted(item)}")
                continue
            if item["custom_id"] in ids:
                problems.append(f"duplicate custom_id {item['custom_id']}")
            ids.add(item["custom_id"])
            if item["method"] != "POST" or item["url"] != "/v1/chat/completions":
                problems.append(f"method/url {item['method']} {item['url']}")
            models.add(item["body"].get("model"))
            body = json.dumps(item["body"]).encode()
            problems += self._check(Seen("/v1/chat/completions", {}, headers, body, item["body"]), headers)
        if len(models) > 1:
            problems.append(f"one model per input file, not {sorted(models)}")
        return problems

    def _openai_create(self, *, headers: dict[str, str], raw: bytes) -> tuple[int, Any]:
        body = json.loads(raw)
        problems = []
        if set(body) - {"input_file_id", "endpoint", "completion_window", "metadata"}:
            problems.append(f"unknown fields {sorted(body)}")
        if body.get("input_file_id") not in self.files:
            problems.append(f"no file {body.get('input_file_id')!r} uploaded with purpose batch")
        if body.get("endpoint") != "/v1/chat/completions" or body.get("completion_window") != "24h":
            problems.append(f"endpoint {body.get('endpoint')!r}, completion_window {body.get('completion_window')!r}")
        if problems:
            return 400, {"error": {"message": "; ".join(problems)}}
        lines = [json.loads(x) for x in self.files[body["input_file_id"]].decode().splitlines() if x.strip()]
        requests = [
            (x["custom_id"], Seen("/v1/chat/completions", {}, headers, json.dumps(x["body"]).encode(), x["body"]))
            for x in lines
        ]
        job = _Job(self._new_id("batch_"), requests)
        job.data = {
            "id": job.id, "object": "batch", "endpoint": body["endpoint"], "input_file_id": body["input_file_id"],
            "completion_window": "24h", "status": "validating", "created_at": 0, "output_file_id": None,
            "error_file_id": None, "errors": None,
            "request_counts": {"total": len(requests), "completed": 0, "failed": 0},
        }  # fmt: skip
        self.jobs[job.id] = job
        return 200, job.data

    def _openai_retrieve(self, job_id: str, *, headers: dict[str, str], raw: bytes) -> tuple[int, Any]:
        job = self.jobs.get(job_id)
        if job is None:
            return 404, {"error": {"message": f"no batch {job_id}"}}
        job.polls += 1
        if job.data["status"] == "validating":
            job.data["status"] = "in_progress"
        if job.polls >= self.polls and job.data["status"] == "in_progress":
            self._openai_end(job)
        return 200, job.data

    def _openai_end(self, job: _Job) -> None:
        if self.fail_job:
            error = {"code": "invalid", "message": "the input file is invalid (a fake's verdict)"}
            job.data.update(status="failed", errors={"object": "list", "data": [error]})
            return
        out, errors, expired = [], [], False
        for custom_id, seen in job.requests:
            fate = self.fate(seen)
            if fate == "answer":
                response = {"status_code": 200, "request_id": "req", "body": self.answer(seen)}
                out.append({"id": "r", "custom_id": custom_id, "response": response, "error": None})
            else:
                expired |= fate == "expire"
                code, message = _ERRORS[fate]
                error = {"code": code, "message": message}
                errors.append({"id": "r", "custom_id": custom_id, "response": None, "error": error})
        for name, lines in (("output_file_id", out), ("error_file_id", errors)):
            if lines:
                file_id = self._new_id("file-")
                self.files[file_id] = ("\n".join(json.dumps(x) for x in lines) + "\n").encode()
                job.data[name] = file_id
        job.data.update(
            status="expired" if expired else "completed",
            request_counts={"total": len(job.requests), "completed": len(out), "failed": len(errors)},
        )

    def _file_content(self, file_id: str, *, headers: dict[str, str], raw: bytes) -> tuple[int, Any]:
        if file_id not in self.files:
            return 404, {"error": {"message": f"no file {file_id}"}}
        return 200, self.files[file_id]

    # ------------------------------------------------------------------ Anthropic

    def _anthropic_create(self, *, headers: dict[str, str], raw: bytes) -> tuple[int, Any]:
        body = json.loads(raw)
        requests = body.get("requests") or []
        problems = []
        if set(body) != {"requests"}:
            problems.append(f"unknown fields {sorted(body)}")
        if not 1 <= len(requests) <= ANTHROPIC_MAX_REQUESTS:
            problems.append(f"requests: {len(requests)} items, must be 1 to 100,000")
        if len(raw) > ANTHROPIC_MAX_BYTES:
            problems.append(f"the batch is {len(raw)} bytes: more than 256 MB")
        ids = [r.get("custom_id", "") for r in requests]
        problems += [f"custom_id {i!r} does not match ^[a-zA-Z0-9_-]{{1,64}}$" for i in ids if not _CUSTOM_ID.match(i)]
        if len(set(ids)) != len(ids):
            problems.append("custom_id must be unique within the batch")
        seen = [
            (r["custom_id"], Seen("/v1/messages", {}, headers, json.dumps(r["params"]).encode(), r["params"]))
            for r in requests
        ]
        for _, s in seen:
            problems += self._check(s, headers)
        if problems:
            return 400, {"error": {"type": "invalid_request_error", "message": "; ".join(problems[:5])}}
        job = _Job(self._new_id("msgbatch_"), seen)
        job.data = {
            "id": job.id, "type": "message_batch", "processing_status": "in_progress", "results_url": None,
            "created_at": "2026-01-01T00:00:00Z", "ended_at": None, "expires_at": "2026-01-02T00:00:00Z",
            "request_counts": {"processing": len(seen), "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0},
        }  # fmt: skip
        self.jobs[job.id] = job
        return 200, job.data

    def _anthropic_retrieve(self, job_id: str, *, headers: dict[str, str], raw: bytes) -> tuple[int, Any]:
        job = self.jobs.get(job_id)
        if job is None:
            return 404, {"error": {"type": "not_found_error", "message": f"no batch {job_id}"}}
        job.polls += 1
        if job.polls >= self.polls and job.data["processing_status"] == "in_progress":
            counts = {"processing": 0, "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0}
            for _, seen in job.requests:
                counts[{"answer": "succeeded", "error": "errored", "expire": "expired"}[self.fate(seen)]] += 1
            job.data.update(
                processing_status="ended",
                ended_at="2026-01-01T01:00:00Z",
                results_url=f"{self.url}/v1/messages/batches/{job_id}/results",
                request_counts=counts,
            )
        return 200, job.data

    def _anthropic_results(self, job_id: str, *, headers: dict[str, str], raw: bytes) -> tuple[int, Any]:
        job = self.jobs.get(job_id)
        if job is None or job.data["processing_status"] != "ended":
            return 404, {"error": {"type": "not_found_error", "message": f"no results for {job_id}"}}
        lines = []
        for custom_id, seen in job.requests:
            fate = self.fate(seen)
            result: dict[str, Any]
            if fate == "answer":
                result = {"type": "succeeded", "message": self.answer(seen)}
            elif fate == "error":
                error = {"type": "api_error", "message": "Internal server error (a fake's verdict)"}
                result = {"type": "errored", "error": {"type": "error", "error": error}}
            else:
                result = {"type": "expired"}
            lines.append(json.dumps({"custom_id": custom_id, "result": result}))
        return 200, ("\n".join(lines) + "\n").encode()


def _multipart(content_type: str, raw: bytes) -> dict[str, bytes]:
    """The fields of a multipart/form-data body by name (email/cgi-free: enough here)."""
    match = re.search(r"boundary=\"?([^\";]+)\"?", content_type)
    if not match:
        return {}
    fields: dict[str, bytes] = {}
    for part in raw.split(b"--" + match.group(1).encode()):
        head, sep, value = part.partition(b"\r\n\r\n")
        name = re.search(rb'name="([^"]+)"', head)
        if sep and name:
            fields[name.group(1).decode()] = value.removesuffix(b"\r\n")
    return fields
