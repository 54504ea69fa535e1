"""Requests and tokens per minute: a client-side limiter, so that a batch runs just under
the provider's limits instead of bouncing off its 429s.

One ``RateLimiter`` serves every request of a session (all articles and parts of a
batch). Before each HTTP request ``acquire`` reserves one request and an estimate of its
tokens (the prompt's characters over ``CHARS_PER_TOKEN``, plus the whole output budget,
``max_tokens``, which OpenAI's guide says it counts: "the maximum of max_tokens and the
estimated number of tokens based on the character count of your request"); when the
answer comes, ``settle`` replaces the estimate with the answer's ``usage``. Each kind
(requests, tokens, and Anthropic's input and output tokens) is a token bucket refilled at
its per-minute limit, less ``MARGIN``, holding at most one second's worth (``BURST``):
requests go out evenly spaced, never in a burst, since a
provider may enforce a per-minute limit over shorter periods (OpenAI's rate-limits guide:
limits "can be quantized ... e.g. 60,000 requests/minute may be enforced as 1,000
requests/second"), and a sliding window of one minute admits no burst beyond it.

The limits come from the caller (``rpm=``, ``tpm=``) and from the provider's rate-limit
headers on every response, which only tighten them (the server knows best): a lower
``limit`` lowers the rate, and the bucket never holds more than ``remaining``. A 429's
``retry-after`` (or, without one, the ``reset`` of an exhausted limit) holds every
request until then. With no ``rpm=`` for a hosted provider (``cautious``), requests go out
one per second until the first answer tells the limits, so that a batch does not open with
``concurrency`` requests against a limit it does not know yet; what went out before a
limit was known is charged to it when it is learned.

Header names and formats, as the providers document them:

* OpenAI (platform.openai.com/docs/guides/rate-limits, "Rate limits in headers"):
  ``x-ratelimit-limit-requests``, ``x-ratelimit-remaining-requests``,
  ``x-ratelimit-reset-requests`` ("the time until the rate limit resets to its initial
  state": a Go duration such as ``1s``, ``6m0s``, ``20ms``), and the same with
  ``-tokens``. Azure OpenAI may send ``-1`` for a limit it does not report: ignored.
* Anthropic (its rate-limits page, "Response headers", as the Claude Platform on AWS user
  guide, "Rate limit headers", restates it): ``anthropic-ratelimit-requests-limit``/
  ``-remaining``/``-reset`` (the reset an RFC 3339 time), and the same for ``tokens``
  (input and output together), ``input-tokens`` and ``output-tokens``.
* Both: ``retry-after`` on a 429, in seconds (or an HTTP date); OpenAI's SDKs also read
  ``retry-after-ms``.

Why our own bucket and not a library: ``aiolimiter`` (a leaky bucket) refuses an amount
larger than its capacity and has no way to give back what a reservation did not use or
to take more; ``pyrate-limiter`` acquires by weight into a sliding-window log (a
3000-token request is 3000 entries in its in-memory bucket) and cannot be corrected
after the answer either; ``limits`` counts hits but does not wait. None can be set from a
server's ``remaining`` count. Reserving before the request, correcting after it and
tightening from headers is what this needs, and the arithmetic is a few lines.

Everything here runs on the session's one event loop: no locks beyond asyncio's.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import math
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

# Characters per token when planning: English news averages about 4; quotes, names and
# numbers tokenise worse, so plan for 3 (the pipeline sizes an article's parts with it).
CHARS_PER_TOKEN = 3.0
# Seconds in a "minute" of a per-minute limit; tests and the benchmark scale it down
# together with their fake server's window.
MINUTE_S = 60.0
# Run this much under each limit: the clocks of client and server differ, and a
# request's tokens are an estimate until its answer says.
MARGIN = 0.02
# The most a bucket holds: this share of its per-minute limit, one second's worth (at
# least one request). A bucket of c that refills at r per second lets at most c + 60 r
# through in any minute: with MARGIN, under the limit even for a sliding window.
BURST = 1 / 60
# Longest wait a 429's retry-after (or reset) may impose, on the limiter and on the
# transport retry alike (see client._wait).
MAX_RETRY_AFTER_S = 60.0

KINDS = ("requests", "tokens", "input-tokens", "output-tokens")


def parse_duration(text: str) -> float | None:
    """Seconds in an OpenAI reset duration (a Go duration), or a plain number of seconds.

    >>> parse_duration("6m0s"), parse_duration("1s"), parse_duration("20ms"), parse_duration("1h2m3.5s")
    (360.0, 1.0, 0.02, 3723.5)
    """
    text = text.strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    parts = re.findall(r"(\d+(?:\.\d+)?)(ms|us|µs|ns|h|m|s)", text)
    if not parts or "".join(n + u for n, u in parts) != text:
        return None
    scale = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 1e-3, "us": 1e-6, "µs": 1e-6, "ns": 1e-9}
    return sum(float(n) * scale[u] for n, u in parts)


def parse_reset(text: str, now: dt.datetime | None = None) -> float | None:
    """Seconds from ``now`` until a reset given as an RFC 3339 time (Anthropic) or as a
    duration (OpenAI); None if it is neither.

    >>> parse_reset("2025-08-21T12:41:00Z", dt.datetime(2025, 8, 21, 12, 40, 30, tzinfo=dt.timezone.utc))
    30.0
    """
    if "T" not in text:
        return parse_duration(text)
    try:
        when = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    now = now or dt.datetime.now(dt.timezone.utc)
    return max(0.0, (when - now).total_seconds())


def retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds a response asks the client to wait (``retry-after-ms``, else
    ``retry-after`` in seconds or as an HTTP date); None if it does not say."""
    if "retry-after-ms" in headers:
        try:
            return max(0.0, float(headers["retry-after-ms"]) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value.strip() else None
        return max(0.0, parsed.timestamp() - time.time()) if parsed else None


@dataclass(frozen=True)
class Reading:
    """One limit as a response reports it."""

    kind: str  # one of KINDS
    limit: float | None
    remaining: float | None
    reset_s: float | None


def _number(headers: Mapping[str, str], name: str) -> float | None:
    value = headers.get(name)
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if number >= 0 else None  # Azure's -1: not reported


# (kind, limit, remaining, reset) header names: OpenAI's, then Anthropic's.
_NAMES = [
    (kind, *(f"x-ratelimit-{what}-{kind}" for what in ("limit", "remaining", "reset")))
    for kind in ("requests", "tokens")
] + [(kind, *(f"anthropic-ratelimit-{kind}-{what}" for what in ("limit", "remaining", "reset"))) for kind in KINDS]


def read_headers(headers: Mapping[str, str], now: dt.datetime | None = None) -> list[Reading]:
    """The limits a response's headers report, OpenAI's and Anthropic's (see the module
    docstring); empty when it reports none."""
    readings = []
    for kind, limit, remaining, reset in _NAMES:
        if limit not in headers and remaining not in headers:
            continue
        reading = Reading(
            kind,
            _number(headers, limit),
            _number(headers, remaining),
            parse_reset(headers[reset], now) if reset in headers else None,
        )
        if reading.limit is not None or reading.remaining is not None:
            readings.append(reading)
    return readings


@dataclass
class _Bucket:
    """One kind's budget: ``level`` units now, refilled at ``rate`` per second up to
    ``capacity``; below zero after a request larger than the capacity, or after a
    header said the server has less than we thought."""

    rate: float
    capacity: float
    level: float
    updated: float

    def refill(self, now: float) -> None:
        self.level = min(self.capacity, self.level + (now - self.updated) * self.rate)
        self.updated = now

    def delay(self, amount: float) -> float:
        """Seconds until ``amount`` may be taken (a request larger than the whole
        bucket waits for a full one, and leaves it in debt)."""
        need = min(amount, self.capacity)
        return 0.0 if self.level >= need else (need - self.level) / self.rate


def _capacity(per_minute: float, kind: str) -> float:
    return max(1.0 if kind == "requests" else 0.0, per_minute * BURST)


@dataclass
class Reservation:
    """What one request took from the buckets; ``settle`` corrects it."""

    amounts: dict[str, float]
    settled: bool = False


@dataclass
class RateLimiter:
    """Requests and tokens per minute for one session; see the module docstring.

    ``rpm``/``tpm`` are the caller's limits (None: learn them from the headers);
    ``cautious``: one request per second (of ``minute``) until a response tells the limits;
    ``minute`` is the seconds in a minute (scaled down in tests); ``clock`` a monotonic
    clock in seconds.
    """

    rpm: float | None = None
    tpm: float | None = None
    cautious: bool = False
    minute: float = field(default_factory=lambda: MINUTE_S)
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[str, _Bucket] = field(default_factory=dict, init=False)
    _configured: dict[str, float] = field(default_factory=dict, init=False)
    _paused_until: float = field(default=0.0, init=False)
    _informed: bool = field(default=False, init=False)
    _last_blind: float | None = field(default=None, init=False)  # the last request sent uninformed
    # What went out before each kind had a bucket: charged to the bucket when it comes.
    _unbilled: dict[str, float] = field(default_factory=dict, init=False)
    _changed: asyncio.Event | None = field(default=None, init=False)
    _queue: asyncio.Lock | None = field(default=None, init=False)
    # What the limiter did, for a caller's report: 429s seen, seconds spent waiting.
    throttled: int = field(default=0, init=False)
    waited_s: float = field(default=0.0, init=False)

    def __post_init__(self) -> None:
        for kind, per_minute in (("requests", self.rpm), ("tokens", self.tpm)):
            if per_minute is None:
                continue
            if not per_minute > 0:
                raise ValueError(
                    f"{'rpm' if kind == 'requests' else 'tpm'} must be a positive number, not {per_minute}"
                )
            self._configured[kind] = per_minute
            self._set_limit(kind, per_minute)

    def _set_limit(self, kind: str, per_minute: float) -> None:
        """Refill ``kind`` at ``per_minute`` (or the caller's lower limit); a new bucket
        starts full, less what went out before it existed. (A bucket of c refilled at r
        lets c + r t through in any t seconds; so do k requests sent before it, then one
        that starts at c - k.)"""
        per_minute = min(per_minute, self._configured.get(kind, math.inf)) * (1 - MARGIN)
        rate, capacity = per_minute / self.minute, _capacity(per_minute, kind)
        bucket = self._buckets.get(kind)
        now = self.clock()
        if bucket is None:
            self._buckets[kind] = _Bucket(rate, capacity, capacity - self._unbilled.pop(kind, 0.0), now)
            return
        bucket.refill(now)
        bucket.rate, bucket.capacity = rate, capacity
        bucket.level = min(bucket.level, bucket.capacity)

    def rate(self, kind: str) -> float | None:
        """The rate in force for ``kind``, per minute; None while it is unknown."""
        bucket = self._buckets.get(kind)
        return None if bucket is None else bucket.rate * self.minute

    def delay(self, amounts: Mapping[str, float]) -> float:
        """Seconds until a request of ``amounts`` may go (0: now)."""
        now = self.clock()
        wait = max(0.0, self._paused_until - now)
        if self.cautious and not self._informed and self._last_blind is not None:
            wait = max(wait, self._last_blind + self.minute / 60 - now)
        for kind, bucket in self._buckets.items():
            bucket.refill(now)
            wait = max(wait, bucket.delay(amounts.get(kind, 0.0)))
        return wait

    def take(self, amounts: Mapping[str, float]) -> Reservation:
        """Take ``amounts`` now (``delay`` said 0)."""
        if not self._informed:
            self._last_blind = self.clock()
        for kind, amount in amounts.items():
            bucket = self._buckets.get(kind)
            if bucket is None:
                self._unbilled[kind] = self._unbilled.get(kind, 0.0) + amount
            else:
                bucket.level -= amount
        return Reservation({kind: amounts[kind] for kind in self._buckets if kind in amounts})

    async def acquire(self, *, input_tokens: int, output_tokens: int) -> Reservation:
        """Wait until a request with about ``input_tokens`` of prompt and an output
        budget of ``output_tokens`` may go, and reserve it. Waiters go in turn."""
        amounts = {
            "requests": 1.0,
            "tokens": float(input_tokens + output_tokens),
            "input-tokens": float(input_tokens),
            "output-tokens": float(output_tokens),
        }
        if self._queue is None:
            self._queue, self._changed = asyncio.Lock(), asyncio.Event()
        async with self._queue:
            while (wait := self.delay(amounts)) > 0:
                await self._sleep(wait)
            return self.take(amounts)

    async def _sleep(self, seconds: float) -> None:
        """Sleep ``seconds``, or less when the buckets change (a refund, a header)."""
        assert self._changed is not None
        self._changed.clear()
        start = self.clock()
        try:
            await asyncio.wait_for(self._changed.wait(), timeout=seconds)
        except asyncio.TimeoutError:  # noqa: UP041  (not the builtin before Python 3.11)
            pass
        self.waited_s += self.clock() - start

    def _wake(self) -> None:
        if self._changed is not None:
            self._changed.set()

    def settle(self, reservation: Reservation, *, input_tokens: int | None, output_tokens: int | None) -> None:
        """Correct ``reservation`` by what the request used, from the answer's usage;
        ``None``s (no answer) keep the reservation as it was, as a provider counts a
        failed request."""
        if reservation.settled:
            return
        reservation.settled = True
        if input_tokens is None or output_tokens is None:
            self._wake()
            return
        self._informed = True  # an answer came, with or without headers: no more caution
        used = {
            "tokens": float(input_tokens + output_tokens),
            "input-tokens": float(input_tokens),
            "output-tokens": float(output_tokens),
        }
        now = self.clock()
        for kind, reserved in reservation.amounts.items():
            bucket = self._buckets.get(kind)
            if bucket is not None and kind in used:
                bucket.refill(now)
                bucket.level = min(bucket.capacity, bucket.level + reserved - used[kind])
        self._wake()

    def hold(self, seconds: float) -> None:
        """Hold every request for ``seconds`` (at most ``MAX_RETRY_AFTER_S``): a 429's delay."""
        self._paused_until = max(self._paused_until, self.clock() + min(seconds, MAX_RETRY_AFTER_S))

    def observe(self, status: int, headers: Mapping[str, str]) -> None:
        """Tighten the limits by a response's rate-limit headers; on a 429, hold every
        request for its retry-after (or until the exhausted limit's reset)."""
        readings = read_headers(headers)
        now = self.clock()
        for reading in readings:
            if reading.limit:
                self._set_limit(reading.kind, reading.limit)
            bucket = self._buckets.get(reading.kind)
            if bucket is not None and reading.remaining is not None:
                bucket.refill(now)
                bucket.level = min(bucket.level, reading.remaining)
        if status == 429:
            self.throttled += 1
            wait = retry_after(headers)
            if wait is None:
                resets = [r.reset_s for r in readings if r.remaining == 0 and r.reset_s is not None]
                wait = min(resets) if resets else None
            if wait is not None:
                self.hold(wait)
        if readings or status == 429:
            self._informed = True
            self._wake()
