"""Events on real news: event and argument figures on ECB+'s dev (or train) topics, on
WikiEvents (``--wikievents``: its dev or test split), news of another style, and on
M2E2's Voice of America news (``--m2e2``: its dev split; test is reserved), a third.

Converts the split with ``summarizer.eval.ecbplus``, ``summarizer.eval.wikievents`` or
``summarizer.eval.m2e2`` (in
memory: the article text is never
written), prints what the gold holds, summarizes every article and prints the event
figures: event precision (matched / predicted events), also counted over the predicted
events whose evidence touches a fully annotated sentence (ECB+ annotates a few sentences
per article: an event predicted elsewhere may be right and have no gold), event recall,
and argument recall and precision per role (who, whom, where, when) and overall; on
WikiEvents also the precision of a predicted who, whom or where against any annotated
argument of its sentence (the gold keeps one event mention's arguments a sentence).
M2E2 annotates only eight ACE event types (attacks, demonstrations, meetings, calls and
letters, arrests, transports, deaths, money transfers): an event of another kind counts
as wrong there.

    python bench/events.py /path/to/EventStoryLine --split dev --model none   # text only
    python bench/events.py /path/to/EventStoryLine --split dev --limit 20     # embedded model
    python bench/events.py /path/to/SCPRG-master --wikievents --split dev --model none
    python bench/events.py /path/to/m2e2 --m2e2 --split dev --model none

``--model none`` answers every model request with an HTTP 400 from a loopback fake, so
each summary is partial: what it measures is the deterministic part alone, in seconds.
Topics 26 to 45 are refused: they are reserved for independent evaluation. Quote figures
mean nothing on this gold (ECB+ does not annotate quotes) and are not printed.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

from _common import evaluate_keeping, machine_info

from summarizer.eval._corpus import Corpus
from summarizer.eval.ecbplus import SPLITS, EcbDocument, read_ecbplus_documents
from summarizer.eval.gold import GoldArticle
from summarizer.eval.m2e2 import read_m2e2, sentence_arguments
from summarizer.eval.scoring import _args_match, _overlap, _score_events
from summarizer.eval.wikievents import read_wikievents
from summarizer.models import ArticleSummary

ROLES = ("who", "whom", "where", "when")
_PRONOUNS = frozenset("he she it they him her them his its their we us our i me my you your".split())
_LEAD = 3


def _rate(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else f"n/a (0/{total})"


def _gold_statistics(documents: list[EcbDocument], split: str) -> None:
    articles = [d.article for d in documents]
    plus = sum(a.id.endswith("ecbplus") for a in articles)
    sentences = sum(a.text.count("\n") + 1 for a in articles)
    short = sum(a.text.count("\n") + 1 <= _LEAD for a in articles)
    events = [(a, e) for a in articles for e in a.events or ()]
    print(
        f"ECB+ {split}: {len(articles)} articles ({plus} ecbplus, whole articles; {len(articles) - plus} ecb, "
        f"often a part), {sentences} sentences, {sum(len(d.annotated) for d in documents)} fully annotated"
    )
    print(
        f"gold events: {len(events)} (one per annotated sentence holding a seminal occurrence); "
        f"{sum(len(d.unlisted) for d in documents)} more sentences outside the annotated ones hold one"
    )
    args = ", ".join(
        f"{role} {sum(getattr(e, role) is not None for _, e in events)}"
        f" ({sum((getattr(e, role) or '').casefold() in _PRONOUNS for _, e in events)} pronouns)"
        for role in ROLES
    )
    print(f"gold arguments: {sum(getattr(e, r) is not None for _, e in events for r in ROLES)}: {args}")
    lead = sum(a.text.count("\n", 0, e.start) < _LEAD for a, e in events)
    lead_long = sum(a.text.count("\n", 0, e.start) < _LEAD for a, e in events if a.text.count("\n") + 1 > _LEAD)
    long_events = sum(a.text.count("\n") + 1 > _LEAD for a, e in events)
    lead_sentences = sum(min(_LEAD, a.text.count("\n") + 1) for a in articles)
    seminal = len(events) + sum(len(d.unlisted) for d in documents)
    print(
        f"baselines: an event for each of the first {_LEAD} sentences has precision {_rate(lead, lead_sentences)}; "
        f"one for each sentence holding a seminal occurrence, precision {_rate(len(events), seminal)}"
    )
    print(
        f"gold events in the first {_LEAD} sentences of their article: {_rate(lead, len(events))}; "
        f"in articles of more than {_LEAD} sentences ({len(articles) - short} articles): "
        f"{_rate(lead_long, long_events)}"
    )


def _event_figures(
    documents: list[EcbDocument],
    summaries: dict[str, ArticleSummary],
    arguments: dict[str, list[list[str]]] | None = None,
) -> None:
    predicted = matched = touching = gold_events = 0
    gold: collections.Counter[str] = collections.Counter()
    made: collections.Counter[str] = collections.Counter()
    right: collections.Counter[str] = collections.Counter()
    found = [0]  # the gold arguments of the matched events
    # WikiEvents: a predicted argument that is any annotated argument of its sentence (of
    # any event mention there, in any role), as a reader checking the events would count.
    any_made = any_right = times_made = 0
    for document in documents:
        article = document.article
        events_gold = article.events or []
        gold_events += len(events_gold)
        for event in events_gold:
            for role in ROLES:
                gold[role] += getattr(event, role) is not None
        summary = summaries.get(article.id)
        events = (summary.events or []) if summary is not None else []
        pairs, *_ = _score_events(article, events, [])
        predicted += len(events)
        matched += len(pairs)
        touching += sum(any(_overlap(span, e.evidence) > 0 for span in document.annotated) for e in events)
        for g, p in pairs.items():
            for role in ROLES:
                gold_arg: str | None = getattr(events_gold[g], role)
                found[0] += gold_arg is not None
                span = getattr(events[p], role)
                made[role] += span is not None
                right[role] += gold_arg is not None and span is not None and _args_match(span.text, gold_arg)
            if arguments is not None:
                times_made += events[p].when is not None
                line = article.text.count("\n", 0, events_gold[g].start)
                for role in ("who", "whom", "where"):  # KAIROS and M2E2 annotate no times
                    span = getattr(events[p], role)
                    if span is not None:
                        any_made += 1
                        any_right += any(_args_match(span.text, a) for a in arguments[article.id][line])
    print(f"\nevent precision: {_rate(matched, predicted)} matched / predicted events")
    print(f"event precision, annotated sentences: {_rate(matched, touching)} matched / predicted touching one")
    print(f"event recall (by evidence): {_rate(matched, gold_events)} matched / gold events")
    print("arguments (over matched events; recall over all gold events):")
    for role in ROLES:
        print(f"  {role:<6} recall {_rate(right[role], gold[role]):<22} precision {_rate(right[role], made[role])}")
    # A role the corpus does not annotate (WikiEvents has no times) is left out of "all".
    annotated = [role for role in ROLES if gold[role]]
    total_right = sum(right[r] for r in annotated)
    total_gold = sum(gold[r] for r in annotated)
    total_made = sum(made[r] for r in annotated)
    print(f"  {'all':<6} recall {_rate(total_right, total_gold):<22} precision {_rate(total_right, total_made)}")
    print(f"  of the annotated arguments of the events found: {_rate(total_right, found[0])}")
    if arguments is not None:
        print(f"  precision against any annotated argument of the sentence: {_rate(any_right, any_made)}")
        print(
            "    the same counting each `when` as wrong (the corpus annotates no times): "
            f"{_rate(any_right, any_made + times_made)}"
        )


def _candidate_figures(
    documents: list[EcbDocument], arguments: dict[str, list[list[str]]] | None, listing: bool
) -> None:
    """The text layer's every event candidate (not only the lead's), by the sentence its
    clause is in: event precision over annotated sentences, and argument precision per
    role against the sentence's gold event (and on WikiEvents against any annotated
    argument of the sentence). ``listing`` prints each candidate with its marks."""
    from summarizer._text.analysis import analyse

    made: collections.Counter[str] = collections.Counter()
    right: collections.Counter[str] = collections.Counter()
    right_any: collections.Counter[str] = collections.Counter()
    predicted = matched = found = found_right = 0
    for document in documents:
        article = document.article
        text = article.text
        analysis = analyse(text)
        for candidate in analysis.events:
            start, end = candidate.what
            if not any(a <= start < b for a, b in document.annotated):
                continue
            predicted += 1
            gold = next((e for e in article.events or () if e.start <= start < e.end), None)
            matched += gold is not None
            line = text.count("\n", 0, start)
            marks = []
            for role in ROLES:
                span = getattr(candidate, role)
                gold_arg = getattr(gold, role) if gold is not None else None
                if gold is not None and role != "when" or gold_arg is not None:
                    found += gold_arg is not None
                if span is None:
                    if gold_arg is not None:
                        marks.append(f"{role}=- (gold {gold_arg!r})")
                    continue
                value = text[span[0] : span[1]]
                if gold is None:
                    marks.append(f"{role}={value!r}")
                    continue
                made[role] += 1
                hit = gold_arg is not None and _args_match(value, gold_arg)
                right[role] += hit
                found_right += hit
                loose = arguments is not None and any(_args_match(value, a) for a in arguments[article.id][line])
                right_any[role] += hit or loose
                mark = "ok" if hit else ("~" if loose else "XX")
                marks.append(f"{mark} {role}={value!r}" + ("" if hit else f" (gold {gold_arg!r})"))
            if listing:
                sentence = " ".join(
                    text[text.rfind("\n", 0, start) + 1 : text.find("\n", start) % (len(text) + 1)].split()
                )
                print(f"\n[{article.id} {'EVENT' if gold else 'NO EVENT'}] {sentence[:300]}")
                print(f"   what={text[start:end]!r}")
                for mark in marks:
                    print(f"   {mark}")
    print(f"\ncandidates (every body sentence's, in annotated sentences): event precision {_rate(matched, predicted)}")
    for role in ROLES:
        extra = f"  any argument of the sentence {_rate(right_any[role], made[role])}" if arguments is not None else ""
        print(f"  {role:<6} precision {_rate(right[role], made[role]):<22}{extra}")
    total_made = sum(made[r] for r in ROLES if r != "when" or arguments is None)
    total_right = sum(right[r] for r in ROLES if r != "when" or arguments is None)
    print(f"  {'all':<6} precision {_rate(total_right, total_made)}")
    print(f"  of the annotated arguments of the events found: {_rate(found_right, found)}")


def _sentence_arguments(root: Path, split: str) -> dict[str, list[list[str]]]:
    """WikiEvents: each article's sentences' annotated arguments, as written (every role
    of every event mention in the sentence), by article ID and sentence (line) number."""
    lines = Corpus(root, "data").read(f"data/wikievents/{split}.jsonl") or ""
    found: dict[str, list[list[str]]] = {}
    for line in filter(str.strip, lines.splitlines()):
        document = json.loads(line)
        tokens = [(i, t[0]) for i, (sentence, _) in enumerate(document["sentences"]) for t in sentence]
        entities = {e["id"]: e for e in document["entity_mentions"]}
        per_sentence: list[list[str]] = [[] for _ in document["sentences"]]
        for mention in document["event_mentions"]:
            for argument in mention["arguments"]:
                entity = entities.get(argument["entity_id"])
                if entity is not None:
                    sentence = tokens[entity["start"]][0]
                    per_sentence[sentence].append(" ".join(t for _, t in tokens[entity["start"] : entity["end"]]))
        found[document["doc_id"]] = per_sentence
    return found


def _whole(article: GoldArticle) -> EcbDocument:
    """A WikiEvents article: every sentence (line) is fully annotated."""
    spans, at = [], 0
    for line in article.text.split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return EcbDocument(article=article, annotated=tuple(spans))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="a checkout or bare git mirror of EventStoryLine (or WikiEvents)")
    parser.add_argument("--wikievents", action="store_true", help="the corpus is WikiEvents (data/wikievents)")
    parser.add_argument("--m2e2", action="store_true", help="the corpus is M2E2 (github:limanling/m2e2)")
    parser.add_argument(
        "--split", choices=sorted({*SPLITS, "test"}), default="dev", help="ECB+: train (topics 1-22) or dev (23-25)"
    )
    parser.add_argument("--limit", type=int, default=None, help="at most this many articles")
    parser.add_argument("--model", default="embedded", help="a model string, or 'none' for the text layer alone")
    parser.add_argument("--details", action="store_true", help="print the eval report with every mistake")
    parser.add_argument(
        "--candidates",
        action="store_true",
        help="also score the text layer's event candidates of every body sentence (not only the lead's)",
    )
    parser.add_argument(
        "--list", action="store_true", help="with --candidates: print each candidate, its arguments and the gold"
    )
    args = parser.parse_args()

    if args.wikievents or args.m2e2:
        read = read_m2e2 if args.m2e2 else read_wikievents
        documents = [_whole(a) for a in read(args.corpus, args.split, limit=args.limit)]
        events = [e for d in documents for e in d.article.events or ()]
        print(
            f"{'M2E2' if args.m2e2 else 'WikiEvents'} {args.split}: {len(documents)} articles, {len(events)} "
            "gold events (one per sentence holding an event mention out of quotes); arguments: "
            + ", ".join(f"{r} {sum(getattr(e, r) is not None for e in events)}" for r in ROLES)
        )
    else:
        documents = list(read_ecbplus_documents(args.corpus, args.split, limit=args.limit))
        _gold_statistics(documents, args.split)
    print(machine_info())
    report, summaries, seconds = evaluate_keeping([d.article for d in documents], args.model)
    total = report.total
    print(
        f"{seconds:.1f} s; {total.articles} articles, {total.failed} failed, "
        f"{len(summaries)} summaries; grounding {total.grounding_rate:.3f} ({total.items_grounded}/"
        f"{total.items_emitted}); {total.calls} model calls"
    )
    if args.details:
        print(report.to_text(details=True))
    arguments = (
        sentence_arguments(args.corpus, args.split, limit=args.limit)
        if args.m2e2
        else _sentence_arguments(args.corpus, args.split)
        if args.wikievents
        else None
    )
    _event_figures(documents, summaries, arguments)
    if args.candidates:
        _candidate_figures(documents, arguments, args.list)


if __name__ == "__main__":
    main()
