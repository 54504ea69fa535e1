"""summarize_dataset on a local Ray cluster: throughput with 2 workers vs 1, side by side.

Sends N articles (default 2,000: the seed under distinct IDs) through
``summarizer.ray.summarize_dataset(ds, workers=W, concurrency=C, model="embedded",
base_url=..., cache=False)`` on ``ray.init(num_cpus=2)``, once with W=1 and once with
W=2 (``--order`` sets which first), against ``summarizer.testing.FakeLLM`` in a child
process on 127.0.0.1, which answers every request after a fixed latency (default 200
ms) with the embedded model's real recorded completion for the seed. Each run's wall
time counts everything a user waits for: starting the actors (each imports the library
and builds its Summarizer), the batches, and collecting the result rows on the driver.

One worker keeps C requests in flight, so it cannot beat N / C x latency; two keep 2C.
The target is 2 workers >= 1.7x the throughput of 1 on this 2-core machine. C defaults to
4, not the library's 8: the client side costs 5-12 ms of CPU per article here (more when
other work shares the cores), so 2 x 8 in flight at 200 ms asks for most of a core, and a
shared 2-core machine then measures its own load rather than what a second worker adds. The machine
may be shared: the load average and the busiest other processes are printed, measured
before each run.

Run: ``python bench/engine.py`` (``--articles``, ``--concurrency``, ``--latency``,
``--batch-size``, ``--order``). Needs the ray extra.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

import _common
import ray

from summarizer.ray import summarize_dataset

TARGET = 1.7


def busiest_processes(n: int = 5) -> str:
    """The ``n`` processes using the most CPU right now (ps: %CPU over each one's life), ours excluded."""
    out = subprocess.run(
        ["ps", "-eo", "pid,pcpu,args", "--sort=-pcpu", "--no-headers"], capture_output=True, text=True, timeout=10
    ).stdout
    mine = {str(os.getpid())}
    rows = [line.split(None, 2) for line in out.splitlines() if line.split() and line.split()[0] not in mine]
    return "; ".join(f"{r[1]}% {r[2][:70]}" for r in rows[:n] if len(r) == 3)


@dataclass(frozen=True)
class Run:
    wall: float  # from building the dataset to the last result row on the driver
    first: float  # until the first block of result rows arrived (actor start-up, first batch)
    first_rows: int  # rows in that first block
    statuses: Counter[str]

    def steady(self, n: int) -> float:
        """Articles per second after the first block: the pace once the actors are up."""
        return (n - self.first_rows) / (self.wall - self.first) if self.wall > self.first else float("nan")


def run(workers: int, rows: list[dict[str, Any]], args: argparse.Namespace, url: str) -> Run:
    """One run of summarize_dataset with ``workers`` actors, consumed block by block on the driver."""
    start = time.perf_counter()
    ds = ray.data.from_items(rows)
    results = summarize_dataset(
        ds,
        workers=workers,
        batch_size=args.batch_size,
        concurrency=args.concurrency,
        model="embedded",
        base_url=url,
        num_cpus=args.num_cpus,
        cache=False,
    )
    statuses: Counter[str] = Counter()
    first, first_rows = 0.0, 0
    for block in results.iter_batches(batch_size=None, batch_format="pyarrow"):
        if not first_rows:
            first, first_rows = time.perf_counter() - start, block.num_rows
        statuses.update(str(s) for s in block.column("status").to_pylist())
    return Run(time.perf_counter() - start, first, first_rows, statuses)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=2000, help="articles (default 2000)")
    parser.add_argument("--concurrency", type=int, default=4, help="requests in flight per worker (default 4)")
    parser.add_argument("--latency", type=float, default=0.2, help="seconds per model answer (default 0.2)")
    parser.add_argument("--batch-size", type=int, default=64, help="articles per batch handed to an actor")
    parser.add_argument("--num-cpus", type=float, default=0.25, help="CPUs Ray reserves per worker (default 0.25)")
    parser.add_argument("--order", default="1,2", help="worker counts, in the order run (default 1,2)")
    args = parser.parse_args(argv)
    order = [int(w) for w in args.order.split(",")]

    _common.print_header("summarize_dataset on a local Ray cluster (num_cpus=2): 1 worker vs 2")
    text = _common.seed_text()
    rows = [{"article_id": f"a{i}", "text": text} for i in range(args.articles)]
    ray.init(
        num_cpus=2, include_dashboard=False, _node_ip_address="127.0.0.1", log_to_driver=False, configure_logging=False
    )
    ray.data.DataContext.get_current().enable_progress_bars = False
    runs: dict[int, Run] = {}
    n = args.articles
    ok = True
    try:
        with _common.fake_server(_common.load_recording(), delay=args.latency) as server:
            print(f"fake model: {server.describe()}; {args.latency * 1000:.0f} ms per answer")
            print(
                f"{n} articles, concurrency {args.concurrency} per worker, batch size {args.batch_size}, "
                f"num_cpus {args.num_cpus:g} per worker\n"
            )
            for workers in order:
                load = "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
                print(f"before {workers} worker(s): load avg {load}; busiest: {busiest_processes()}")
                served = server.stats()[0]
                r = runs[workers] = run(workers, rows, args, server.base_url)
                served = server.stats()[0] - served
                ideal = n / (workers * args.concurrency) * args.latency
                print(
                    f"  {workers} worker(s): wall {r.wall:7.2f} s = {n / r.wall:6.1f} articles/s "
                    f"(ideal N / ({workers} x {args.concurrency}) x latency = {ideal:.2f} s); "
                    f"first {r.first_rows} rows after {r.first:.2f} s, then {r.steady(n):6.1f} articles/s "
                    f"(ideal {workers * args.concurrency / args.latency:.0f}); "
                    f"rows {dict(r.statuses)}; requests served {served}"
                )
                ok = ok and r.statuses == Counter(complete=n) and served == n
    finally:
        ray.shutdown()
    if 1 in runs and 2 in runs:
        one, two = runs[1], runs[2]
        print(
            f"\nRESULT throughput 2 workers / 1 worker = {one.wall / two.wall:.2f}x over the whole run, "
            f"{two.steady(n) / one.steady(n):.2f}x after the first block (target >= {TARGET}x)"
        )
    if not ok:
        print("WARNING: not every article was summarized exactly once")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
