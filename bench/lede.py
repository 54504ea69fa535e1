"""The offline summary on real news: how often the embedded default's summary (the
article's lede, ``summary_from="lede"``) opens with the headline, holds an
"ABSTRACT." / "LETTERS." label line or a news dateline ("RENO, Nev. (AP) —",
"Mexico City (AFP) –", "Dec 29 (Reuters) -"), on PolNeAR's dev split and the first
train articles.

    python bench/lede.py /path/to/PolNeAR                  # dev and the first 200 of train
    python bench/lede.py /path/to/PolNeAR --train 0        # dev alone

Each article is summarized with ``--model none`` semantics (a loopback fake that answers
every request with an HTTP 400), so the summary is the text's own lede. PolNeAR's
converter writes the headline as the first line with a full stop added, which is what
makes it hard to tell from a one-sentence lede. The test split is refused.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from _common import evaluate_keeping, machine_info

from summarizer.eval.polnear import read_polnear

_LABEL = re.compile(r"(?:^|\.\s)(?:ABSTRACT|LETTERS)\.")
# A dateline as news agencies write it, anywhere in the summary: a place in capitals (a
# region after it) or in title case before an agency, or a date before an agency, then a dash.
_DATELINE = re.compile(
    r"(?:^|\.\s)[A-Z][A-Z .,'’-]{3,}(?:\([^)]*\))?[\s\u00a0]*[—–-]\s"
    r"|\((?:AP|AFP|Reuters|UPI|CNN|dpa|Xinhua|Yonhap)\)\s*[—–-]"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("polnear", type=Path, help="a PolNeAR checkout or bare git mirror")
    parser.add_argument("--train", type=int, default=200, help="how many train articles besides dev (0: none)")
    parser.add_argument("--show", type=int, default=0, help="print this many failing articles' first line")
    args = parser.parse_args()
    print(machine_info())
    golds = list(read_polnear(args.polnear, "dev"))
    if args.train:
        golds += list(read_polnear(args.polnear, "train", limit=args.train))
    _, results, seconds = evaluate_keeping(golds, "none")
    headline = label = dated = missing = 0
    shown = 0
    # By outlet (the id's first part): the first train articles are Breitbart's and the
    # Huffington Post's alone, whose headlines are easy to tell.
    outlets: dict[str, list[int]] = {}
    for gold in golds:
        result = results.get(gold.id)
        first_line = gold.text.strip().split("\n", 1)[0].strip()
        summary = (result.summary if result is not None else None) or ""
        bad = False
        if result is None or result.summary_from != "lede" or not summary:
            missing += 1
            bad = True
        elif summary.startswith(first_line[:40]):
            headline += 1
            bad = True
        counts = outlets.setdefault(gold.id.split("_", 1)[0], [0, 0])
        counts[0] += summary.startswith(first_line[:40])
        counts[1] += 1
        if _LABEL.search(summary):
            label += 1
            bad = True
        if _DATELINE.search(summary):
            dated += 1
            bad = True
        if bad and shown < args.show:
            shown += 1
            print(f"  {gold.id}: {first_line[:90]!r}")
    n = len(golds)
    print(f"{n} articles ({seconds:.1f} s): lede opens with the headline {headline}/{n} ({headline / n:.3f}), ", end="")
    print(f"holds a label line {label}/{n}, a dateline {dated}/{n}, no lede {missing}/{n}")
    print("headline-led by outlet: " + ", ".join(f"{k} {a}/{b}" for k, (a, b) in sorted(outlets.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
