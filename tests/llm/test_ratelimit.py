"""The rate limiter (requests and tokens per minute): header parsing, the bucket
arithmetic on an injected clock, and whole batches against FakeLLM on 127.0.0.1 made a
rate-limited provider by ``testing.Quota`` (a sliding window of R requests per window,
429 above it, OpenAI's rate-limit headers). The answers and headers are written here,
in test code: they are not recordings of any provider.

The batch tests scale time down: the fake's window and the limiter's minute are both a
few seconds (``ratelimit.MINUTE_S``), so a test stays bounded.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from typing import Any

import pytest

from summarizer import ArticleSummary, Summarizer
from summarizer._llm import ratelimit
from summarizer._llm.ratelimit import RateLimiter, parse_duration, parse_reset, read_headers, retry_after
from summarizer.testing import FakeLLM, FakeResponse, Quota
from tests.llm.provider_fakes import anthropic_reply
from tests.pipeline.test_summarize import GOOD

UTC = dt.timezone.utc


class Clock:
    """A clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# ------------------------------------------------------------------ headers


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("1s", 1.0), ("6m0s", 360.0), ("20ms", 0.02), ("1h2m3.5s", 3723.5), ("0.5", 0.5), ("2m30.25s", 150.25)],
)
def test_openai_reset_durations(text: str, seconds: float) -> None:
    assert parse_duration(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", ["", "soon", "5 s", "1x", "s"])
def test_what_is_not_a_duration_is_none(text: str) -> None:
    assert parse_duration(text) is None


def test_anthropic_reset_is_an_rfc3339_time() -> None:
    now = dt.datetime(2025, 8, 21, 12, 40, 30, tzinfo=UTC)
    assert parse_reset("2025-08-21T12:41:00Z", now) == 30.0
    assert parse_reset("2025-08-21T12:41:00.500+00:00", now) == 30.5
    assert parse_reset("2025-08-21T12:40:00Z", now) == 0.0  # already past
    assert parse_reset("2025-08-21Tnoon", now) is None


def test_openai_headers_are_read() -> None:
    # As the OpenAI rate-limits guide shows them ("Rate limits in headers").
    headers = {
        "x-ratelimit-limit-requests": "60",
        "x-ratelimit-limit-tokens": "150000",
        "x-ratelimit-remaining-requests": "59",
        "x-ratelimit-remaining-tokens": "149984",
        "x-ratelimit-reset-requests": "1s",
        "x-ratelimit-reset-tokens": "6m0s",
    }
    assert read_headers(headers) == [
        ratelimit.Reading("requests", 60, 59, 1.0),
        ratelimit.Reading("tokens", 150000, 149984, 360.0),
    ]


def test_anthropic_headers_are_read() -> None:
    now = dt.datetime(2025, 8, 21, 12, 40, 58, tzinfo=UTC)
    headers = {
        "anthropic-ratelimit-requests-limit": "1000",
        "anthropic-ratelimit-requests-remaining": "999",
        "anthropic-ratelimit-requests-reset": "2025-08-21T12:40:59Z",
        "anthropic-ratelimit-tokens-limit": "96000",
        "anthropic-ratelimit-tokens-remaining": "96000",
        "anthropic-ratelimit-tokens-reset": "2025-08-21T12:40:59Z",
        "anthropic-ratelimit-input-tokens-limit": "80000",
        "anthropic-ratelimit-input-tokens-remaining": "79000",
        "anthropic-ratelimit-input-tokens-reset": "2025-08-21T12:41:00Z",
        "anthropic-ratelimit-output-tokens-limit": "16000",
        "anthropic-ratelimit-output-tokens-remaining": "16000",
        "anthropic-ratelimit-output-tokens-reset": "2025-08-21T12:41:00Z",
    }
    assert read_headers(headers, now) == [
        ratelimit.Reading("requests", 1000, 999, 1.0),
        ratelimit.Reading("tokens", 96000, 96000, 1.0),
        ratelimit.Reading("input-tokens", 80000, 79000, 2.0),
        ratelimit.Reading("output-tokens", 16000, 16000, 2.0),
    ]


def test_unreported_limits_are_ignored() -> None:
    # Azure OpenAI sends -1 for a limit it does not report; a local server sends none.
    azure = {"x-ratelimit-limit-tokens": "-1", "x-ratelimit-remaining-tokens": "-1", "x-ratelimit-reset-tokens": "0"}
    assert read_headers(azure) == []
    assert read_headers({"content-type": "application/json"}) == []


def test_retry_after_in_its_three_forms() -> None:
    assert retry_after({"retry-after": "7"}) == 7.0
    assert retry_after({"retry-after-ms": "250", "retry-after": "1"}) == 0.25
    later = dt.datetime.now(UTC) + dt.timedelta(seconds=30)
    from_date = retry_after({"retry-after": later.strftime("%a, %d %b %Y %H:%M:%S GMT")})
    assert from_date is not None and 27 < from_date <= 30
    assert retry_after({}) is None


# ------------------------------------------------------------------ the buckets


def test_configured_rpm_spaces_requests_evenly() -> None:
    clock = Clock()
    limiter = RateLimiter(rpm=60, clock=clock)
    one = {"requests": 1.0}
    assert limiter.delay(one) == 0
    limiter.take(one)
    # 60 a minute less the margin: one each 1/0.98 s, no burst beyond one request.
    assert limiter.delay(one) == pytest.approx(1 / 0.98)
    clock.now += 1 / 0.98
    assert limiter.delay(one) == pytest.approx(0)


def test_tokens_are_reserved_then_corrected_by_usage() -> None:
    clock = Clock()
    limiter = RateLimiter(tpm=6000, clock=clock)  # 98 tokens a second, at most 98 held
    reservation = limiter.take({"tokens": 1000.0})  # larger than the bucket: it goes, in debt
    before = limiter.delay({"tokens": 98.0})
    assert before == pytest.approx((98 + 902) / 98)
    # The answer used 300 tokens, not 1000: the 700 come back.
    limiter.settle(reservation, input_tokens=250, output_tokens=50)
    assert limiter.delay({"tokens": 98.0}) == pytest.approx((98 + 202) / 98)
    limiter.settle(reservation, input_tokens=0, output_tokens=0)  # settled once only
    assert limiter.delay({"tokens": 98.0}) == pytest.approx((98 + 202) / 98)


def test_a_limit_learned_mid_request_is_not_charged_twice() -> None:
    clock = Clock()
    limiter = RateLimiter(clock=clock)
    reservation = limiter.take({"requests": 1.0, "tokens": 3000.0})
    limiter.observe(200, {"x-ratelimit-limit-tokens": "60000", "x-ratelimit-remaining-tokens": "59000"})
    level = limiter._buckets["tokens"].level  # charged the 3000 reserved before it existed
    assert level == pytest.approx(60000 * 0.98 / 60 - 3000)
    limiter.settle(reservation, input_tokens=1000, output_tokens=200)
    assert limiter._buckets["tokens"].level == pytest.approx(level)


def test_a_failed_request_keeps_its_reservation() -> None:
    clock = Clock()
    limiter = RateLimiter(tpm=6000, clock=clock)
    reservation = limiter.take({"tokens": 500.0})
    waiting = limiter.delay({"tokens": 98.0})
    limiter.settle(reservation, input_tokens=None, output_tokens=None)
    assert limiter.delay({"tokens": 98.0}) == waiting


def test_headers_tighten_the_configured_limits_but_never_loosen_them() -> None:
    clock = Clock()
    limiter = RateLimiter(rpm=600, clock=clock)
    limiter.observe(200, {"x-ratelimit-limit-requests": "60", "x-ratelimit-remaining-requests": "50"})
    assert limiter.rate("requests") == pytest.approx(60 * 0.98)
    limiter.observe(200, {"x-ratelimit-limit-requests": "6000", "x-ratelimit-remaining-requests": "5000"})
    assert limiter.rate("requests") == pytest.approx(600 * 0.98)
    # The server has nothing left: the bucket empties, whatever it held.
    limiter.observe(200, {"x-ratelimit-limit-requests": "6000", "x-ratelimit-remaining-requests": "0"})
    assert limiter.delay({"requests": 1.0}) == pytest.approx(60 / (600 * 0.98))


def test_limits_are_learned_from_headers_alone() -> None:
    clock = Clock()
    limiter = RateLimiter(clock=clock)
    assert limiter.rate("requests") is None and limiter.delay({"requests": 1.0, "tokens": 1e9}) == 0
    limiter.take({"requests": 1.0, "output-tokens": 2000.0})  # before any limit was known
    limiter.observe(
        200,
        {
            "anthropic-ratelimit-requests-limit": "50",
            "anthropic-ratelimit-requests-remaining": "49",
            "anthropic-ratelimit-output-tokens-limit": "8000",
            "anthropic-ratelimit-output-tokens-remaining": "8000",
        },
    )
    assert limiter.rate("requests") == pytest.approx(49.0)
    assert limiter.rate("output-tokens") == pytest.approx(8000 * 0.98)
    # What went out before the limits were known is charged to them: the bucket of one
    # request starts empty, the output tokens' (at most 8000 x 0.98 / 60 held) in debt.
    per_s = 8000 * 0.98 / 60  # the output tokens' rate, and what their bucket holds at most
    assert limiter._buckets["requests"].delay(1.0) == pytest.approx(60 / 49)
    assert limiter._buckets["output-tokens"].delay(100) == pytest.approx((100 - per_s + 2000) / per_s)
    assert limiter.delay({"requests": 1.0, "output-tokens": 100}) == pytest.approx((100 - per_s + 2000) / per_s)


def test_cautious_until_the_first_answer() -> None:
    """A hosted provider's limits are unknown until its first answer: one request per
    second until then, and none of that once an answer came without any limits."""
    clock = Clock()
    limiter = RateLimiter(cautious=True, clock=clock)
    first = limiter.take({"requests": 1.0})
    assert limiter.delay({"requests": 1.0}) == pytest.approx(1.0)
    clock.now += 1.0
    limiter.take({"requests": 1.0})
    limiter.settle(first, input_tokens=None, output_tokens=None)  # a connection error tells nothing
    assert limiter.delay({"requests": 1.0}) == pytest.approx(1.0)
    limiter.observe(200, {"content-type": "application/json"})
    limiter.settle(first, input_tokens=10, output_tokens=10)  # settled already: ignored
    assert limiter.delay({"requests": 1.0}) == pytest.approx(1.0)
    second = limiter.take({"requests": 1.0})
    limiter.settle(second, input_tokens=10, output_tokens=10)  # an answer, without limits
    assert limiter.delay({"requests": 1.0}) == 0


def test_a_429_holds_every_request_for_its_retry_after() -> None:
    clock = Clock()
    limiter = RateLimiter(clock=clock)
    limiter.observe(429, {"retry-after": "5"})
    assert limiter.delay({"requests": 1.0}) == pytest.approx(5)
    assert limiter.throttled == 1
    # Without retry-after, the reset of the exhausted limit says how long.
    later = RateLimiter(clock=clock)
    later.observe(
        429,
        {"x-ratelimit-limit-tokens": "1000", "x-ratelimit-remaining-tokens": "0", "x-ratelimit-reset-tokens": "2s"},
    )
    assert later.delay({"requests": 1.0}) == pytest.approx(2)


def test_limits_must_be_positive() -> None:
    with pytest.raises(ValueError, match="rpm must be a positive number"):
        RateLimiter(rpm=0)
    with pytest.raises(ValueError, match="tpm must be a positive number"):
        Summarizer(model="fake", base_url="http://127.0.0.1:9/v1", tpm=-5)


def test_the_quota_fake_enforces_a_sliding_window_and_says_so_in_openai_headers() -> None:
    clock = Clock()
    quota = Quota(GOOD, requests=2, window=60, clock=clock)
    body = {"model": "m", "messages": [{"role": "user", "content": "x"}]}
    first = quota(body)
    clock.now += 10
    second = quota(body)
    assert (first.status, second.status) == (200, 200)
    assert read_headers(second.headers) == [ratelimit.Reading("requests", 2, 0, 60.0)]
    clock.now += 20
    refused = quota(body)
    assert refused.status == 429 and quota.rejected == 1
    # Room again when the first request leaves the window, 30 s from now.
    assert retry_after(refused.headers) == 30.0 and refused.headers["retry-after"] == "30"
    clock.now += 30
    assert quota(body).status == 200 and quota.admitted == 3


# ------------------------------------------------------------------ batches on 127.0.0.1

WINDOW_S = 2.0  # the fake's "minute", and the limiter's


@pytest.fixture
def short_minute(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ratelimit, "MINUTE_S", WINDOW_S)
    # The 2% margin of a 2 s minute is 40 ms, less than a loaded machine's scheduling
    # jitter between the client's clock and the fake's thread; 10% (200 ms) still let a
    # 429 through once with four test processes sharing 2 cores; 20% is 400 ms.
    monkeypatch.setattr(ratelimit, "MARGIN", 0.2)


def _articles(seed_text: str, n: int) -> list[dict[str, str]]:
    return [{"id": f"a{i}", "text": seed_text, "published": f"2020-01-{i + 1:02d}"} for i in range(n)]


def _batch(url: str, seed_text: str, n: int, *, limited: bool = True, **options: Any) -> tuple[list[Any], float]:
    with Summarizer(model="openai/gpt-4o-mini", base_url=url, api_key="test-key", cache=False, **options) as s:
        if not limited:
            s._session.limiter = None  # the batch as it ran before the limiter
        started = time.monotonic()
        results = s.summarize_many(_articles(seed_text, n), progress=False)
        return results, time.monotonic() - started


@pytest.mark.parametrize("rpm", [None, 6], ids=["learned-from-headers", "rpm-configured"])
def test_a_batch_through_the_limiter_gets_no_429(seed_text: str, short_minute: None, rpm: int | None) -> None:
    quota = Quota(GOOD, requests=6, window=WINDOW_S)
    with FakeLLM(quota) as llm:
        results, took = _batch(llm.base_url, seed_text, 14, rpm=rpm)
    assert quota.rejected == 0
    assert quota.admitted == 14
    assert all(isinstance(r, ArticleSummary) and r.complete for r in results)
    # 14 requests at 6 per 2 s, evenly spaced: 13 intervals of 2/(6 x 0.9) s at least.
    assert 13 * WINDOW_S / (6 * 0.9) <= took < 30


def test_the_same_batch_without_the_limiter_bounces_off_429s(seed_text: str, short_minute: None) -> None:
    # The control: the fake does enforce its limit, and the batch would hit it.
    quota = Quota(GOOD, requests=6, window=WINDOW_S)
    with FakeLLM(quota) as llm:
        _batch(llm.base_url, seed_text, 14, limited=False)
    assert quota.rejected > 0


def test_retry_after_holds_the_other_requests_too(seed_text: str) -> None:
    """One request's 429 with retry-after keeps every request of the session back until
    then, not only the one that is retried."""
    sent: list[float] = []
    lock = threading.Lock()
    first_429: list[float] = []

    def answer(body: dict[str, Any]) -> Any:
        with lock:
            now = time.monotonic()
            sent.append(now)
            if len(sent) == 2:
                first_429.append(now)
                return FakeResponse(429, headers={"retry-after-ms": "1500"})
        return GOOD

    with FakeLLM(answer) as llm:
        results, _ = _batch(llm.base_url, seed_text, 6, rpm=100_000, concurrency=1)
    assert all(isinstance(r, ArticleSummary) and r.complete for r in results)
    after = [t for t in sent if t > first_429[0]]
    assert len(after) == 5 and min(after) - first_429[0] >= 1.5


def test_anthropic_limits_are_learned_through_the_messages_wire(seed_text: str) -> None:
    """The raw-HTTP providers go through the same limiter: Anthropic's headers, on its
    Messages answers, set the requests, input and output token rates."""
    reset = (dt.datetime.now(UTC) + dt.timedelta(seconds=1)).isoformat().replace("+00:00", "Z")
    headers = {
        "Content-Type": "application/json",
        "anthropic-ratelimit-requests-limit": "50000",
        "anthropic-ratelimit-requests-remaining": "49999",
        "anthropic-ratelimit-requests-reset": reset,
        "anthropic-ratelimit-input-tokens-limit": "4000000",
        "anthropic-ratelimit-input-tokens-remaining": "3999000",
        "anthropic-ratelimit-input-tokens-reset": reset,
        "anthropic-ratelimit-output-tokens-limit": "800000",
        "anthropic-ratelimit-output-tokens-remaining": "800000",
        "anthropic-ratelimit-output-tokens-reset": reset,
    }

    def answer(body: dict[str, Any]) -> FakeResponse:
        assert "output_config" in body or "system" in body  # the Messages API's body
        return FakeResponse(200, json.dumps(anthropic_reply(json.dumps(GOOD))), headers)

    with (
        FakeLLM(answer) as llm,
        Summarizer(model="anthropic/claude-haiku-4-5", base_url=llm.base_url, api_key="test-key", cache=False) as s,
    ):
        result = s.summarize(seed_text)
        limiter = s._session.limiter
    assert result.complete
    assert limiter.rate("requests") == pytest.approx(50000 * 0.98)
    assert limiter.rate("input-tokens") == pytest.approx(4000000 * 0.98)
    assert limiter.rate("output-tokens") == pytest.approx(800000 * 0.98)
    assert limiter.rate("tokens") is None
