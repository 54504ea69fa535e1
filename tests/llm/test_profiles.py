"""Provider profiles: each provider kind's request shape, limits and defaults live in
one object, and the rest of the package asks it instead of asking which provider
it talks to."""

import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from summarizer import summarize
from summarizer._llm.endpoint import resolve_endpoint
from summarizer._llm.profiles import EMBEDDED, EMBEDDED_AT_URL, OLLAMA, OPENAI, OPENAI_COMPATIBLE
from summarizer._pipeline import batch as _batch
from summarizer._pipeline.session import Session, request_host
from tests.pipeline.test_summarize import GOOD

PACKAGE = Path(__file__).resolve().parent.parent.parent / "summarizer"


def test_each_endpoint_gets_its_provider_kinds_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_endpoint("embedded", None, None).profile is EMBEDDED
    assert resolve_endpoint("embedded", "http://127.0.0.1:1/v1", None).profile is EMBEDDED_AT_URL
    assert resolve_endpoint("m", "http://127.0.0.1:1/v1", None).profile == OPENAI_COMPATIBLE
    assert resolve_endpoint("ollama/llama3.1", None, None).profile == OLLAMA
    monkeypatch.setenv("OPENAI_API_KEY", "placeholder")
    assert resolve_endpoint(None, None, None).profile == OPENAI
    monkeypatch.setenv("SUMMARIZER_CONTEXT_TOKENS", "32000")
    assert resolve_endpoint(None, None, None).profile.context_tokens == 32000
    # Provenance names the provider as before.
    assert [resolve_endpoint(*a).provider for a in [("embedded", None, None), ("m", "http://h/v1", None)]] == [
        "embedded",
        "openai-compatible",
    ]


def test_the_embedded_profile() -> None:
    assert (EMBEDDED.response_format, EMBEDDED.extractive_summary, EMBEDDED.starts_server) == (
        "json_object",
        True,
        True,
    )
    assert (EMBEDDED.max_requests, EMBEDDED.default_concurrency, EMBEDDED.default_timeout) == (1, 1, 600)
    assert EMBEDDED.generation()["extra_body"] == {"repeat_penalty": 1.15}
    # Our own server that fails is dead, not busy; someone else's is asked again.
    assert (EMBEDDED.transport_attempts, EMBEDDED_AT_URL.transport_attempts) == (1, 5)
    assert not EMBEDDED_AT_URL.starts_server
    assert "extra_body" not in OPENAI.generation()


def test_requests_in_flight_and_hosts_come_from_the_profile() -> None:
    embedded = resolve_endpoint("embedded", "http://127.0.0.1:1/v1", None)
    server = resolve_endpoint("m", "http://127.0.0.1:1/v1", None)
    assert Session(embedded, timeout=None, max_retries=0, cache=False)._slots._value == 1
    assert Session(server, timeout=None, max_retries=0, cache=False)._slots._value == 8
    assert request_host(resolve_endpoint("embedded", None, None), None) == "127.0.0.1"
    assert request_host(server, None) == "api.openai.com"
    assert request_host(server, "http://10.0.0.5:8000/v1") == "10.0.0.5"


def test_batch_concurrency_defaults_to_the_profiles() -> None:
    """An embedded batch has one request in flight unless told otherwise, a server
    batch eight."""
    url = "http://127.0.0.1:1/v1"
    assert _batch.default_concurrency(resolve_endpoint("embedded", url, None)) == 1
    assert _batch.default_concurrency(resolve_endpoint("m", url, None)) == 8


def test_no_provider_branch_outside_the_profiles() -> None:
    """What differs between providers is in _profiles; nothing else compares a
    provider's name (the model name "embedded" a caller passes is read in _config)."""
    offenders = []
    for path in sorted(PACKAGE.glob("*.py")):
        if path.name == "_profiles.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(r"provider\s*(==|!=|in)\s|\bjson_object\b", line):
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert offenders == []


@pytest.fixture
def header_server() -> Iterator[tuple[str, list[dict[str, str]]]]:
    """An OpenAI-compatible server that answers GOOD and keeps each request's headers."""
    seen: list[dict[str, str]] = []
    body = json.dumps(
        {
            "id": "x",
            "object": "chat.completion",
            "created": 0,
            "model": "m",
            "choices": [
                {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": json.dumps(GOOD)}}
            ],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }
    ).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            seen.append({"Authorization": self.headers.get("Authorization", "")})
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/v1", seen
    finally:
        server.shutdown()
        server.server_close()


def test_the_api_key_is_sent(seed_text: str, header_server: tuple[str, list[dict[str, str]]]) -> None:
    """The library posts the request body it shaped; the key must go with it."""
    base_url, seen = header_server
    result = summarize(seed_text, model="m", base_url=base_url, api_key="k-test", cache=False)
    assert result.complete
    assert [h.get("Authorization") for h in seen] == ["Bearer k-test"]
