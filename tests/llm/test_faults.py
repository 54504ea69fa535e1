"""Every fault the issue lists, one article at a time, against FakeLLM on 127.0.0.1.
The answers are hand-written test fixtures, not recordings.

Transport faults are retried by tenacity around each HTTP request (and nowhere
else: the SDK's retries are off); answers that fail validation are re-asked by
instructor; a cut-off answer is asked once more with twice the token budget;
refusals are final.

These tests ask for the old behaviour (``allow_partial=False``) to see the errors
themselves; what a caller gets by default, a partial summary, is in test_partial.py.
"""

import logging
import re
import time
from pathlib import Path

import pytest
from tenacity import wait_none

from summarizer import ModelUnavailableError, RefusedError, SummaryFailedError, summarize
from summarizer._llm import client as _client
from summarizer._llm import ratelimit
from summarizer.testing import FakeCompletion, FakeLLM, FakeResponse
from tests.pipeline.test_summarize import GOOD, WRONG_ID


@pytest.fixture
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Exponential backoff is real in production; here it would only slow the tests."""
    monkeypatch.setattr(_client, "_backoff", wait_none())


@pytest.mark.parametrize(
    "fault",
    [
        pytest.param(FakeResponse(429), id="429-without-retry-after"),
        pytest.param(FakeResponse(500), id="500"),
        pytest.param(FakeResponse(502, "<html>Bad Gateway</html>"), id="502-html"),
        pytest.param(FakeResponse(503), id="503"),
        pytest.param(FakeResponse(reset=True, status=0), id="connection-reset"),
        pytest.param(
            FakeResponse(200, '{"id": "x", "choices": [', {"Content-Type": "application/json"}),
            id="malformed-json-body",
        ),
    ],
)
def test_transport_fault_is_retried_then_succeeds(seed_text: str, fault: FakeResponse, no_backoff: None) -> None:
    with FakeLLM([fault, GOOD]) as llm:
        result = summarize(seed_text, base_url=llm.base_url, model="fake")
    assert len(llm.requests) == 2
    # One model answer: the transport retry is invisible to the validation layer.
    assert result.provenance.attempts == 1 and result.usage.calls == 1


def test_retry_after_is_bounded(seed_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ratelimit, "MAX_RETRY_AFTER_S", 0.3)  # the transport's and the limiter's bound
    with FakeLLM([FakeResponse(429, headers={"Retry-After": "3600"}), GOOD]) as llm:
        started = time.monotonic()
        summarize(seed_text, base_url=llm.base_url, model="fake")
    assert 0.3 <= time.monotonic() - started < 10


def test_retry_after_ms_is_honoured(seed_text: str, no_backoff: None) -> None:
    with FakeLLM([FakeResponse(429, headers={"retry-after-ms": "700"}), GOOD]) as llm:
        started = time.monotonic()
        summarize(seed_text, base_url=llm.base_url, model="fake")
    assert time.monotonic() - started >= 0.7


def test_read_timeout_is_configurable_and_retried(seed_text: str, no_backoff: None) -> None:
    with FakeLLM([FakeResponse(200, "{}", delay=2.0), GOOD]) as llm:
        started = time.monotonic()
        result = summarize(seed_text, base_url=llm.base_url, model="fake", timeout=0.5)
    assert len(llm.requests) == 2 and result.usage.calls == 1
    assert time.monotonic() - started < 2.0  # gave up on the slow answer, did not wait it out


def test_transport_retries_are_bounded(seed_text: str, no_backoff: None) -> None:
    with FakeLLM([FakeResponse(503)] * 10) as llm:
        with pytest.raises(ModelUnavailableError, match="failed after 5 request"):
            summarize(seed_text, base_url=llm.base_url, model="fake", allow_partial=False)
    assert len(llm.requests) == _client.TRANSPORT_ATTEMPTS


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param("The strikes were ordered, as I said.", id="not-json"),
        pytest.param('{"summary": "The strikes', id="unterminated-json"),
        # What a server that does not enforce the schema may write.
        pytest.param(FakeCompletion({"summary": 5, "events": "none"}, off_schema=True), id="schema-invalid"),
        # An unaligned source is dropped rather than re-asked (tests/test_repairs.py); a
        # name the article never mentions in the summary cannot be dropped.
        pytest.param({**GOOD, "summary": "Vladimir Putin ordered the strikes on Kata’ib Hezbollah."}, id="ungrounded"),
    ],
)
def test_invalid_answer_is_reasked(seed_text: str, bad: object) -> None:
    with FakeLLM([bad, GOOD]) as llm:
        result = summarize(seed_text, base_url=llm.base_url, model="fake")
    assert len(llm.requests) == 2
    assert result.provenance.attempts == 2 and result.usage.calls == 2
    # The re-ask carries the failed answer and what was wrong with it.
    assert len(llm.requests[1]["messages"]) > len(llm.requests[0]["messages"])


def test_truncated_output_is_retried_with_a_larger_budget(seed_text: str) -> None:
    with FakeLLM([FakeCompletion('{"summary": "The', finish_reason="length"), GOOD]) as llm:
        result = summarize(seed_text, base_url=llm.base_url, model="fake")
    first, second = (r["max_tokens"] for r in llm.requests)
    assert second == 2 * first
    assert result.usage.calls == 2  # the cut-off answer was paid for, and is counted


def test_truncated_twice_is_a_clear_failure(seed_text: str) -> None:
    cut = FakeCompletion('{"summary": "The', finish_reason="length")
    with FakeLLM([cut, cut, GOOD]) as llm:
        with pytest.raises(SummaryFailedError, match="cut off at max_tokens=4096") as info:
            summarize(seed_text, base_url=llm.base_url, model="fake", allow_partial=False)
    assert len(llm.requests) == 2
    err = info.value
    assert err.reason == "truncated" and err.usage.calls == 2
    assert err.last_completion == '{"summary": "The'


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (FakeCompletion(None, refusal="I can't help with that request."), "refusal"),
        (FakeCompletion("", finish_reason="content_filter"), "content_filter"),
    ],
)
def test_refusal_is_typed_and_not_retried(seed_text: str, answer: FakeCompletion, reason: str) -> None:
    with FakeLLM([answer, GOOD]) as llm:
        with pytest.raises(RefusedError) as info:
            summarize(seed_text, base_url=llm.base_url, model="fake", allow_partial=False)
    assert len(llm.requests) == 1
    assert info.value.reason == reason and info.value.usage.calls == 1
    assert isinstance(info.value, SummaryFailedError)  # callers catching the parent still see it


def test_handled_failures_print_nothing_on_stderr(
    seed_text: str, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """instructor logs "Max retries exceeded" at ERROR before raising what we handle;
    with no logging configured, Python's last-resort handler would print it."""
    # As in an application that configured no logging (pytest's own handlers are on the root).
    monkeypatch.setattr(logging.root, "handlers", [])
    logging.getLogger("instructor.v2.retry").error("outside our calls")  # the control: it prints
    assert "outside our calls" in capfd.readouterr().err
    with FakeLLM([WRONG_ID] * 3) as llm:
        result = summarize(seed_text, base_url=llm.base_url, model="fake", max_retries=2)
    assert result.partial is not None and result.partial.reason == "validation"
    assert len(llm.requests) == 3
    assert capfd.readouterr().err == ""


def test_every_logger_instructor_names_is_covered() -> None:
    """The names are literals in instructor's source; a new one in a new version must be
    added to _client.INSTRUCTOR_LOGGERS."""
    import instructor

    root = Path(instructor.__file__).parent
    named = {
        m.group(1)
        for path in root.rglob("*.py")
        for m in re.finditer(r"getLogger\(\s*[\"']([^\"']+)[\"']", path.read_text(encoding="utf-8"))
    }
    assert named and named <= set(_client.INSTRUCTOR_LOGGERS)
