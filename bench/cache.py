"""Response cache: the time of a cache hit vs the model call (miss) it replaces.

With the real embedded model (``model="embedded"``, no base_url: the library starts
llama.cpp's server on 127.0.0.1) and ``cache=<a temp file>``, on the seed article:

1. first call: a miss that also starts the model server (reported on its own);
2. the cache is emptied (rows deleted through SQLite) and the call repeated: a miss
   with the server warm, the figure a hit is compared with;
3. ``--hits`` (default 20) calls that hit; median and mean reported.

Checks that every hit has ``provenance.cached`` True, misses False, and that a hit
equals the miss it replaces apart from ``provenance.cached`` and ``usage``. The ratio
hit / warm miss (medians) is the figure of merit (target <= 1%).

If the embedded model is not installed (``import llama_cpp`` fails), the model is a
``summarizer.testing.FakeLLM`` on 127.0.0.1 answering after 2 s with the embedded
model's recorded completion for the seed, and the output says so.

Run: ``python bench/cache.py`` (about 30 s with the embedded model on 2 cores).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import _common

from summarizer import ArticleSummary, ModelUnavailableError, summarize

TARGET = 0.01
FALLBACK_LATENCY_S = 2.0


def embedded_available() -> str | None:
    """None if the embedded model can run here, else why not."""
    try:
        import llama_cpp  # noqa: F401

        from summarizer._llm import embedded as _embedded

        _embedded.model_path()
    except ImportError as exc:
        return f"import llama_cpp failed: {exc}"
    except ModelUnavailableError as exc:
        return str(exc)
    return None


class StartTimer:
    """Times the embedded server's start inside the first call.

    Wraps ``summarizer._llm.embedded.server_url``, which the library looks up at call
    time; if a later version no longer calls it, ``seconds`` stays None.
    """

    def __init__(self) -> None:
        self.seconds: float | None = None

    @contextmanager
    def installed(self) -> Iterator[None]:
        from summarizer._llm import embedded as _embedded

        original = _embedded.server_url

        def timed_server_url() -> str:
            start = time.perf_counter()
            try:
                return original()
            finally:
                if self.seconds is None:
                    self.seconds = time.perf_counter() - start

        _embedded.server_url = timed_server_url
        try:
            yield
        finally:
            _embedded.server_url = original


@contextmanager
def model_server(use_fake: bool, timer: StartTimer) -> Iterator[tuple[str | None, str]]:
    """(base_url to pass, description): None for the embedded model's own server."""
    if not use_fake:
        from summarizer._llm import embedded as _embedded

        try:
            with timer.installed():
                yield None, "the embedded model (SmolLM2-135M, llama.cpp server started by the library on 127.0.0.1)"
        finally:
            _embedded.shutdown()
        return
    with _common.fake_server(_common.load_recording(), delay=FALLBACK_LATENCY_S) as server:
        yield (
            server.base_url,
            (
                f"FALLBACK, not the embedded model: {server.describe()}, answering after "
                f"{FALLBACK_LATENCY_S:g} s with the embedded model's recorded completion"
            ),
        )


def comparable(result: ArticleSummary) -> dict[str, Any]:
    """The result without what a hit legitimately changes."""
    return result.model_dump(mode="json", exclude={"provenance": {"cached"}, "usage": True})


def matches_golden(result: ArticleSummary) -> bool:
    """Whether the summary, events, claims and quotes equal the golden file's (the recorded answer)."""
    golden = _common.ROOT / "tests" / "golden" / f"{_common.SEED.stem}.json"
    fields = ("summary", "events", "claims", "quotes")
    expected = json.loads(golden.read_text(encoding="utf-8"))
    return {k: expected.get(k) for k in fields} == result.model_dump(mode="json", include=set(fields))


def clear(path: Path) -> int:
    """Delete every cached answer through SQLite; the library's open connection sees it.

    (Deleting the file would not do: the process keeps its connection to the old one.)
    """
    db = sqlite3.connect(path, timeout=30)
    try:
        with db:
            deleted = db.execute("DELETE FROM answers").rowcount
        remaining = db.execute("SELECT COUNT(*) FROM answers").fetchone()[0]
    finally:
        db.close()
    assert remaining == 0, remaining
    return int(deleted)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--hits", type=int, default=20, help="cache hits to time (default 20)")
    parser.add_argument("--fake", action="store_true", help="use the FakeLLM fallback even if llama_cpp works")
    args = parser.parse_args(argv)

    _common.print_header("response cache: hit vs miss, with a real model call")
    text = _common.seed_text()
    why_not = "--fake given" if args.fake else embedded_available()
    checks: list[tuple[str, bool]] = []

    timer = StartTimer()
    with ExitStack() as stack:
        base_url, description = stack.enter_context(model_server(use_fake=why_not is not None, timer=timer))
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="summarizer-bench-")))
        path = tmp / "answers.sqlite3"
        print(f"model: {description}")
        if why_not is not None:
            print(f"  (why: {why_not})")
        print(f"cache: {path}")

        def call() -> tuple[float, ArticleSummary]:
            start = time.perf_counter()
            result = summarize(text, model="embedded", base_url=base_url, cache=path)
            return time.perf_counter() - start, result

        first_s, first = call()
        checks.append(("first call is a miss", not first.provenance.cached))
        deleted = clear(path)
        miss_s, miss = call()
        checks.append(("miss after clearing is a miss", not miss.provenance.cached))
        hits = [call() for _ in range(args.hits)]

    hit_times = [t for t, _ in hits]
    hit_med, hit_mean = _common.summary_stats(hit_times)
    checks.append(("every hit has provenance.cached True", all(r.provenance.cached for _, r in hits)))
    checks.append(
        (
            "every hit equals the miss except provenance.cached, usage",
            all(comparable(r) == comparable(miss) for _, r in hits),
        )
    )
    checks.append(("hits report zero usage", all(r.usage.calls == 0 for _, r in hits)))
    same_answers = comparable(first) == comparable(miss)
    ratio = hit_med / miss_s
    start_s = timer.seconds
    first_request_s = first_s - start_s if start_s is not None else None

    print()
    print(f"{'call':<52}{'time':>12}")
    print("-" * 64)
    first_label = "first call: miss + model server start" if why_not is None else "first call: miss (cold process)"
    print(f"{first_label:<52}{first_s:10.3f} s")
    if start_s is not None and first_request_s is not None:
        print(f"{'  of which model server start':<52}{start_s:10.3f} s")
        print(f"{'  of which the request (prompt not yet evaluated)':<52}{first_request_s:10.3f} s")
    print(f"cache cleared ({deleted} {'entry' if deleted == 1 else 'entries'} deleted)")
    print(f"{'miss, server warm (the call a hit replaces)':<52}{miss_s:10.3f} s")
    print(f"{f'hit, median of {len(hit_times)}':<52}{_common.ms(hit_med):>12}")
    print(f"{f'hit, mean of {len(hit_times)}':<52}{_common.ms(hit_mean):>12}")
    print(f"{'hit, min / max':<52}{_common.ms(min(hit_times)):>12} / {_common.ms(max(hit_times))}")
    print("-" * 64)
    print(f"hit / warm miss: {ratio:.5f} ({ratio * 100:.3f} %; target <= {TARGET * 100:g} %)")
    if first_request_s is not None:
        print(f"hit / first request (server start excluded): {hit_med / first_request_s:.5f}")
    if why_not is None:
        print("note: the library resets llama.cpp before each request, so the warm miss evaluates the whole")
        print("  prompt again, as any new article would; only model loading is saved.")
    print(
        f"miss usage: {miss.usage.prompt_tokens} prompt + {miss.usage.completion_tokens} completion tokens, "
        f"{miss.usage.calls} call(s); hit usage: {hits[0][1].usage.calls} calls"
    )
    print(
        f"first and second miss gave the same summary: {same_answers}; "
        f"first miss equals the golden file: {matches_golden(first)}; "
        f"second miss equals it: {matches_golden(miss)}"
    )
    for label, passed in checks:
        print(f"  [{'ok' if passed else 'FAIL'}] {label}")

    ok = all(passed for _, passed in checks)
    model = "FakeLLM fallback" if why_not is not None else "embedded model"
    print(
        f"RESULT ratio={ratio:.5f} target<={TARGET} "
        f"(median hit {hit_med * 1000:.2f} ms / warm miss {miss_s:.3f} s, {model})"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
