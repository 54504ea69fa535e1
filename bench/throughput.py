"""Batch throughput: summarize_many over a slow model at high concurrency, vs the ideal.

Sends N articles (default 500, the seed under distinct IDs ``a0``, ``a1``, ...) through
``summarize_many(articles, concurrency=C, base_url=..., model="embedded", cache=False,
progress=False)`` against ``summarizer.testing.FakeLLM`` on 127.0.0.1, which answers
every request after a fixed latency (default 200 ms) with the embedded model's real
recorded completion for the seed. With C requests always in flight the batch cannot
finish faster than ideal = N / C x latency (500 / 32 x 0.2 s = 3.125 s); the ratio
wall / ideal says how close the library gets (target <= 1.1x). The process CPU time
over the run shows whether the client side, not the model, is what limits it.

Then the same batch split over P processes (default 2, ``--processes 1`` skips this),
each running ``summarize_many`` on its share at concurrency C / P, so that the same C
requests are in flight: what the batch takes when one event loop on one core is not
the limit. The processes are started and warmed up before the clock starts.

For reference it then sends the same N requests as bare instructor calls at the same
concurrency, and as raw HTTP posts of the recorded body (httpx2, the JSON answer
decoded, nothing else): the client-side cost without the library, and what this
machine and this server allow at all (``--no-bare`` skips both).

Run: ``python bench/throughput.py`` (``--articles``, ``--concurrency``, ``--latency``,
``--processes``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import multiprocessing.connection
import sys
import time
from multiprocessing.synchronize import Event

import _common
import httpx2

from summarizer import ArticleSummary, summarize_many
from summarizer.models import FailedArticle

TARGET = 1.1


def bare_batch(base_url: str, request: _common.BareRequest, n: int, concurrency: int) -> float:
    """Wall time of ``n`` bare instructor calls, ``concurrency`` at a time, on one client."""

    async def run() -> float:
        raw, client = _common.instructor_client(base_url)
        gate = asyncio.Semaphore(concurrency)

        async def one() -> None:
            async with gate:
                value = await _common.bare_call(client, request)
                assert isinstance(value, request.response_model)

        try:
            start = time.perf_counter()
            await asyncio.gather(*(one() for _ in range(n)))
            return time.perf_counter() - start
        finally:
            await raw.close()

    return asyncio.run(run())


def raw_batch(base_url: str, body: bytes, n: int, concurrency: int) -> float:
    """Wall time of ``n`` raw posts of ``body``, ``concurrency`` at a time, on one client."""

    async def run() -> float:
        url = base_url.rstrip("/") + "/chat/completions"
        limits = httpx2.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        async with httpx2.AsyncClient(limits=limits, timeout=60) as client:
            gate = asyncio.Semaphore(concurrency)

            async def one() -> None:
                async with gate:
                    response = await client.post(url, content=body, headers={"Content-Type": "application/json"})
                    response.json()

            start = time.perf_counter()
            await asyncio.gather(*(one() for _ in range(n)))
            return time.perf_counter() - start

    return asyncio.run(run())


def _share(
    base_url: str,
    articles: list[tuple[str, str]],
    concurrency: int,
    go: Event,
    conn: multiprocessing.connection.Connection,
) -> None:
    """Child process: warm up, wait for the start, summarize ``articles``, report."""
    warm = summarize_many(
        [("warm-up", articles[0][1])], concurrency=1, base_url=base_url, model="embedded", cache=False, progress=False
    )
    assert isinstance(warm[0], ArticleSummary), warm[0]
    conn.send("ready")
    go.wait()
    cpu_start = time.process_time()
    results = summarize_many(
        articles, concurrency=concurrency, base_url=base_url, model="embedded", cache=False, progress=False
    )
    ids_in_order = [r.article_id for r in results] == [a[0] for a in articles]
    conn.send((sum(isinstance(r, ArticleSummary) for r in results), ids_in_order, time.process_time() - cpu_start))


def multi_process(
    base_url: str, articles: list[tuple[str, str]], concurrency: int, processes: int
) -> tuple[float, float, int, bool]:
    """(wall, CPU summed over the processes, summaries, each share in input order) of the
    batch split over ``processes`` processes, ``concurrency / processes`` each."""
    ctx = multiprocessing.get_context("spawn")
    go = ctx.Event()
    pipes, workers = [], []
    for k in range(processes):
        parent, child = ctx.Pipe()
        share = articles[k::processes]
        worker = ctx.Process(
            target=_share, args=(base_url, share, max(1, concurrency // processes), go, child), daemon=True
        )
        worker.start()
        child.close()
        pipes.append(parent)
        workers.append(worker)
    try:
        for parent in pipes:
            if not parent.poll(120) or parent.recv() != "ready":
                raise RuntimeError("a batch process did not start within 120 s")
        start = time.perf_counter()
        go.set()
        done: list[tuple[int, bool, float]] = []
        waiting = list(pipes)
        while waiting:
            for ready in multiprocessing.connection.wait(waiting):
                assert isinstance(ready, multiprocessing.connection.Connection)
                done.append(ready.recv())
                waiting.remove(ready)
        wall = time.perf_counter() - start
    finally:
        for worker in workers:
            worker.join(timeout=30)
            if worker.is_alive():
                worker.kill()
    return wall, sum(d[2] for d in done), sum(d[0] for d in done), all(d[1] for d in done)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=500, help="articles in the batch (default 500)")
    parser.add_argument("--concurrency", type=int, default=32, help="summarize_many concurrency (default 32)")
    parser.add_argument("--latency", type=float, default=0.2, help="seconds the model takes per request (default 0.2)")
    parser.add_argument("--in-process", action="store_true", help="run the fake server in this process")
    parser.add_argument("--stock-fakellm", action="store_true", help="leave FakeLLM's sockets as they are (Nagle on)")
    parser.add_argument("--no-bare", action="store_true", help="skip the reference run of bare instructor calls")
    parser.add_argument(
        "--processes", type=int, default=2, help="also split the batch over this many processes (default 2; 1: no)"
    )
    args = parser.parse_args(argv)
    n, c, latency, processes = args.articles, args.concurrency, args.latency, args.processes
    if n < 1 or c < 1 or latency < 0 or processes < 1:
        parser.error("--articles, --concurrency and --processes must be at least 1, --latency at least 0")

    _common.print_header("summarize_many throughput against a loopback model with fixed latency")
    text = _common.seed_text()
    articles = [(f"a{i}", text) for i in range(n)]
    recording = _common.load_recording()
    with _common.fake_server(
        recording, delay=latency, in_process=args.in_process, no_delay=not args.stock_fakellm
    ) as server:
        url = server.base_url
        print(f"fake model: {server.describe()};")
        print(f"  it answers each request after {latency * 1000:.0f} ms with the embedded model's recorded completion")

        # Warm-up (not timed): imports, first-use caches, the fake server's first thread.
        warm_start = time.perf_counter()
        warm = summarize_many(
            [("warm-up", text)], concurrency=1, base_url=url, model="embedded", cache=False, progress=False
        )
        warm_s = time.perf_counter() - warm_start
        assert isinstance(warm[0], ArticleSummary), warm[0]
        served_before, _ = server.stats()

        cpu_start = time.process_time()
        start = time.perf_counter()
        results = summarize_many(articles, concurrency=c, base_url=url, model="embedded", cache=False, progress=False)
        wall = time.perf_counter() - start
        cpu = time.process_time() - cpu_start
        served, _ = server.stats()

        multi = multi_process(url, articles, c, processes) if processes > 1 else None
        served_multi = server.stats()[0] - served - (processes if multi is not None else 0)  # less the warm-ups

        # Reference: the same requests as bare instructor calls at the same concurrency,
        # i.e. what the client side costs without the library (after the timed run).
        bare_wall = None if args.no_bare else bare_batch(url, _common.build_bare_request(text, url), n, c)
        raw_body = json.dumps(recording.request).encode()
        raw_wall = None if args.no_bare else raw_batch(url, raw_body, n, c)
        served_total, matching_total = server.stats()

    served_run = served - served_before
    summaries = sum(isinstance(r, ArticleSummary) for r in results)
    failures = [r for r in results if isinstance(r, FailedArticle)]
    ids_in_order = [r.article_id for r in results] == [a[0] for a in articles]
    ideal = n / c * latency
    ratio = wall / ideal if ideal > 0 else float("inf")

    print(f"\n{n} articles, concurrency {c}, model latency {latency * 1000:.0f} ms per request")
    print(f"{'warm-up (1 article, untimed)':<44}{warm_s:10.3f} s")
    print(f"{'wall time':<44}{wall:10.3f} s")
    print(f"{'ideal = N / C x latency':<44}{ideal:10.3f} s   ({n} / {c} x {latency:g} s)")
    print(f"{'ratio wall / ideal':<44}{ratio:10.2f} x   (target <= {TARGET}x)")
    ideal_rate = f"ideal {c / latency:.1f}" if latency > 0 else "no ideal at zero latency"
    print(f"{'throughput':<44}{n / wall:10.1f} articles/s   ({ideal_rate})")
    print(f"{'requests in flight on average':<44}{served_run * latency / wall:10.1f}     (of {c})")
    print(f"{'process CPU time during the batch':<44}{cpu:10.3f} s   ({cpu / n * 1000:.1f} ms per article)")
    print(
        f"{'requests served':<44}{served_run:10d}     (identical to the recording: "
        f"{matching_total}/{served_total} overall)"
    )
    print(f"{'results that are ArticleSummary':<44}{summaries:10d} / {n}   (in input order: {ids_in_order})")
    if failures:
        print(f"first failure: {failures[0].reason}: {failures[0].message}")
    if cpu > 0.8 * wall:
        print("note: CPU time is close to wall time, so the client side (one event loop, one core) is the limit")
    if multi is not None:
        m_wall, m_cpu, m_summaries, m_in_order = multi
        print(
            f"\nthe same batch over {processes} processes, concurrency {c // processes} each "
            f"({processes * (c // processes)} in flight):"
        )
        print(f"{'wall time':<44}{m_wall:10.3f} s   = {m_wall / ideal:.2f}x ideal")
        print(f"{'CPU time, summed over the processes':<44}{m_cpu:10.3f} s   ({m_cpu / n * 1000:.1f} ms per article)")
        print(
            f"{'results that are ArticleSummary':<44}{m_summaries:10d} / {n}   (each share in input order: "
            f"{m_in_order}; requests served: {served_multi})"
        )
    if bare_wall is not None:
        print(f"\nreference, not the result: {n} bare instructor calls (same request and JSON Schema,")
        print(
            f"one shared client, {c} at a time) took {bare_wall:.3f} s = {bare_wall / ideal:.2f}x ideal; "
            f"summarize_many / bare = {wall / bare_wall:.2f}x"
        )
    if raw_wall is not None:
        print(f"floor of this machine and server: {n} raw posts of the recorded body (httpx2, {c} at a time)")
        print(f"took {raw_wall:.3f} s = {raw_wall / ideal:.2f}x ideal")

    ok = summaries == n and served_run == n and matching_total == served_total and ids_in_order
    if multi is not None:
        ok = ok and multi[2] == n and multi[3] and served_multi == n
    if not ok:
        print("WARNING: not every article was summarized once from the recorded request", file=sys.stderr)
    shown = f"; {processes} processes: {multi[0] / ideal:.2f}" if multi is not None else ""
    print(f"RESULT ratio={ratio:.2f} target<={TARGET} (wall {wall:.3f} s / ideal {ideal:.3f} s{shown})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
