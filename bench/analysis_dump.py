"""Everything ``analyse()`` finds, over a fixed set of texts, written to one file: a speed
change to the text layer must leave the file byte-identical.

The texts: PolNeAR dev and the first 300 train articles (``--polnear``), ECB+ dev
(``--ecbplus``), WikiEvents dev (``--wikievents``, the first 100), the repository's own
articles (the seed, the synthetic long article, the eval gold set) and every row of the
case tables under ``tests/text/cases``. Each text is read as new (the per-text caches are
emptied first, as in ``bench/analysis.py``).

    python bench/analysis_dump.py --polnear PATH --ecbplus PATH --out /tmp/before.txt
    ... change the code ...
    python bench/analysis_dump.py --polnear PATH --ecbplus PATH --out /tmp/after.txt
    cmp /tmp/before.txt /tmp/after.txt

The dump holds article text: write it outside the repository and never commit it.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from _common import ROOT, forget_texts

from summarizer._text.analysis import analyse


def _case_texts() -> Iterator[tuple[str, str]]:
    sys.path.insert(0, str(ROOT))
    import tests.text.cases as cases

    for info in sorted(pkgutil.iter_modules(cases.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"tests.text.cases.{info.name}")
        for n, row in enumerate(getattr(module, "ROWS", ())):
            if isinstance(row, tuple) and len(row) >= 2 and isinstance(row[1], str):
                yield f"case {info.name} {n} {row[0]}", row[1]


def _texts(args: argparse.Namespace) -> Iterator[tuple[str, str]]:
    yield "seed", (ROOT / "seeds" / "000_36f5bebade865c5d.txt").read_text(encoding="utf-8")
    yield "long", (ROOT / "tests" / "long" / "flood_synthetic.txt").read_text(encoding="utf-8")
    for line in (ROOT / "tests" / "gold" / "eval_gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            yield f"gold {item['id']}", item["text"]
    yield from _case_texts()
    if args.polnear is not None:
        from summarizer.eval.polnear import read_polnear

        for split, limit in (("dev", None), ("train", 300)):
            for article in read_polnear(args.polnear, split, limit=limit):
                yield f"polnear {split} {article.id}", article.text
    if args.ecbplus is not None:
        from summarizer.eval.ecbplus import read_ecbplus_documents

        for document in read_ecbplus_documents(args.ecbplus, "dev"):
            yield f"ecb+ {document.article.id}", document.article.text
    if args.wikievents is not None:
        from summarizer.eval.wikievents import read_wikievents

        for article in read_wikievents(args.wikievents, "dev", limit=100):
            yield f"wikievents {article.id}", article.text


def dump(text: str) -> list[str]:
    """Every part of the analysis of ``text``, one ``repr`` a line."""
    analysis = analyse(text)
    article = analysis.article
    body = article.body_start, article.body_end
    half = (body[0] + body[1]) // 2
    return [
        f"language {analysis.language!r} supported {analysis.supported!r}",
        f"article {article!r}",
        f"attributions {analysis.attributions!r}",
        f"claims {analysis.claims!r}",
        f"speaker_choices {analysis.speaker_choices!r}",
        f"names {analysis.names!r}",
        f"names_in body {analysis.names_in(*body)!r}",
        f"names_in first half {analysis.names_in(body[0], half)!r}",
        f"times_in body {analysis.times_in(*body)!r}",
        f"times_in second half {analysis.times_in(half, body[1])!r}",
        f"dates {analysis.dates()!r}",
        f"lead_events {analysis.lead_events!r}",
        f"events {analysis.events!r}",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--polnear", type=Path, help="a PolNeAR checkout or bare git mirror (dev, 300 of train)")
    parser.add_argument("--ecbplus", type=Path, help="an EventStoryLine checkout or bare git mirror (ECB+ dev)")
    parser.add_argument("--wikievents", type=Path, help="a SCPRG checkout or bare git mirror (WikiEvents dev)")
    parser.add_argument("--out", type=Path, required=True, help="the dump (outside the repository)")
    args = parser.parse_args()
    started = time.perf_counter()
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for name, text in _texts(args):
            forget_texts()
            out.write(f"=== {name}\n")
            for line in dump(text):
                out.write(line + "\n")
            count += 1
    print(f"{count} texts in {time.perf_counter() - started:.1f} s -> {args.out}")


if __name__ == "__main__":
    main()
