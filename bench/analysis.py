"""Speed of the text layer: microseconds per character of ``analyse()`` and everything the
pipeline asks of it (speakers, claims, names, time expressions, lead events), with no
model and no I/O.

Two corpora, measured in one run:

* real news: PolNeAR's dev split (political news, 2016), article by article, when a
  checkout or bare mirror of it is given (``--polnear PATH``); otherwise the repository's
  own articles (the seed and the synthetic long article);
* one long text: those articles concatenated and repeated to 1 k, 10 k, 100 k and 1 M
  characters, so that the cost per character shows whether the work is linear.

Target: at most 3 µs per character, and flat from 1 k to 1 M.

Each run reads its text as an article never seen before: the text layer's per-text caches
are emptied first (otherwise the repeats of one text are served from them, which no real
run reading each article once is; up to 2x faster, and only the texts timed more than once).

    python bench/analysis.py                                  # the repository's articles
    python bench/analysis.py --polnear /path/to/PolNeAR       # PolNeAR dev
    python bench/analysis.py --polnear PATH --profile         # where the time goes
    python bench/analysis.py --polnear PATH --cpu             # CPU time, on a busy machine

The article text is read at run time and never written.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from _common import ROOT, forget_texts, machine_info

from summarizer._text.analysis import TextAnalysis, analyse

TARGET_US_PER_CHAR = 3.0
SIZES = (1_000, 10_000, 100_000, 1_000_000)


def full(text: str) -> TextAnalysis:
    """``analyse`` and every part the pipeline reads from it for a one-part article."""
    analysis = analyse(text)
    body = analysis.article.body_start, analysis.article.body_end
    _ = (analysis.attributions, analysis.claims, analysis.speaker_choices, analysis.lead_events)
    _ = (analysis.names_in(*body), analysis.times_in(*body))
    return analysis


def _articles(polnear: Path | None) -> tuple[str, list[str]]:
    if polnear is not None:
        from summarizer.eval.polnear import read_polnear

        return "PolNeAR dev", [g.text for g in read_polnear(polnear, "dev")]
    texts = [(ROOT / "seeds" / "000_36f5bebade865c5d.txt").read_text(encoding="utf-8")]
    texts.append((ROOT / "tests" / "long" / "flood_synthetic.txt").read_text(encoding="utf-8"))
    return "the repository's articles (seed, synthetic long article)", texts


def _best_of(text: str, repeat: int, clock: Callable[[], float]) -> float:
    best = float("inf")
    for _ in range(repeat):
        forget_texts()  # each run reads the text as new (the caches are keyed by the text)
        start = clock()
        full(text)
        best = min(best, clock() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--polnear", type=Path, help="a PolNeAR checkout or bare git mirror (dev split)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per text; the fastest counts")
    parser.add_argument("--max-size", type=int, default=SIZES[-1], help="the longest concatenation")
    parser.add_argument("--profile", action="store_true", help="also profile the 100 k text")
    parser.add_argument(
        "--cpu", action="store_true", help="time the process's CPU, not the wall clock (on a machine others share)"
    )
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter

    name, texts = _articles(args.polnear)
    print(machine_info())
    print("times: CPU of this process (--cpu)" if args.cpu else "times: wall clock")
    full(texts[0])  # warm up: compiled patterns, the lexicon

    per_char = []
    chars = 0
    seconds = 0.0
    for text in texts:
        best = _best_of(text, args.repeat, clock)
        per_char.append(best * 1e6 / max(1, len(text)))
        chars += len(text)
        seconds += best
    print(f"\n{name}: {len(texts)} articles, {chars:,} characters")
    print(f"  total            {seconds * 1e3:9.1f} ms   {seconds * 1e6 / chars:6.2f} µs/char")
    print(f"  per article      median {statistics.median(per_char):6.2f} µs/char, worst {max(per_char):6.2f} µs/char")

    joined = "\n\n".join(texts)
    print("\none long text (the articles concatenated, repeated):")
    rates = []
    for size in (s for s in SIZES if s <= args.max_size):
        text = (joined * (size // len(joined) + 1))[:size]
        best = _best_of(text, 1 if size >= 1_000_000 else args.repeat, clock)
        rate = best * 1e6 / size
        rates.append(rate)
        print(f"  {size:>9,} chars  {best * 1e3:9.1f} ms   {rate:6.2f} µs/char")
    print(f"\nlargest / smallest µs per character: {max(rates) / min(rates):.2f}x (1.00x is linear)")
    worst = max(rates + [seconds * 1e6 / chars])
    verdict = "within" if worst <= TARGET_US_PER_CHAR else "OVER"
    print(f"target ≤ {TARGET_US_PER_CHAR} µs/char: {verdict} (worst {worst:.2f})")

    if args.profile:
        text = (joined * (100_000 // len(joined) + 1))[:100_000]
        forget_texts()
        profile = cProfile.Profile()
        profile.runcall(full, text)
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(30)
        print(out.getvalue())


if __name__ == "__main__":
    main()
