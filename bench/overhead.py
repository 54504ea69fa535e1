"""Overhead of the library over a bare instructor call, against a zero-latency model.

Measures, against ``summarizer.testing.FakeLLM`` on 127.0.0.1 answering at once with
the embedded model's real recorded completion for the seed article
(tests/cassettes/test_golden/test_seed_golden.yaml), N calls each of:

* ``summarize(text, model="embedded", base_url=..., cache=False)``: the public one-shot
  API; every call makes its own event loop and HTTP client;
* a bare instructor call with the same messages, request parameters and JSON Schema
  (``instructor.from_openai(openai.AsyncOpenAI(...), mode=JSON_SCHEMA)``, one attempt),
  its response model one class for the seed with its schema built once (``_common.bare_model``:
  the answer validated as the library validates it), also with a new event loop and
  client per call, so the two are like for like;

interleaved one by one after a warm-up. Then, interleaved in blocks:

* ``summarize_many`` over N articles at concurrency 1 (one loop, one shared client per
  block), per article;
* the bare call N times on one shared client, per call.

The ratios summarize/bare (medians, one-shot) and summarize_many/bare (shared) are the
figures of merit (target <= 1.2x each).

Every summarized article is analysed as one never seen before: the text layer's per-text
caches are emptied before each analysis (inside the timed calls; it costs microseconds).
Without that, the same seed summarized again is served from them, which no real run reading
each article once is. ``--warm`` keeps them, for comparison with figures measured so before.
Both send byte-for-byte the request that was recorded; the script checks that.

Run: ``python bench/overhead.py`` (about a minute on 2 cores; ``--iterations`` to change N,
``--profile`` to also print where summarize() spends its time).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import pstats
import sys
import time
from collections.abc import Callable

import _common
from pydantic import BaseModel

from summarizer import ArticleSummary, summarize, summarize_many
from summarizer._llm.endpoint import resolve_endpoint
from summarizer._pipeline import session
from summarizer._pipeline.session import whole_request
from summarizer._text.analysis import TextAnalysis, analyse

TARGET = 1.2


def fresh_analyse(text: str, **options: object) -> TextAnalysis:
    """``analyse`` of an article never seen before (see the module's docstring)."""
    _common.forget_texts()
    return analyse(text, **options)  # type: ignore[arg-type]


def bare_one_shot(base_url: str, request: _common.BareRequest) -> BaseModel:
    """A new loop and client per call, as summarize() has."""

    async def run() -> BaseModel:
        raw, client = _common.instructor_client(base_url)
        try:
            return await _common.bare_call(client, request)
        finally:
            await raw.close()

    return asyncio.run(run())


def bare_shared(base_url: str, request: _common.BareRequest, count: int) -> None:
    """``count`` calls on one loop and one client, as summarize_many has."""

    async def run() -> None:
        raw, client = _common.instructor_client(base_url)
        try:
            for _ in range(count):
                value = await _common.bare_call(client, request)
                assert isinstance(value, request.response_model)
        finally:
            await raw.close()

    asyncio.run(run())


def summarize_one_shot(text: str, base_url: str) -> ArticleSummary:
    result = summarize(text, model="embedded", base_url=base_url, cache=False)
    assert result.provenance.attempts == 1, result.provenance
    return result


def summarize_block(text: str, base_url: str, first: int, count: int) -> None:
    articles = [(f"a{i}", text) for i in range(first, first + count)]
    results = summarize_many(articles, concurrency=1, model="embedded", base_url=base_url, cache=False, progress=False)
    failed = [r for r in results if not isinstance(r, ArticleSummary)]
    assert not failed, failed[0]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def profile_summarize(text: str, base_url: str, calls: int) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        summarize_one_shot(text, base_url)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(30)
    stats.sort_stats("tottime").print_stats(15)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--iterations", type=int, default=200, help="calls of each kind (default 200)")
    parser.add_argument("--warmup", type=int, default=10, help="untimed calls of each kind first (default 10)")
    parser.add_argument("--block", type=int, default=20, help="articles per summarize_many block (default 20)")
    parser.add_argument("--in-process", action="store_true", help="run the fake server in this process")
    parser.add_argument("--stock-fakellm", action="store_true", help="leave FakeLLM's sockets as they are (Nagle on)")
    parser.add_argument("--profile", type=int, default=0, metavar="CALLS", help="profile CALLS summarize() calls")
    parser.add_argument("--warm", action="store_true", help="keep the text caches from one call to the next")
    args = parser.parse_args(argv)
    if not args.warm:
        session.analyse = fresh_analyse  # type: ignore[attr-defined]
    n, block = args.iterations, max(1, min(args.block, args.iterations))
    blocks = max(1, n // block)

    _common.print_header("summarize() overhead vs a bare instructor call (zero-latency loopback model)")
    text = _common.seed_text()
    recording = _common.load_recording()
    with _common.fake_server(recording, in_process=args.in_process, no_delay=not args.stock_fakellm) as server:
        url = server.base_url
        print(f"fake model: {server.describe()};")
        print("  it answers at once with the embedded model's recorded completion for the seed")
        request = _common.build_bare_request(text, url)

        # Library-only work, no I/O: what summarize() does before it sends anything.
        endpoint = resolve_endpoint("embedded", url, None)
        prep = [timed(lambda: whole_request(fresh_analyse(text), endpoint)) for _ in range(30)]
        prep_warm = [timed(lambda: whole_request(analyse(text), endpoint)) for _ in range(30)]

        for _ in range(args.warmup):
            summarize_one_shot(text, url)
            bare_one_shot(url, request)
        summarize_block(text, url, 0, block)
        bare_shared(url, request, block)
        warm_requests = server.stats()[0]

        one_shot: dict[str, list[float]] = {"summarize": [], "bare": []}
        for i in range(n):
            pair: list[tuple[str, Callable[[], object]]] = [
                ("summarize", lambda: summarize_one_shot(text, url)),
                ("bare", lambda: bare_one_shot(url, request)),
            ]
            for name, fn in pair if i % 2 == 0 else reversed(pair):
                one_shot[name].append(timed(fn))

        shared: dict[str, list[float]] = {"summarize_many": [], "bare": []}
        for b in range(blocks):
            pair = [
                ("summarize_many", lambda b=b: summarize_block(text, url, b * block, block)),
                ("bare", lambda: bare_shared(url, request, block)),
            ]
            for name, fn in pair if b % 2 == 0 else reversed(pair):
                shared[name].append(timed(fn) / block)  # per article / per call

        served, matching = server.stats()
        profile = profile_summarize(text, url, args.profile) if args.profile else ""

    expected = warm_requests + 2 * n + 2 * blocks * block
    s_med, s_mean = _common.summary_stats(one_shot["summarize"])
    b_med, b_mean = _common.summary_stats(one_shot["bare"])
    m_med, m_mean = _common.summary_stats(shared["summarize_many"])
    c_med, c_mean = _common.summary_stats(shared["bare"])
    p_med, _ = _common.summary_stats(prep)
    w_med, _ = _common.summary_stats(prep_warm)

    print(f"\n{n} one-shot calls of each kind, interleaved one by one after {args.warmup} warm-up calls each;")
    print(f"{blocks} blocks of {block} for the shared-client rows, interleaved block by block.")
    print(f"requests served: {served} (expected {expected}); identical to the recorded request: {matching}/{served}\n")
    rows = [
        ("one-shot: new event loop + HTTP client per call", "", 0.0, 0.0, ""),
        ("  bare instructor call", "per call", b_med, b_mean, "1.00x"),
        ("  summarize(cache=False)", "per call", s_med, s_mean, f"{s_med / b_med:.2f}x"),
        ("shared: one event loop + one HTTP client", "", 0.0, 0.0, ""),
        ("  bare instructor call, sequential", "per call", c_med, c_mean, "1.00x"),
        ("  summarize_many(concurrency=1)", "per article", m_med, m_mean, f"{m_med / c_med:.2f}x"),
    ]
    print(f"{'path':<52}{'unit':<13}{'median':>11}{'mean':>11}{'ratio':>8}")
    print("-" * 95)
    for label, unit, med, mean, shown in rows:
        if not unit:
            print(label)
            continue
        print(f"{label:<52}{unit:<13}{_common.ms(med):>11}{_common.ms(mean):>11}{shown:>8}")
    print("-" * 95)
    print("ratio = median / median of the bare call in the same group. Shared-client medians are over")
    print(f"blocks (each block's time / {block}), so they include each batch's setup spread over its articles.")
    print(
        f"library work before the request (prepare, attribution, answer schema, prompt), median: {_common.ms(p_med)}"
        f" ({_common.ms(w_med)} for a text analysed before, its caches warm)"
    )
    caches = "warm from call to call (--warm)" if args.warm else "emptied before each article"
    print(f"text-layer caches: {caches}")
    print(
        f"summarize() - bare, one-shot, median: {_common.ms(s_med - b_med)}; "
        f"summarize_many - bare, shared, median: {_common.ms(m_med - c_med)}"
    )
    if profile:
        print(f"\ncProfile of {args.profile} summarize() calls:\n{profile}")

    ok = served == expected and matching == served
    if not ok:
        print("WARNING: the requests differ from the recording or their count is off", file=sys.stderr)
    ratio = s_med / b_med
    print(
        f"RESULT ratio={ratio:.2f} target<={TARGET} "
        f"(summarize/bare one-shot, medians; summarize_many/bare shared={m_med / c_med:.2f})"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
