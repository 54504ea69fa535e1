"""PolNeAR, the Political News Attribution Relations corpus, as gold files for ``summarize eval``.

PolNeAR (github:networkdynamics/PolNeAR; Newell, Margolin and Ruths, LREC 2018) is 1,008
articles of US political news from 7 publishers (2016), with every attribution annotated:
its source, cue and content spans, direct and indirect speech and "according to" alike.
This module reads a checkout or a bare git mirror of it and writes each article as one
line of the gold format (see ``summarizer.eval``):

- **claims**: one per attribution: ``text`` is its content (from the first content
  fragment to the last), ``source`` the source as the article names it, or None when the
  annotation has no source;
- **quotes**: every stretch of a content fragment between quotation marks, without the
  marks. ``kind`` is ``"direct"`` when the marks hold the whole fragment (direct speech)
  and ``"partial"`` when they hold part of it (``said the team wanted to "keep the
  details under wraps"``). Its speaker is the attribution's source;
- a source's apposition is left out ("Len Burman, head of the Tax Policy Center" is
  "Len Burman"): it describes the speaker, it does not name them;
- a source that is a pronoun ("he said") is replaced by the name CoreNLP's coreference
  chains (shipped with the corpus) give for it: the chain's representative mention when it
  contains a proper noun, else the first mention in the chain that does. A pronoun no
  chain resolves stays as written, and no predicted name matches it;
- ``published``: the date in the file name.

Only the ``train`` and ``dev`` splits are read: **the test split is reserved for
independent evaluation**, and asking for it is an error. The corpus's article text is
copyrighted news: the gold files this writes are for local use; do not commit them.

    python -m summarizer.eval.polnear PATH --split dev --out polnear-dev.jsonl
    summarize eval polnear-dev.jsonl --details
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ._corpus import Corpus, write_gold_file
from .gold import GoldArticle, GoldClaim, GoldQuote

__all__ = ["SPLITS", "ReservedSplitError", "read_polnear"]

SPLITS = ("train", "dev")
_PRONOUNS = frozenset("he she they it i we him her them his their its you".split())
# Opening mark -> the marks that close it. Straight and curly double marks are mixed in
# the corpus ("Oz has a huge bully pulpit,” with a straight opening mark), so each closes
# the other. The New York Times' copy writes a double mark as two apostrophes (''), which
# opens and closes like a straight double mark. Single quotes only open a fragment (British
# style): inside a fragment an apostrophe ("Clinton’s") is far likelier than a quote.
_DOUBLE_APOSTROPHE = "''"
_PAIRS: dict[str, tuple[str, ...]] = {
    "“": ("”", '"'),
    '"': ('"', "”"),
    "«": ("»",),
    "„": ("“", "”"),
    _DOUBLE_APOSTROPHE: (_DOUBLE_APOSTROPHE,),
}
_SINGLE_PAIRS: dict[str, tuple[str, ...]] = {"‘": ("’",), "'": ("'",)}
_AMBIGUOUS = frozenset({'"', "'", _DOUBLE_APOSTROPHE})
_EDGE = " \t\r\n.,;:!?—–-…()"


class ReservedSplitError(ValueError):
    """The test split was asked for: it is reserved for independent evaluation."""


@dataclass(frozen=True)
class _Tag:
    kind: str
    spans: tuple[tuple[int, int], ...]


def _parse_ann(text: str) -> tuple[dict[str, _Tag], list[dict[str, str]]]:
    """BRAT standoff: ``T`` lines are spans (fragments split by ``;``), ``E`` lines relations."""
    tags: dict[str, _Tag] = {}
    relations: list[dict[str, str]] = []
    for line in text.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            kind, _, where = fields[1].partition(" ")
            # Fragments are not always written in text order.
            spans = tuple(sorted((int(a), int(b)) for a, b in (part.split() for part in where.split(";"))))
            tags[fields[0]] = _Tag(kind, spans)
        elif line.startswith("E") and len(fields) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in fields[1].split()))
    return tags, relations


def _runs(text: str, spans: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """A content's fragments, with fragments that only blanks separate joined into one run.

    Annotators cut a content at sentence ends ("“A. || B. || C,” she said" is three
    fragments): joined, the quotation is one stretch between its marks again, not an
    opening-only, a mark-less and a closing-only piece."""
    runs: list[tuple[int, int]] = []
    for a, b in spans:
        if runs and (a <= runs[-1][1] or not text[runs[-1][1] : a].strip()):
            runs[-1] = (runs[-1][0], max(b, runs[-1][1]))
        else:
            runs.append((a, b))
    return runs


def _marks(text: str, start: int, end: int, pairs: dict[str, tuple[str, ...]]) -> list[tuple[int, str]]:
    """The quotation marks of ``text[start:end]`` in order, as (position, mark); ``''`` is one mark."""
    chars = {c for mark, closers in pairs.items() for m in (mark, *closers) for c in m}
    found: list[tuple[int, str]] = []
    j = start
    while j < end:
        if text.startswith(_DOUBLE_APOSTROPHE, j) and j + 2 <= end:
            found.append((j, _DOUBLE_APOSTROPHE))
            j += 2
            continue
        if text[j] in chars:
            found.append((j, text[j]))
        j += 1
    return found


def _closing_place(text: str, start: int, at: int) -> bool:
    """Whether an ambiguous mark at ``at`` stands where a quote closes: right after a
    word or punctuation, or after a blank that follows a nested quote's closing mark
    ("the term 'outreach,' "). Not at the start of the fragment, nor after a blank (a
    mark there opens a quote, or reopens one continued from the paragraph before), nor
    before a letter or digit."""
    if at <= start:
        return False
    after = at + (2 if text.startswith(_DOUBLE_APOSTROPHE, at) else 1)
    if after < len(text) and text[after].isalnum():
        return False  # a mark before a letter opens
    if not text[at - 1].isspace():
        return True
    k = at - 1
    while k > start and text[k - 1] in " \t":
        k -= 1
    return k > start and text[k - 1] in "'’"


def _opening_place(text: str, start: int, at: int, mark: str) -> bool:
    """Whether a single mark at ``at`` opens a quote, not an apostrophe: at the start of
    the fragment or after a blank or an opening bracket or dash, and before a letter (not
    the "’90s" of a decade)."""
    after = at + len(mark)
    if after >= len(text) or not text[after].isalpha():
        return False
    return at <= start or text[at - 1].isspace() or text[at - 1] in '([{—–-/:;,"“'


def _quoted(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """The stretches of ``text[start:end]`` between quotation marks, without the marks, and
    whether each holds the whole fragment. An opening mark left open runs to the fragment's
    end (a quote continued in the next paragraph); a closing mark with no opening one
    closes a stretch that began before the fragment.

    A fragment that opens with a single mark quotes with single marks (British style).
    Elsewhere single marks quote only where they stand as quote marks, not apostrophes:
    opening before a word, closing before no letter or digit (headlines quote this way,
    "Clinton ‘Not Fit to Serve’"); and a stretch with a double mark open holds them."""
    # A fragment cut through a two-apostrophe mark (''|Florida) holds the whole mark.
    if 0 < start < end and text[start - 1 : start + 1] == _DOUBLE_APOSTROPHE:
        start -= 1
    if start < end < len(text) and text[end - 1 : end + 1] == _DOUBLE_APOSTROPHE:
        end += 1
    pairs = dict(_PAIRS)
    lead = text[start:end].lstrip()
    british = lead[:1] in _SINGLE_PAIRS and not lead.startswith(_DOUBLE_APOSTROPHE)
    strict = {} if british else _SINGLE_PAIRS
    if british:
        pairs.update(_SINGLE_PAIRS)
    closers = {c for group in pairs.values() for c in group}
    marks = _marks(text, start, end, {**pairs, **strict})
    stretches: list[tuple[int, int]] = []
    first = next(((at, mark) for at, mark in marks if mark in pairs or mark in closers), None)
    if first is not None:
        at, mark = first
        if mark in closers and (mark not in pairs or (mark in _AMBIGUOUS and _closing_place(text, start, at))):
            stretches.append((start, at))
            marks = [m for m in marks if m[0] > at]
    opened: int | None = None
    closing: tuple[str, ...] = ()
    single = False
    for at, mark in marks:
        if opened is None and mark in pairs:
            opened, closing, single = at + len(mark), pairs[mark], False
        elif opened is None and mark in strict and _opening_place(text, start, at, mark):
            opened, closing, single = at + len(mark), strict[mark], True
        elif (
            opened is not None
            and mark in closing
            and (mark not in _AMBIGUOUS or _closing_place(text, start, at))
            and not (single and at + 1 < end and text[at + 1].isalnum())
        ):
            stretches.append((opened, at))
            opened = None
    if opened is not None and not single:
        stretches.append((opened, end))
    for a, b in stretches:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            outside = text[start:a] + text[b:end]
            yield a, b, not outside.strip(_EDGE + "“”\"'‘’«»„")


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    pos: str


def _coref(xml: str | None) -> list[list[tuple[int, int, bool]]]:
    """CoreNLP's coreference chains as character spans, each marked whether it holds a
    proper noun; a chain's representative mention first. A trailing possessive is dropped."""
    if not xml:
        return []
    root = ET.fromstring(xml)
    sentences: dict[str, list[_Token]] = {}
    for sentence in root.iter("sentence"):
        tokens = [
            _Token(int(t.findtext("CharacterOffsetBegin", "0")), int(t.findtext("CharacterOffsetEnd", "0")),
                   t.findtext("POS", ""))
            for t in sentence.iter("token")
        ]  # fmt: skip
        if tokens:
            sentences[sentence.get("id", "")] = tokens
    chains: list[list[tuple[int, int, bool]]] = []
    outer = root.find(".//coreference")
    for chain in outer.findall("coreference") if outer is not None else []:
        mentions: list[tuple[int, int, bool]] = []
        for mention in chain.findall("mention"):
            tokens = sentences.get(mention.findtext("sentence", ""), [])
            lo, hi = int(mention.findtext("start", "1")) - 1, int(mention.findtext("end", "1")) - 1
            span = tokens[lo:hi]
            while span and span[-1].pos == "POS":
                span = span[:-1]
            if not span:
                continue
            item = (span[0].start, span[-1].end, any(t.pos.startswith("NNP") for t in span))
            mentions.insert(0, item) if mention.get("representative") == "true" else mentions.append(item)
        chains.append(mentions)
    return chains


# Where a source's apposition or relative clause begins: "Len Burman, head of the Tax
# Policy Center", "Rep. Jim Clyburn (D-S.C.), the assistant leader", "Don Fowler, who helmed".
_APPOSITION = re.compile(r"\s*(?:,|\(|[—–]|\s-\s)")


def _head(source: str) -> str:
    """The source without its apposition: a speaker is named by who they are, and the
    description after the comma is not part of the name a summary gives them."""
    head = _APPOSITION.split(source, maxsplit=1)[0].strip()
    return head if any(ch.isupper() for ch in head) else source


def _source(text: str, tag: _Tag | None, chains: list[list[tuple[int, int, bool]]]) -> str | None:
    if tag is None:
        return None
    start, end = max(tag.spans, key=lambda s: s[1] - s[0])
    source = text[start:end].strip()
    if source.casefold() not in _PRONOUNS:
        return _head(source) or None
    for chain in chains:
        if any(a <= start and end <= b for a, b, _ in chain):
            named = next((text[a:b] for a, b, proper in chain if proper), None)
            if named:
                return _head(named)
    return source


def _article(corpus: Corpus, split: str, stem: str, ann_name: str) -> GoldArticle | None:
    text = corpus.read(f"data/{split}/text/{stem}.txt")
    ann = corpus.read(f"data/{split}/attributions/{ann_name}")
    if text is None or ann is None:
        return None
    chains = _coref(corpus.read(f"data/{split}/corenlp/{stem}.txt.xml"))
    tags, relations = _parse_ann(ann)
    quotes: list[GoldQuote] = []
    claims: list[GoldClaim] = []
    for relation in relations:
        content = tags.get(relation.get("Content", ""))
        if content is None:
            continue
        source = _source(text, tags.get(relation.get("Source", "")), chains)
        start, end = content.spans[0][0], content.spans[-1][1]
        claims.append(GoldClaim(text=text[start:end], start=start, end=end, source=source))
        # A few attributions have a second content ("Content2": the quote goes on after
        # its reporting clause, "“A,” he said. “B.”"); its quoted words are his too.
        second = tags.get(relation.get("Content2", ""))
        spans = tuple(sorted(content.spans + (second.spans if second is not None else ())))
        for run in _runs(text, spans):
            for a, b, whole in _quoted(text, *run):
                quotes.append(
                    GoldQuote(text=text[a:b], start=a, end=b, speaker=source, kind="direct" if whole else "partial")
                )
    quotes.sort(key=lambda q: q.start)
    claims.sort(key=lambda c: c.start)
    found = re.search(r"_(\d{4}-\d{2}-\d{2})_", stem)
    published = dt.date.fromisoformat(found.group(1)) if found else None
    return GoldArticle(id=stem, text=text, published=published, quotes=quotes, claims=claims)


def read_polnear(root: str | Path, split: str = "dev", *, limit: int | None = None) -> Iterator[GoldArticle]:
    """The articles of one split of a PolNeAR checkout or bare git mirror, as gold articles.

    An article annotated twice (a few are) is read from its first annotation file in
    name order. Raises ReservedSplitError for ``split="test"``.
    """
    if split == "test":
        raise ReservedSplitError(
            "PolNeAR's test split is reserved for independent evaluation; develop on train and dev"
        )
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    corpus = Corpus(Path(root), "data")
    annotations: dict[str, str] = {}
    for name in corpus.names(f"data/{split}/attributions"):
        annotations.setdefault(re.sub(r"_[0-9a-f]+\.ann$", "", name), name)
    if not annotations:
        raise FileNotFoundError(f"{root} has no data/{split}/attributions: is it a PolNeAR checkout or mirror?")
    count = 0
    for stem, ann_name in sorted(annotations.items()):
        if limit is not None and count >= limit:
            return
        article = _article(corpus, split, stem, ann_name)
        if article is not None:
            count += 1
            yield article


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m summarizer.eval.polnear", description="Write a PolNeAR split as a gold file."
    )
    parser.add_argument("polnear", type=Path, help="a PolNeAR checkout or bare git mirror")
    parser.add_argument("--split", default="dev", help="train or dev (test is reserved)")
    parser.add_argument("--limit", type=int, default=None, help="at most this many articles")
    parser.add_argument("--out", type=Path, required=True, help="the gold JSONL file to write")
    args = parser.parse_args(argv)
    articles = write_gold_file(parser, lambda: read_polnear(args.polnear, args.split, limit=args.limit), args.out)
    quotes = sum(len(a.quotes) for a in articles)
    direct = sum(q.kind == "direct" for a in articles for q in a.quotes)
    claims = sum(len(a.claims or ()) for a in articles)
    print(
        f"{len(articles)} articles, {quotes} quotes ({direct} direct), {claims} attributions -> {args.out}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
