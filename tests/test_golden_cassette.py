"""summarizer.golden's cassettes: what is scrubbed before a recording is written, that
a replay reaches no server, and that the golden modules import without the
[testing] extra. The model here is FakeLLM, whose answer is written in test code
(tests/pipeline/test_summarize.GOOD)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from vcr.request import Request

from summarizer.golden import GoldenCase, check, update
from summarizer.golden.cassette import (
    AUTH_HEADERS,
    GoldenError,
    NetworkBlockedError,
    _network_blocked,
    _request_scrubber,
    _response_scrubber,
    _secrets,
)
from summarizer.testing import FakeLLM
from tests.conftest import SEED
from tests.pipeline.test_summarize import GOOD

SECRET = "golden-unit-secret-0a1b2c3d4e5f"


def test_request_scrubber_drops_every_auth_header_and_key_parameter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEMINI_API_KEY", SECRET)
    headers = {name.title(): SECRET for name in AUTH_HEADERS} | {"Content-Type": "application/json"}
    request = Request(
        "POST",
        f"https://generativelanguage.googleapis.com/v1beta/models/m:generate?key={SECRET}&alt=json",
        f'{{"note": "{SECRET}"}}',
        headers,
    )
    scrubbed = _request_scrubber(_secrets(()))(request)
    assert dict(scrubbed.headers) == {"Content-Type": "application/json"}
    assert SECRET not in scrubbed.uri and "alt=json" in scrubbed.uri and "key=%3Cscrubbed%3E" in scrubbed.uri
    assert SECRET not in scrubbed.body.decode()


def test_response_scrubber_drops_account_headers() -> None:
    response = {
        "headers": {"Set-Cookie": ["session=abc"], "openai-organization": ["org-x"], "x-request-id": [SECRET]},
        "body": {"string": f"echo {SECRET}".encode()},
    }
    scrubbed = _response_scrubber([SECRET])(response)
    assert scrubbed["headers"] == {"x-request-id": ["<scrubbed>"]}
    assert scrubbed["body"]["string"] == b"echo <scrubbed>"


def test_replay_refuses_every_internet_connection() -> None:
    with FakeLLM([]) as llm:
        port = int(llm.base_url.split(":")[2].split("/")[0])
        with _network_blocked(), pytest.raises(NetworkBlockedError):
            socket.create_connection(("127.0.0.1", port), timeout=5)
        socket.create_connection(("127.0.0.1", port), timeout=5).close()  # restored after


def test_a_request_the_cassette_lacks_never_reaches_the_server(tmp_path: Path) -> None:
    article = tmp_path / "seed.txt"
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    with FakeLLM(lambda body: GOOD) as llm:
        update(article, model="fake", base_url=llm.base_url, api_key=SECRET)
        cassette = GoldenCase.of(article).cassette.read_text(encoding="utf-8")
        assert SECRET not in cassette and "authorization" not in cassette.lower()
        assert check(article, model="fake", base_url=llm.base_url).ok
        article.write_text(SEED.read_text(encoding="utf-8").replace("Esper", "Espar", 1), encoding="utf-8")
        outcome = check(article, model="fake", base_url=llm.base_url, rerecord="re-record it")
        assert len(llm.requests) == 1  # the recording's; the replay asked nobody
    assert outcome.error is not None and "have no recorded answer" in outcome.error
    assert outcome.error.endswith("if that is intended, re-record it")


def test_a_partial_summary_is_not_pinned(tmp_path: Path) -> None:
    article = tmp_path / "seed.txt"
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    with FakeLLM(lambda body: "not json") as llm, pytest.raises(GoldenError, match="the summary is partial"):
        update(article, model="fake", base_url=llm.base_url, max_retries=0)
    assert not GoldenCase.of(article).golden.exists() and not GoldenCase.of(article).cassette.exists()


def test_the_golden_modules_import_without_the_testing_extra() -> None:
    """Without pytest and vcrpy, summarizer.testing (FakeLLM), summarizer.golden and the
    CLI import; a recording then fails saying what to install."""
    code = (
        "import sys; sys.modules['pytest'] = None; sys.modules['vcr'] = None\n"
        "import summarizer.testing, summarizer.golden, summarizer.cli.golden\n"
        "from summarizer.testing import FakeLLM\n"
        "from summarizer.golden.cassette import GoldenError, recording\n"
        "try:\n"
        "    with recording(__import__('pathlib').Path('unused.yaml')): pass\n"
        "except GoldenError as exc: print(exc)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "vcrpy, which is not installed: pip install 'vcrpy>=8.2.1'" in proc.stdout


def test_re_recording_the_same_exchange_keeps_the_cassette_byte_for_byte(tmp_path: Path) -> None:
    """A loopback port, the server's dates and the answer's ID and timestamp change from
    one recording to the next; a review diff must not show them."""
    article = tmp_path / "seed.txt"
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    cassette = GoldenCase.of(article).cassette
    with FakeLLM(lambda body: GOOD) as first:
        update(article, model="fake", base_url=first.base_url)
    recorded = cassette.read_bytes()
    port = first.base_url.split(":")[2].split("/")[0]
    assert f":{port}" not in recorded.decode() and "uri: http://127.0.0.1/v1/chat/completions" in recorded.decode()
    assert check(article, model="fake", base_url=first.base_url).ok  # replays without the port
    time.sleep(1.1)  # a later second for the Date header and the answer's "created"
    with FakeLLM(lambda body: GOOD) as second:
        second.requests.append({})  # the answer's ID is "fake-2" this time
        update(article, model="fake", base_url=second.base_url)
    assert second.base_url != first.base_url
    assert cassette.read_bytes() == recorded
    # A different answer is a different exchange: re-recorded.
    with FakeLLM(lambda body: {**GOOD, "summary": "The United States struck Kata’ib Hezbollah in Iraq."}) as third:
        update(article, model="fake", base_url=third.base_url)
    assert cassette.read_bytes() != recorded


def test_only_volatile_fields_are_ignored_when_comparing_recordings() -> None:
    from summarizer.golden.cassette import _same_exchange

    def cassette(port: int, ident: str, date: str, body: str = "hello") -> bytes:
        return (
            "interactions:\n- request:\n    body: '{}'\n    headers: {}\n    method: POST\n"
            f"    uri: http://127.0.0.1:{port}/v1/chat/completions\n"
            f'  response:\n    body:\n      string: \'{{"id":"{ident}","created":{port},"text":"{body}"}}\'\n'
            f"    headers:\n      date:\n      - {date}\n      x-stainless-retry-count:\n      - '0'\n"
            "    status:\n      code: 200\n      message: OK\nversion: 1\n"
        ).encode()

    old = cassette(4000, "chatcmpl-1", "Mon, 07 Dec 2026 04:00:00 GMT")
    assert _same_exchange(old, cassette(5000, "chatcmpl-2", "Tue, 08 Dec 2026 05:00:00 GMT"))
    assert not _same_exchange(old, cassette(4000, "chatcmpl-1", "Mon, 07 Dec 2026 04:00:00 GMT", body="bye"))
