"""Test helpers for code that calls summarize(): a scripted model, no real LLM needed,
and golden-output tests of your own pipeline's summaries (``golden_tests``).

``FakeLLM`` is an OpenAI-compatible chat-completions server on 127.0.0.1 that
answers each request with the next item of a script. It goes through the same
HTTP path as a real model, so re-asks, transport retries and usage accounting
behave as they would in production.

>>> from summarizer import summarize
>>> from summarizer.testing import FakeLLM
>>> with FakeLLM([{"summary": "...", "events": [], "claims": []}]) as llm:  # doctest: +SKIP
...     result = summarize(article, base_url=llm.base_url, model="fake")

``Quota`` makes a FakeLLM behave as a rate-limited provider: at most so many requests
in any window of time, a 429 with ``retry-after`` above it, and OpenAI's rate-limit
headers on every answer:

>>> with FakeLLM(Quota({"summary": "...", "events": [], "claims": []}, requests=60)) as llm:  # doctest: +SKIP
...     results = summarize_many(articles, base_url=llm.base_url, model="openai/gpt-4o-mini", rpm=60)

``golden_tests`` pins the summaries of a folder of articles (the pytest plugin, in
``summarizer.golden.pytest_plugin``; needs the ``[testing]`` extra)::

    from summarizer.testing import golden_tests
    test_articles = golden_tests("articles")
"""

from __future__ import annotations

import dataclasses
import json
import math
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .golden.pytest_plugin import golden_tests

__all__ = ["FakeCompletion", "FakeLLM", "FakeResponse", "Quota", "golden_tests"]


def __getattr__(name: str) -> Any:
    # Imported on first use: it needs pytest, which FakeLLM does not.
    if name == "golden_tests":
        from .golden.pytest_plugin import golden_tests

        return golden_tests
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class FakeResponse:
    """A raw HTTP answer, for scripting faults: ``FakeResponse(429, headers={"Retry-After": "1"})``.

    ``delay`` waits that many seconds before answering (a slow or hung server);
    ``reset`` drops the connection without answering (a connection reset).
    """

    status: int
    body: str = '{"error": {"message": "scripted failure"}}'
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    reset: bool = False


@dataclass(frozen=True)
class FakeCompletion:
    """A chat completion with a chosen ending: ``finish_reason="length"`` for a cut-off
    answer, ``"content_filter"`` for a filtered one, or a ``refusal`` message.

    ``off_schema=True`` marks a JSON answer that does not match the request's schema on
    purpose (what a server that does not enforce it may write, to test a re-ask): it is
    sent without the check FakeLLM makes of every other answer.
    """

    content: dict[str, Any] | str | None
    finish_reason: str = "stop"
    refusal: str | None = None
    off_schema: bool = False


def request_schema(body: dict[str, Any]) -> dict[str, Any] | None:
    """The JSON Schema a request asks its answer to match: chat completions'
    ``response_format`` (``json_schema.schema``, or the ``schema`` beside llama.cpp's
    JSON-object type), Anthropic's ``output_config.format.schema``, Gemini's
    ``generationConfig.responseSchema``; None when it gives none."""
    rf = body.get("response_format")
    if isinstance(rf, dict):
        found = (rf.get("json_schema") or {}).get("schema") or rf.get("schema")
        return found if isinstance(found, dict) else None
    config = body.get("output_config")
    if isinstance(config, dict):
        found = (config.get("format") or {}).get("schema")
        return found if isinstance(found, dict) else None
    found = (body.get("generationConfig") or {}).get("responseSchema")
    return found if isinstance(found, dict) else None


def _json_schema(node: Any) -> Any:
    """Gemini's OpenAPI dialect as JSON Schema: ``nullable: true`` as a union with null,
    upper-case type names in lower case; other dialects are JSON Schema already."""
    if isinstance(node, list):
        return [_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _json_schema(value) for key, value in node.items() if key != "nullable"}
    if isinstance(out.get("type"), str):
        out["type"] = out["type"].lower()
    if node.get("nullable") is True:
        return {"anyOf": [out, {"type": "null"}]}
    return out


def schema_errors(answer: object, schema: dict[str, Any]) -> list[str]:
    """Where ``answer`` (parsed JSON) fails ``schema``, as ``path: message`` lines; empty
    when it matches. Needs ``jsonschema`` (in the ``testing`` extra)."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(_json_schema(schema))
    return [
        f"{'.'.join(map(str, error.absolute_path)) or '<root>'}: {error.message}"
        for error in sorted(validator.iter_errors(answer), key=lambda e: list(map(str, e.absolute_path)))
    ]


Scripted = dict[str, Any] | str | FakeResponse | FakeCompletion | Callable[[dict[str, Any]], Any]


class _Server(ThreadingHTTPServer):
    request_queue_size = 256  # a batch at high concurrency opens many connections at once
    connections = 0

    def process_request(self, request: Any, client_address: Any) -> None:
        self.connections += 1  # one thread accepts them all: no lock needed
        super().process_request(request, client_address)


class FakeLLM:
    """A scripted OpenAI-compatible server on an ephemeral 127.0.0.1 port.

    Each script item answers one request: a dict is sent as the JSON content of
    the assistant message, a str as raw content, a ``FakeCompletion`` with its
    finish reason, a ``FakeResponse`` as a raw HTTP response, and a callable
    receives the request body and returns any of those. A callable in place of
    the whole script answers every request.
    ``requests`` keeps every request body received, and ``connections`` counts the
    TCP connections clients opened (a client that reuses its connection pool opens one
    for requests sent one after another). Usage is reported as one token per four
    characters, so tests can check that usage sums over attempts.
    """

    def __init__(
        self, script: Iterable[Scripted] | Callable[[dict[str, Any]], Any], *, check_schema: bool = True
    ) -> None:
        # A callable script answers every request (a fault injector, a load test).
        self._responder = script if callable(script) else None
        self._script: list[Scripted] = [] if callable(script) else list(script)
        self._lock = threading.Lock()
        self._check_schema = check_schema
        if check_schema:
            try:
                import jsonschema  # noqa: F401  (imported here to fail early, with a hint)
            except ImportError as exc:
                raise ImportError(
                    "FakeLLM checks each answer against the request's JSON Schema with jsonschema: "
                    "pip install jsonschema, or pass check_schema=False"
                ) from exc
        self.requests: list[dict[str, Any]] = []
        # Answers (dicts, not raw strings) that did not match the schema of the request
        # they answered and were not marked off_schema: leaving the ``with`` block fails.
        self.schema_violations: list[str] = []
        self._server = _Server(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def connections(self) -> int:
        """TCP connections accepted so far."""
        return self._server.connections

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> FakeLLM:
        self._thread.start()
        return self

    def __exit__(self, exc_type: object = None, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        if isinstance(self._responder, Quota):
            self.schema_violations += self._responder.schema_violations
        if self.schema_violations and exc_type is None:
            raise AssertionError(
                "FakeLLM was scripted with answers no schema-enforcing model could give; fix them, "
                "or mark one FakeCompletion(..., off_schema=True) on purpose:\n" + "\n".join(self.schema_violations)
            )

    def _next(self, body: dict[str, Any]) -> FakeResponse:
        with self._lock:
            self.requests.append(body)
            if self._responder is not None:
                item: Scripted = self._responder
            elif self._script:
                item = self._script.pop(0)
            else:
                return FakeResponse(500, '{"error": {"message": "FakeLLM script exhausted"}}')
        while callable(item):
            item = item(body)
        if isinstance(item, FakeResponse):
            return item
        if not isinstance(item, FakeCompletion):
            item = FakeCompletion(item)
        if self._check_schema:
            self.schema_violations += _off_schema(body, item)
        return self.completion(body, item)

    def completion(self, body: dict[str, Any], answer: FakeCompletion) -> FakeResponse:
        """The HTTP response carrying ``answer``, with usage at one token per four characters."""
        return _completion(body, answer, f"fake-{len(self.requests)}")

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as real servers do
            # Headers and body go out in two writes; with Nagle's algorithm and delayed
            # ACKs each answer on a reused connection would wait about 40 ms.
            disable_nagle_algorithm = True

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                answer = fake._next(body)
                if answer.delay:
                    time.sleep(answer.delay)
                if answer.reset:
                    # SO_LINGER with a zero timeout makes close() send a TCP RST.
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.close_connection = True
                    self.connection.close()
                    return
                data = answer.body.encode()
                self.send_response(answer.status)
                for key, value in answer.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                try:
                    self.wfile.write(data)
                except OSError:
                    pass  # the client gave up (a timeout test); nothing to do

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output clean

        return Handler


def _off_schema(body: dict[str, Any], answer: FakeCompletion) -> list[str]:
    """How a JSON answer (a dict; raw strings are sent as they are) fails the schema of the
    request it answers, unless marked ``off_schema``."""
    schema = request_schema(body)
    if answer.off_schema or schema is None or not isinstance(answer.content, dict):
        return []
    return [
        f"answer to a request with {len(body.get('messages', []))} message(s): {e}"
        for e in schema_errors(answer.content, schema)
    ]


def _completion(body: dict[str, Any], answer: FakeCompletion, ident: str) -> FakeResponse:
    """The HTTP response carrying ``answer``, with usage at one token per four characters."""
    content = answer.content
    if content is not None and not isinstance(content, str):
        content = json.dumps(content)
    prompt_chars = sum(len(str(m.get("content", ""))) for m in body.get("messages", []))
    completion_tokens = len(content or answer.refusal or "") // 4
    payload = {
        "id": ident,
        "object": "chat.completion",
        "created": 0,
        "model": body.get("model", "fake"),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": answer.refusal},
                "finish_reason": answer.finish_reason,
            }
        ],
        "usage": {
            "prompt_tokens": prompt_chars // 4,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_chars // 4 + completion_tokens,
        },
    }
    return FakeResponse(200, json.dumps(payload), {"Content-Type": "application/json"})


def _go_duration(seconds: float) -> str:
    """``seconds`` as OpenAI writes a reset: ``20ms``, ``1.5s``, ``6m0s``."""
    if seconds < 1:
        return f"{math.ceil(seconds * 1000)}ms"
    minutes, rest = divmod(seconds, 60)
    rest_text = f"{rest:.3f}".rstrip("0").rstrip(".")
    return f"{int(minutes)}m{rest_text}s" if minutes else f"{rest_text}s"


class Quota:
    """A FakeLLM responder that enforces a rate limit as a provider does: at most
    ``requests`` requests in any ``window`` seconds (a sliding window; 60 for a
    per-minute limit, less to scale time down in a test). A request above it gets a 429
    with ``retry-after`` (whole seconds) and ``retry-after-ms``, the time until the
    window has room; every response carries OpenAI's ``x-ratelimit-limit-requests``,
    ``-remaining-requests`` and ``-reset-requests`` (a duration such as ``1.5s``: until
    the window is empty). ``answer`` answers the requests within the limit: any script
    item, or a callable of the request body.

    ``admitted`` and ``rejected`` count the requests answered and refused.
    """

    def __init__(
        self,
        answer: Scripted,
        *,
        requests: int,
        window: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.answer = answer
        self.limit = requests
        self.window = window
        self._clock = clock
        self._times: deque[float] = deque()
        self._lock = threading.Lock()
        self.admitted = 0
        self.rejected = 0
        # Answers that do not match their request's schema (see FakeLLM).
        self.schema_violations: list[str] = []

    def _headers(self, now: float) -> dict[str, str]:
        empty_in = self._times[-1] + self.window - now if self._times else 0.0
        return {
            "x-ratelimit-limit-requests": str(self.limit),
            "x-ratelimit-remaining-requests": str(self.limit - len(self._times)),
            "x-ratelimit-reset-requests": _go_duration(max(0.0, empty_in)),
        }

    def __call__(self, body: dict[str, Any]) -> FakeResponse:
        with self._lock:
            now = self._clock()
            while self._times and self._times[0] <= now - self.window:
                self._times.popleft()
            if len(self._times) >= self.limit:
                self.rejected += 1
                wait = self._times[0] + self.window - now
                headers = {
                    **self._headers(now),
                    "retry-after": str(math.ceil(wait)),
                    "retry-after-ms": str(math.ceil(wait * 1000)),
                    "Content-Type": "application/json",
                }
                error = {"message": "Rate limit reached for requests", "code": "rate_limit_exceeded"}
                return FakeResponse(429, json.dumps({"error": error}), headers)
            self._times.append(now)
            self.admitted += 1
            headers = self._headers(now)
            ident = f"quota-{self.admitted}"
        item = self.answer
        while callable(item):
            item = item(body)
        if isinstance(item, FakeResponse):
            response = item
        else:
            completion = item if isinstance(item, FakeCompletion) else FakeCompletion(item)
            with self._lock:
                self.schema_violations += _off_schema(body, completion)
            response = _completion(body, completion, ident)
        return dataclasses.replace(response, headers={**response.headers, **headers})
