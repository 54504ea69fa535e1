"""Rate limits: a batch against a provider allowing R requests per minute, with and
without the client's rate limiter.

The provider is ``summarizer.testing.FakeLLM`` on 127.0.0.1 made rate-limited by
``summarizer.testing.Quota``: at most R requests in any window of W seconds (a sliding
window), a 429 with ``retry-after`` above it, OpenAI's ``x-ratelimit-*-requests`` headers
on every answer. Each admitted request is answered after a fixed latency (default 0.3 s)
with a summary of the seed article written in this script (not a recording: the
OpenAI profile's answer shape, events and claims by the IDs the text layer offers).

Time is scaled down so that the bench takes about a minute and a half: the fake's
"minute" is W seconds (default 10), and the limiter's minute (``ratelimit.MINUTE_S``) is
set to the same W. Everything the limiter does is proportional to its minute (rate =
limit / minute, at most 1/60 of the limit held), so a run at W = 10 s is the run at
60 s, six times faster.

N articles (default 50, the seed under distinct IDs) go through ``Summarizer.summarize_many``
with model ``openai/gpt-4o-mini`` at the fake's URL, default concurrency (8), no cache:

1. with ``rpm=R`` given;
2. with no ``rpm``: the limit learned from the headers (the first request goes alone);
3. without the limiter (the session's limiter removed): the batch as it ran before,
   with only the transport retries (tenacity, honouring retry-after).

The ideal is N / R minutes (N / R x W seconds): R requests per minute, evenly spaced.
Target for the limited runs: at most 1.15x the ideal, zero 429s.

Run: ``python bench/ratelimit.py`` (``--articles``, ``--rpm``, ``--window``, ``--latency``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

import _common

from summarizer import ArticleSummary, Summarizer
from summarizer._llm import ratelimit
from summarizer._pipeline.events import ROLES, offers
from summarizer._text.analysis import analyse
from summarizer.testing import FakeCompletion, FakeLLM, FakeResponse, Quota, _completion

TARGET = 1.15


def _answer() -> dict[str, Any]:
    """The seed's answer in the shape the profile asks for today: events and claims by the
    IDs the text layer offers (an event's arguments by their IDs, a claim by its
    attribution), never spans the model writes. Found by their text, so that the answer
    does not depend on how many candidates the text layer finds before them."""
    text = _common.seed_text()
    analysis = analyse(text)
    offer = next(o for o in offers(analysis) if o.reading("who") is not None)
    event: dict[str, Any] = {"event": offer.id, "what": text[offer.what[0] : offer.what[1]]}
    for role in ROLES:
        reading = offer.reading(role)
        event[role] = reading.id if reading is not None else None
    blamed = next(c for c in analysis.claims if c.cue is not None and text[c.cue[0] : c.cue[1]] == "blamed")
    return {
        "summary": "The United States struck Kata’ib Hezbollah in Iraq after a rocket attack killed two US troops.",
        "events": [event],
        "claims": [{"attribution": blamed.id, "claim": "Iran-backed militia was behind the attack"}],
    }


def run(n: int, rpm: int, window: float, latency: float, mode: str) -> dict[str, Any]:
    """One batch of ``n`` articles against a fresh fake allowing ``rpm`` per ``window`` s."""

    completion = FakeCompletion(_answer())

    def answer(body: dict[str, Any]) -> FakeResponse:
        response = _completion(body, completion, "bench")
        return FakeResponse(response.status, response.body, response.headers, delay=latency)

    quota = Quota(answer, requests=rpm, window=window)
    articles = [{"id": f"a{i}", "text": _common.seed_text()} for i in range(n)]
    options: dict[str, Any] = {"rpm": rpm} if mode == "rpm" else {}
    with FakeLLM(quota) as llm:
        with Summarizer(
            model="openai/gpt-4o-mini", base_url=llm.base_url, api_key="bench", cache=False, **options
        ) as s:
            if mode == "off":
                s._session.limiter = None  # the batch as it ran before the limiter
            start = time.perf_counter()
            results = s.summarize_many(articles, progress=False)
            wall = time.perf_counter() - start
            limiter = s._session.limiter
    complete = sum(isinstance(r, ArticleSummary) and r.complete for r in results)
    return {
        "mode": mode,
        "wall_s": wall,
        "http_429": quota.rejected,
        "admitted": quota.admitted,
        "complete": complete,
        "waited_s": limiter.waited_s if limiter is not None else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--rpm", type=int, default=20, help="requests allowed per (scaled) minute")
    parser.add_argument("--window", type=float, default=10.0, help="seconds in the fake's and the limiter's minute")
    parser.add_argument("--latency", type=float, default=0.3, help="seconds before each admitted answer")
    parser.add_argument("--json", type=str, default=None, help="also write the figures to this file")
    args = parser.parse_args()

    _common.print_header("Rate limits: a batch against a server allowing R requests per minute")
    n, r, w = args.articles, args.rpm, args.window
    ratelimit.MINUTE_S = w  # the limiter's minute, scaled as the fake's (see the docstring)
    ideal = n / r * w
    print(f"N={n} articles, R={r} requests per minute, minute scaled to W={w:g} s, answer latency {args.latency:g} s")
    print(f"ideal N/R = {n / r:.2f} minutes = {ideal:.2f} s")
    print()
    print(f"{'run':<34} {'time':>8} {'ratio':>7} {'429s':>5} {'complete':>9} {'limiter waited':>15}")
    rows = []
    for mode, label in (
        ("rpm", "limiter, rpm=R given"),
        ("headers", "limiter, R learned from headers"),
        ("off", "no limiter (retries only)"),
    ):
        row = run(n, r, w, args.latency, mode)
        rows.append(row)
        waited = f"{row['waited_s']:.1f} s" if row["waited_s"] is not None else "-"
        print(
            f"{label:<34} {row['wall_s']:>7.2f}s {row['wall_s'] / ideal:>6.3f}x {row['http_429']:>5} "
            f"{row['complete']:>4}/{n:<4} {waited:>15}"
        )
        sys.stdout.flush()
    print()
    for row in rows[:2]:
        ok = row["wall_s"] <= TARGET * ideal and row["http_429"] == 0
        print(f"{row['mode']}: {'meets' if ok else 'MISSES'} the target (<= {TARGET}x ideal, zero 429s)")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(
                {"articles": n, "rpm": r, "window_s": w, "latency_s": args.latency, "ideal_s": ideal, "runs": rows},
                f,
                indent=2,
            )


if __name__ == "__main__":
    main()
