"""M2E2's VOA news, as gold files for ``summarize eval``: events in a third style of news.

M2E2 (Li et al., ACL 2020, "Cross-media Structured Common Space for Multimedia Event
Extraction"; the file ``data/m2e2_annotations.zip`` of github:limanling/m2e2) is 245
Voice of America news articles with their event mentions annotated in eight ACE types
(attacks, demonstrations, meetings, calls and letters, arrests, transports, deaths,
money transfers): the trigger, the type and the arguments by role. Its sentences keep
the web page's layout: the headline glued to the dateline and the lede, and the photo
captions ("FILE - ...") between the paragraphs. It is read from a checkout or a bare git
mirror of that repository (the zip is read in memory, never unpacked).

The corpus has no splits. This module makes two by the article ID (the parity of the
first byte of its SHA-1): ``dev``, to develop on, and ``test``, **reserved** for
independent evaluation (reading it raises ``ReservedSplitError`` unless
``reserved=True`` is passed; run it once, to report, never to tune).

Each article becomes one line of the gold format (see ``summarizer.eval``):

- **text**: the annotated sentences, one a line, in their order. The corpus leaves out
  about a fifth of each article's sentences (most without an event) and the last
  character of each sentence (its stop or closing quote mark), which its tokens keep:
  that character is put back.
- **events**: one per sentence holding an event mention whose trigger is not inside a
  quote; ``start, end`` is the sentence. Its anchor is the sentence's mention with the
  most arguments in the roles below (the first on a tie), and its arguments are the
  anchor's, as the text writes them:

  - ``who``: Attacker, Agent, Entity (who meets, demonstrates, calls or writes), Giver;
  - ``whom``: Target, Victim, Person (who is arrested), Artifact (what or who is
    moved), Recipient;
  - ``where``: Place;
  - ``when``: None (M2E2 annotates no times).

  Of several arguments in one role, the one nearest the trigger is kept. Instrument,
  Vehicle, Origin, Destination and Police are left out.
- **quotes**: ``[]``; **claims**: None; **published**: None.

``sentence_arguments`` gives every annotated argument of each line (any role, any
mention), for scoring a predicted argument against what the sentence annotates.

The article text is news under its publisher's terms: keep the gold files this writes
local; do not commit them.

    python -m summarizer.eval.m2e2 PATH --split dev --out m2e2-dev.jsonl
    summarize eval m2e2-dev.jsonl --details
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ._corpus import Corpus, TokenSentence, events_gold_main
from .ecbplus import ReservedSplitError
from .gold import GoldArticle, GoldEvent

__all__ = ["ROLES", "SPLITS", "read_m2e2", "sentence_arguments"]

SPLITS = ("dev", "test")
_ZIP = "data/m2e2_annotations.zip"
_FILES = ("m2e2_annotations/text_only_event.json", "m2e2_annotations/text_multimedia_event.json")

ROLES: dict[str, str] = {
    **dict.fromkeys(("Attacker", "Agent", "Entity", "Giver"), "who"),
    **dict.fromkeys(("Target", "Victim", "Person", "Artifact", "Recipient"), "whom"),
    "Place": "where",
}
# The tokens that end a sentence; the corpus's sentence text drops its last character.
_ENDS = {".": ".", "?": "?", "!": "!", '"': '"', "”": "”", "’": "’", "'": "'", "''": '"'}


def _split_of(article_id: str) -> str:
    return "dev" if hashlib.sha1(article_id.encode()).digest()[0] % 2 == 0 else "test"


def _zip_bytes(root: Path) -> bytes:
    data = Corpus(root, "data").read_bytes(_ZIP)
    if data is None:
        raise FileNotFoundError(f"{root} has no {_ZIP}: is it a copy of github:limanling/m2e2?")
    return data


def _sentences(root: Path) -> dict[str, list[dict[str, Any]]]:
    """Each article's annotated sentences, in order, by article ID."""
    with zipfile.ZipFile(io.BytesIO(_zip_bytes(root))) as archive:
        records = [r for name in _FILES for r in json.loads(archive.read(name))]
    by_article: dict[str, dict[int, dict[str, Any]]] = defaultdict(dict)
    for record in records:
        article, number = record["sentence_id"].rsplit("_", 1)
        by_article[article][int(number)] = record
    return {a: [s[n] for n in sorted(s)] for a, s in sorted(by_article.items())}


def _sentence(record: dict[str, Any]) -> TokenSentence:
    """One sentence as the article writes it: the corpus's text with the last character it
    drops put back from the tokens, and each token's span in it."""
    words = [str(w) for w in record["words"]]
    text = str(record["sentence"]).rstrip()
    end = _ENDS.get(words[-1]) if words else None
    if end is not None and not text.endswith(end):
        text += end
    return TokenSentence(('"' if w == "''" else w for w in words), text)


def _event(sentence: TokenSentence, mention: dict[str, Any]) -> dict[str, str]:
    trigger = mention["trigger"]["start"]
    found: dict[str, tuple[int, str]] = {}
    for argument in mention["arguments"]:
        role = ROLES.get(argument["role"])
        if role is None:
            continue
        first, last = argument["start"], argument["end"] - 1
        distance = min(abs(first - trigger), abs(last - trigger))
        if role not in found or distance < found[role][0]:
            found[role] = (distance, sentence.written(first, last))
    return {role: value for role, (_, value) in found.items()}


def _article(article_id: str, records: list[dict[str, Any]]) -> tuple[GoldArticle, list[list[str]]]:
    sentences = [_sentence(r) for r in records]
    text = "\n".join(s.text for s in sentences)
    events: list[GoldEvent] = []
    arguments: list[list[str]] = []
    at = 0
    for sentence, record in zip(sentences, records, strict=True):
        mentions = record["golden-event-mentions"]
        arguments.append(
            [
                sentence.written(a["start"], a["end"] - 1)
                for m in mentions
                for a in m["arguments"]
                if a["end"] > a["start"]
            ]
        )
        best: dict[str, str] | None = None
        for mention in mentions:
            if sentence.in_quote(mention["trigger"]["start"]):
                continue
            found = _event(sentence, mention)
            if best is None or len(found) > len(best):
                best = found
        if best is not None:
            events.append(GoldEvent(start=at, end=at + len(sentence.text), **best))
        at += len(sentence.text) + 1
    return GoldArticle(id=article_id, text=text, quotes=[], claims=None, events=events), arguments


def _read(
    root: str | Path, split: str, limit: int | None, reserved: bool
) -> Iterator[tuple[GoldArticle, list[list[str]]]]:
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    if split == "test" and not reserved:
        raise ReservedSplitError(
            "M2E2's test split (the articles whose ID's SHA-1 begins with an odd byte) is reserved for "
            "independent evaluation; develop on dev"
        )
    count = 0
    for article_id, records in _sentences(Path(root)).items():
        if _split_of(article_id) != split:
            continue
        if limit is not None and count >= limit:
            return
        count += 1
        yield _article(article_id, records)


def read_m2e2(
    root: str | Path, split: str = "dev", *, limit: int | None = None, reserved: bool = False
) -> Iterator[GoldArticle]:
    """The articles of one split of M2E2 (a checkout or bare git mirror of
    github:limanling/m2e2), as gold articles with events. ``split="test"`` raises
    ``ReservedSplitError`` unless ``reserved=True``."""
    for article, _ in _read(root, split, limit, reserved):
        yield article


def sentence_arguments(
    root: str | Path, split: str = "dev", *, limit: int | None = None, reserved: bool = False
) -> dict[str, list[list[str]]]:
    """Every annotated argument of each line of each article (any role, any mention), as
    written, by article ID and line number."""
    return {article.id: arguments for article, arguments in _read(root, split, limit, reserved)}


def main(argv: list[str] | None = None) -> None:
    events_gold_main(
        argv,
        module="m2e2",
        corpus="an M2E2",
        corpus_help="a checkout or bare git mirror of github:limanling/m2e2",
        split_help="dev (test is reserved)",
        read=lambda root, split, limit: read_m2e2(root, split, limit=limit),
    )


if __name__ == "__main__":
    main()
