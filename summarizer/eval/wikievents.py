"""WikiEvents, as gold files for ``summarize eval``: events, a second style of news.

WikiEvents (Li, Ji and Han, NAACL 2021; the data of github:raspberryice/gen-arg, folder
``data/wikievents``) is news and web articles that Wikipedia cites for an event (bombings,
arrests, trials, outbreaks), with every event mention of the KAIROS ontology annotated:
its trigger, its type and its arguments by role, each argument an entity mention. It is
news nobody tuned this library's rules on, in another style than ECB+'s. The original
repository fetches the data from an archive; mirrors of it that keep the files in git
(``LWL-cpu/SCPRG-master``) are read here as a checkout or a bare git mirror. Its
``dev`` and ``test`` splits are read (20 articles each); ``train`` is too large for the
mirrors this library is developed with, and is read where it exists.

Each article becomes one line of the gold format (see ``summarizer.eval``):

- **text**: the corpus's sentences, one a line (the corpus keeps no paragraphs; its
  ``text`` field runs sentences together without a space). A line without a final stop
  is a headline or caption to the segmenter, as it would be on a web page.
- **events**: one per sentence holding an event mention whose trigger is not inside a
  quote; ``start, end`` is the sentence. Its anchor is the sentence's mention with the
  most arguments in the roles below (the first on a tie), and its arguments are the
  anchor's, as the text writes the entity mention:

  - ``who``: the agent: Attacker, Killer, Communicator, Transporter, Jailer, Injurer,
    Investigator, Giver, Perpetrator, Impeder, Demonstrator, Regulator, Damager,
    Destroyer, Prosecutor, JudgeCourt;
  - ``whom``: what the action falls on: Victim, Target, Recipient, Defendant, Detainee,
    Artifact, PassengerArtifact, Employee, AcquiredEntity, Patient;
  - ``where``: Place;
  - ``when``: None (KAIROS annotates no times).

  Of several arguments in one role, the one nearest the trigger is kept. Roles outside
  these (Participant, Instrument, Topic, Origin, Destination...) are left out: they are
  no who, whom or where of this library's events.
- **quotes**: ``[]`` (not annotated: quote figures mean nothing on this gold);
  **claims**: None; **published**: None.

The article text is news under its publishers' copyright: keep the gold files this
writes local; do not commit them.

    python -m summarizer.eval.wikievents PATH --split dev --out wikievents-dev.jsonl
    summarize eval wikievents-dev.jsonl --details
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ._corpus import Corpus, TokenSentence, events_gold_main
from .gold import GoldArticle, GoldEvent

__all__ = ["ROLES", "SPLITS", "read_wikievents"]

SPLITS = ("train", "dev", "test")
_FOLDER = "data/wikievents"

ROLES: dict[str, str] = {
    **dict.fromkeys(
        "Attacker Killer Communicator Transporter Jailer Injurer Investigator Giver Perpetrator Impeder "
        "Demonstrator Regulator Damager Destroyer Prosecutor JudgeCourt".split(),
        "who",
    ),
    **dict.fromkeys(
        "Victim Target Recipient Defendant Detainee Artifact PassengerArtifact Employee AcquiredEntity Patient".split(),
        "whom",
    ),
    "Place": "where",
}


def _article(document: dict[str, Any]) -> GoldArticle:
    sentences = [TokenSentence((str(t[0]) for t in tokens), text) for tokens, text in document["sentences"]]
    # Document token index -> (sentence, token in it).
    where: list[tuple[int, int]] = [(i, j) for i, s in enumerate(sentences) for j in range(len(s.spans))]
    lines, starts, at = [], [], 0
    for s in sentences:
        starts.append(at)
        lines.append(s.text)
        at += len(s.text) + 1
    text = "\n".join(lines)
    entities = {e["id"]: e for e in document["entity_mentions"]}
    best: dict[int, tuple[int, GoldEvent]] = {}
    for mention in document["event_mentions"]:
        trigger = mention["trigger"]
        sentence_index, token = where[trigger["start"]]
        sentence = sentences[sentence_index]
        if sentence.in_quote(token):
            continue
        found: dict[str, tuple[int, str]] = {}
        for argument in mention["arguments"]:
            role = ROLES.get(argument["role"])
            entity = entities.get(argument["entity_id"])
            if role is None or entity is None:
                continue
            first, last = where[entity["start"]], where[entity["end"] - 1]
            if first[0] != sentence_index or last[0] != sentence_index:
                continue  # an argument of another sentence: no span of this event's evidence
            distance = min(abs(first[1] - token), abs(last[1] - token))
            if role not in found or distance < found[role][0]:
                found[role] = (distance, sentence.written(first[1], last[1]))
        start = starts[sentence_index]
        event = GoldEvent(
            start=start,
            end=start + len(sentence.text),
            **{role: value for role, (_, value) in found.items()},
        )
        if sentence_index not in best or len(found) > best[sentence_index][0]:
            best[sentence_index] = (len(found), event)
    events = [best[i][1] for i in sorted(best)]
    return GoldArticle(id=document["doc_id"], text=text, quotes=[], claims=None, events=events)


def read_wikievents(root: str | Path, split: str = "dev", *, limit: int | None = None) -> Iterator[GoldArticle]:
    """The articles of one split of WikiEvents (a checkout or bare git mirror holding
    ``data/wikievents/<split>.jsonl``), as gold articles with events."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    corpus = Corpus(Path(root), "data")
    lines = corpus.read(f"{_FOLDER}/{split}.jsonl")
    if lines is None:
        raise FileNotFoundError(f"{root} has no {_FOLDER}/{split}.jsonl: is it a copy of the WikiEvents data?")
    for count, line in enumerate(x for x in lines.splitlines() if x.strip()):
        if limit is not None and count >= limit:
            return
        yield _article(json.loads(line))


def main(argv: list[str] | None = None) -> None:
    events_gold_main(
        argv,
        module="wikievents",
        corpus="a WikiEvents",
        corpus_help="a checkout or bare git mirror holding data/wikievents",
        split_help="dev, test, or train where it exists",
        read=lambda root, split, limit: read_wikievents(root, split, limit=limit),
    )


if __name__ == "__main__":
    main()
