"""Test helpers for code that calls summarize(): a scripted model, no real LLM needed.

``FakeLLM`` is an OpenAI-compatible chat-completions server on 127.0.0.1 that
answers each request with the next item of a script. It goes through the same
HTTP path as a real model, so re-asks, transport retries and usage accounting
behave as they would in production.

>>> from summarizer import summarize
>>> from summarizer.testing import FakeLLM
>>> with FakeLLM([{"summary": "...", "events": [], "claims": []}]) as llm:  # doctest: +SKIP
...     result = summarize(article, base_url=llm.base_url, model="fake")
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["FakeLLM", "FakeResponse"]


@dataclass(frozen=True)
class FakeResponse:
    """A raw HTTP answer, for scripting faults: ``FakeResponse(429, headers={"Retry-After": "1"})``."""

    status: int
    body: str = '{"error": {"message": "scripted failure"}}'
    headers: dict[str, str] = field(default_factory=dict)


Scripted = dict[str, Any] | str | FakeResponse | Callable[[dict[str, Any]], Any]


class FakeLLM:
    """A scripted OpenAI-compatible server on an ephemeral 127.0.0.1 port.

    Each script item answers one request: a dict is sent as the JSON content of
    the assistant message, a str as raw content, a ``FakeResponse`` as a raw HTTP
    response, and a callable receives the request body and returns any of those.
    ``requests`` keeps every request body received. Usage is reported as one token
    per four characters, so tests can check that usage sums over attempts.
    """

    def __init__(self, script: Iterable[Scripted]) -> None:
        self._script = list(script)
        self._lock = threading.Lock()
        self.requests: list[dict[str, Any]] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> FakeLLM:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _next(self, body: dict[str, Any]) -> FakeResponse:
        with self._lock:
            self.requests.append(body)
            if not self._script:
                return FakeResponse(500, '{"error": {"message": "FakeLLM script exhausted"}}')
            item = self._script.pop(0)
        if callable(item):
            item = item(body)
        if isinstance(item, FakeResponse):
            return item
        content = item if isinstance(item, str) else json.dumps(item)
        prompt_chars = sum(len(str(m.get("content", ""))) for m in body.get("messages", []))
        payload = {
            "id": f"fake-{len(self.requests)}",
            "object": "chat.completion",
            "created": 0,
            "model": body.get("model", "fake"),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content},
                    "finish_reason": "stop",
                }
            ],
            "usage": {
                "prompt_tokens": prompt_chars // 4,
                "completion_tokens": len(content) // 4,
                "total_tokens": prompt_chars // 4 + len(content) // 4,
            },
        }
        return FakeResponse(200, json.dumps(payload), {"Content-Type": "application/json"})

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                answer = fake._next(body)
                data = answer.body.encode()
                self.send_response(answer.status)
                for key, value in answer.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output clean

        return Handler
