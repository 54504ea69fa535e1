"""How many real news articles come back whole, partial or failed on a model.

Reads articles from a PolNeAR checkout (github:networkdynamics/PolNeAR, political
news from 7 publishers, 2016) and summarizes them, by default on the embedded
model, then prints one line per article and the totals: complete / partial /
failed, quotes found, attempts, and the repairs the library made to the model's
answers. Article text is read from the checkout and never written anywhere.

Only the train and dev splits are accepted: the test split is reserved for
independent evaluation.

    python bench/robustness.py /path/to/PolNeAR --split dev --limit 30

A bare git mirror (as ``fetch`` gives it) works too: the files are read with
``git show``.
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import time
from pathlib import Path

from _common import machine_info

from summarizer import ArticleSummary, FailedArticle, summarize_iter

SPLITS = ("train", "dev")


def _articles(root: Path, split: str, limit: int) -> list[tuple[str, str]]:
    folder = f"data/{split}/text"
    if (root / folder).is_dir():
        paths = sorted((root / folder).glob("*.txt"))[:limit]
        return [(p.stem, p.read_text(encoding="utf-8")) for p in paths]
    names = subprocess.run(
        ["git", "-C", str(root), "ls-tree", "--name-only", "HEAD", f"{folder}/"],
        check=True, capture_output=True, text=True,
    ).stdout.split()  # fmt: skip
    out = []
    for name in sorted(names)[:limit]:
        text = subprocess.run(
            ["git", "-C", str(root), "show", f"HEAD:{name}"], check=True, capture_output=True, text=True
        ).stdout
        out.append((Path(name).stem, text))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("polnear", type=Path, help="a PolNeAR checkout or bare mirror")
    parser.add_argument("--split", choices=SPLITS, default="dev", help="train or dev (test is reserved)")
    parser.add_argument("--limit", type=int, default=30)
    parser.add_argument("--model", default="embedded")
    args = parser.parse_args()

    articles = _articles(args.polnear, args.split, args.limit)
    print(machine_info())
    print(f"{len(articles)} articles from PolNeAR {args.split}, model {args.model}")
    counts: collections.Counter[str] = collections.Counter()
    repairs: collections.Counter[str] = collections.Counter()
    quotes = 0
    started = time.monotonic()
    for _, result in summarize_iter(articles, model=args.model, cache=False, progress=False):
        if isinstance(result, FailedArticle):
            counts["failed"] += 1
            print(f"  failed   {result.article_id}: {result.reason}: {result.message[:160]}")
            continue
        assert isinstance(result, ArticleSummary)
        partial = getattr(result, "partial", None)
        status = "partial" if partial is not None else "complete"
        counts[status] += 1
        quotes += len(result.quotes)
        for repair in getattr(result.provenance, "repairs", []):
            repairs[repair.split(":")[0].split(" ")[0]] += 1
        why = f" ({partial.reason}: {partial.message[:120]})" if partial is not None else ""
        print(
            f"  {status:<8} {result.article_id}: {len(result.quotes)} quotes, "
            f"{result.provenance.attempts} attempt(s){why}"
        )
    elapsed = time.monotonic() - started
    print(
        json.dumps(
            {
                "articles": len(articles),
                "complete": counts["complete"],
                "partial": counts["partial"],
                "failed": counts["failed"],
                "quotes": quotes,
                "repairs": dict(repairs),
                "seconds": round(elapsed, 1),
            }
        )
    )
    sys.exit(1 if counts["failed"] else 0)


if __name__ == "__main__":
    main()
