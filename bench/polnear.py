"""Who said what on real news: the eval figures on PolNeAR's dev (or train) split.

Converts the split with ``summarizer.eval.polnear`` (in memory: the copyrighted article
text is never written), summarizes every article and prints the eval report, then the
speaker accuracy of matched quotes broken down by how the library found the speaker
(``Quote.attribution``), for direct quotes and for all quotes.

    python bench/polnear.py /path/to/PolNeAR --split dev --limit 30              # embedded model
    python bench/polnear.py /path/to/PolNeAR --split dev --model none            # text only

``--model none`` answers every model request with an HTTP 400 from a loopback fake, so
each summary is partial: what it measures is the deterministic part alone (quotes,
clause-named and resolved speakers), in seconds. The test split is refused: it is
reserved for independent evaluation.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

from _common import evaluate_keeping, machine_info

from summarizer.eval import GoldArticle
from summarizer.eval.polnear import SPLITS, read_polnear
from summarizer.eval.scoring import QUOTE_IOU, _score_claims, _speaker_matches, iou, names_match
from summarizer.models import ArticleSummary


def _by_attribution(golds: list[GoldArticle], summaries: dict[str, ArticleSummary], direct_only: bool) -> None:
    right: collections.Counter[str] = collections.Counter()
    seen: collections.Counter[str] = collections.Counter()
    for gold in golds:
        summary = summaries.get(gold.id)
        if summary is None:
            continue
        for gq in gold.quotes:
            if direct_only and gq.kind != "direct":
                continue
            best = max(summary.quotes, key=lambda q: iou((gq.start, gq.end), (q.start, q.end)), default=None)
            if best is None or iou((gq.start, gq.end), (best.start, best.end)) < QUOTE_IOU:
                continue
            speaker = summary.speaker(best.speaker_id)
            names = [speaker.name, *(m.text for m in speaker.mentions)] if speaker else []
            ok = (
                speaker is None if gq.speaker is None else any(names_match(n, gq.speaker) for n in names)  # fmt: skip
            )
            kind = best.attribution if speaker is not None else f"{best.attribution} (no speaker)"
            seen[kind] += 1
            right[kind] += ok
    label = "direct quotes" if direct_only else "all quotes"
    print(f"\nspeaker accuracy by how it was found ({label}, matched quotes):")
    for kind, n in seen.most_common():
        print(f"  {kind:<28} {right[kind]:>4}/{n:<4} {right[kind] / n:.2f}")


def _claims_by_kind(golds: list[GoldArticle], summaries: dict[str, ArticleSummary]) -> None:
    """Claims found and sources right, by how the text attributes them (``Claim.kind``), and
    the claims whose source span lies outside their evidence (the target is zero)."""
    found: collections.Counter[str] = collections.Counter()
    right: collections.Counter[str] = collections.Counter()
    made: collections.Counter[str] = collections.Counter()
    no_source: collections.Counter[str] = collections.Counter()
    outside = 0
    for gold in golds:
        summary = summaries.get(gold.id)
        if summary is None or summary.claims is None:
            continue
        claims = summary.claims
        for c in claims:
            made[c.kind or "none"] += 1
            no_source[c.kind or "none"] += c.source_id is None
            s = c.source_span
            if s is not None and not any(e.start <= s.start and s.end <= e.end for e in c.evidence):
                outside += 1
        pairs, _ = _score_claims(gold, summary, claims, [])
        for g, p in pairs.items():
            gc, pc = (gold.claims or [])[g], claims[p]
            kind = pc.kind or "none"
            found[kind] += 1
            extra = [pc.source_span.text] if pc.source_span is not None else []
            speaker = summary.speaker(pc.source_id)
            # As the scoring counts it: a gold attribution with no source is right with none.
            right[kind] += pc.source_id is None if gc.source is None else _speaker_matches(speaker, gc.source, extra)
    print(
        "\nclaims by kind: predicted, matched to a gold attribution, matched to none, "
        "source right of matched, no speaker (a pronoun the text does not resolve)"
    )
    for kind, n in made.most_common():
        print(
            f"  {kind:<14} {n:>5} {found[kind]:>5} {n - found[kind]:>5} {right[kind]:>5}/{found[kind]:<5} "
            f"{no_source[kind]:>5}"
        )
    total = sum(made.values())
    print(f"claims matched to no gold attribution: {total - sum(found.values())} of {total}")
    print(f"claims whose source is outside their evidence: {outside}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("polnear", type=Path, help="a PolNeAR checkout or bare git mirror")
    parser.add_argument("--split", choices=SPLITS, default="dev", help="train or dev (test is reserved)")
    parser.add_argument("--limit", type=int, default=30)
    parser.add_argument("--model", default="embedded", help="a model string, or 'none' for the text layer alone")
    parser.add_argument("--details", action="store_true", help="list every mistake")
    args = parser.parse_args()

    golds = list(read_polnear(args.polnear, args.split, limit=args.limit))
    quotes = sum(len(g.quotes) for g in golds)
    direct = sum(q.kind == "direct" for g in golds for q in g.quotes)
    claims = sum(len(g.claims or ()) for g in golds)
    print(f"PolNeAR {args.split}: {len(golds)} articles, {quotes} gold quotes ({direct} direct), {claims} attributions")
    print(machine_info())
    report, summaries, seconds = evaluate_keeping(golds, args.model)
    print(f"{seconds:.1f} s")
    print(report.to_text(details=args.details))
    _by_attribution(golds, summaries, direct_only=True)
    _by_attribution(golds, summaries, direct_only=False)
    _claims_by_kind(golds, summaries)


if __name__ == "__main__":
    main()
