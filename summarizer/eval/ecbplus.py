"""ECB+, the Event Coreference Bank Plus, as gold files for ``summarize eval``: events.

ECB+ (github:tommasoc80/EventStoryLine, folder ``ECB+_LREC2014``; Cybulska and Vossen,
LREC 2014) is 982 news articles in 43 topics, each topic about two seminal events of a
kind (a climber's fatal fall in one place and year, another's elsewhere), with their
action, participant, location and time mentions annotated token by token in CAT XML
and linked across documents (``CROSS_DOC_COREF``). The older (``ecb``) files hold only
part of their article, at times one sentence; the newer (``ecbplus``) ones the whole
text. This module reads a checkout or a bare git mirror of it and writes each article
as one line of the gold format (see ``summarizer.eval``):

- **text**: the tokens detokenized, one sentence a line (ECB+ keeps no paragraphs):
  tokens are joined by a space, except before ``, . ; : ! ? ) ] } %`` closing marks and
  clitics (``n't 's 're``...), after ``( [ { $`` and opening marks, around ``-`` and
  ``/`` (the newer files split "36-year-old" and "14/09/2013"), and around ``: . ,``
  between digits ("13:26", "2.5"). ````` `` ```` becomes “ and ``''`` ” (“ when it opens
  a sentence); a lone straight ``"`` opens and closes in turn within a sentence. The
  newer files' sentence 0, the address of the page, is left out.
- **events**: one per sentence of the corpus's list of fully annotated sentences
  (``ECBplus_coreference_sentences.csv``; mentions outside it are incomplete) that holds
  an ``ACTION_OCCURRENCE`` mention of a cross-document chain: an occurrence of one of
  the topic's seminal events. Not the other action classes: reporting (``said``) is a
  claim in this library, states (``ACTION_STATE``), aspectual, causative and perception
  verbs ("began", "caused", "saw") frame an occurrence rather than being one, generic
  actions are no particular event, and ``NEG_`` actions did not happen. ``start, end``
  is the sentence. Its *anchor* is the occurrence whose chain has the most mentions in
  the article (the first on a tie): in "The robbers, two of whom were disguised as
  women, stole the jewels" the theft, not the disguise. The arguments are the
  sentence's annotated mentions nearest the anchor, in tokens:

  - ``who``: the nearest ``HUMAN_PART_*`` mention before the anchor;
  - ``whom``: the nearest ``HUMAN_PART_*`` or ``NON_HUMAN_PART*`` mention after it;
  - for an anchor in the passive (a participle after a form of "be": "was arrested",
    "was fatally shot"), ``whom`` is the nearest participant before it and ``who`` the
    nearest ``HUMAN_PART_*`` after it within three tokens of "by", or None;
  - ``where``: the ``LOC_*`` mention nearest the anchor, either side;
  - ``when``: the ``TIME_*`` mention nearest the anchor, either side, as written;

  each None when the sentence has no such mention (ties go to the earlier mention).
  Arguments are as written, less a full stop or comma the mention takes in and a
  possessive ("Buckley's" is "Buckley"); relative pronouns ("the Saints, who") are
  passed over, other pronouns stay ("he", "his"). ECB+ often marks only a head
  ("climber" in "A 36-year-old Australian climber"), which the eval's whole-word
  containment accepts in a longer prediction.
- **quotes**: ``[]``: ECB+ does not annotate quotes, and the gold format has no "not
  annotated" for them. **Quote figures on this gold mean nothing** (every predicted
  quote counts as wrong); read the event figures only.
- **claims**: None (not annotated); **published**: None (ECB+ gives no dates).

Splits, by topic (the usual split of ECB+ work): ``train`` is
topics 1 to 22, ``dev`` 23 to 25. **Topics 26 to 45 are reserved for independent
evaluation**: asking for them is an error, and their folders are never listed or read
(the list of annotated sentences is one file for all topics: only the split's rows are
kept). The corpus's article text is news under its publishers' copyright: keep the gold
files this writes local; do not commit them.

    python -m summarizer.eval.ecbplus PATH --split dev --out ecbplus-dev.jsonl
    summarize eval ecbplus-dev.jsonl --details
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ._corpus import Corpus, events_gold_main
from .gold import GoldArticle, GoldEvent

__all__ = ["RESERVED_TOPICS", "SPLITS", "EcbDocument", "ReservedSplitError", "read_ecbplus", "read_ecbplus_documents"]

SPLITS: dict[str, range] = {"train": range(1, 23), "dev": range(23, 26)}
RESERVED_TOPICS = range(26, 46)
_FOLDER = "ECB+_LREC2014"
_SENTENCES = f"{_FOLDER}/ECBplus_coreference_sentences.csv"
_EVENT_TAGS = frozenset({"ACTION_OCCURRENCE"})
_FILE = re.compile(r"^(\d+)_(\d+)(ecb|ecbplus)\.xml$")

# Spacing of the detokenized text.
_NO_SPACE_BEFORE = frozenset(",.;:!?)]}%”’'") | frozenset({"''", "...", "…"})
_CLITICS = frozenset({"n't", "'s", "'re", "'ve", "'m", "'ll", "'d", "’s", "’re", "’ve", "’m", "’ll", "’d", "n’t"})
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "“", "‘", "``"})
_NUMBER_MARKS = frozenset({":", ".", ","})
_GLUE = frozenset({"-", "/"})
_APOSTROPHE_TAILS = frozenset({"s", "t", "re", "ve", "m", "ll", "d"})
_EDGE = " ,.;:"
_RELATIVES = frozenset({"who", "whom", "which", "that"})  # "the Saints, who were": the Saints
_BE = frozenset("is are was were be been being am 's ’s".split())
_IRREGULAR_PARTICIPLES = frozenset(
    "shot hit struck caught held sent put set cut hurt found left lost sold led bought brought beat"
    " met built kept told paid made".split()
)
_MARKS = {"``": "“", "''": "”"}


class ReservedSplitError(ValueError):
    """Topics 26 to 45 were asked for: they are reserved for independent evaluation."""


@dataclass(frozen=True)
class _Mention:
    tag: str
    first: int  # index of its first token in the document's token order
    last: int  # index of its last token


@dataclass(frozen=True)
class EcbDocument:
    """One converted article and the spans of its fully annotated sentences.

    ``annotated`` are the character spans of the sentences listed as annotated: only
    there is the gold complete, so a predicted event elsewhere may be right and
    unannotated. ``unlisted`` are the sentences outside that list that hold an
    occurrence of a seminal event all the same (no gold event: the list leaves them out)."""

    article: GoldArticle
    annotated: tuple[tuple[int, int], ...]
    unlisted: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class _Token:
    sentence: int
    text: str


def _tokens(root: ET.Element) -> tuple[list[_Token], dict[str, int]]:
    """The document's tokens in reading order, and each ``t_id``'s index in it."""
    rows = [
        (int(t.get("sentence", "0")), int(t.get("number", "0")), t.get("t_id", ""), t.text or "")
        for t in root.iter("token")
    ]
    rows.sort(key=lambda r: (r[0], r[1]))
    return [_Token(s, text) for s, _, _, text in rows], {t_id: i for i, (_, _, t_id, _) in enumerate(rows)}


def _spaces(words: list[str]) -> list[bool]:
    """For each token of a sentence, whether a space goes before it (never before the first)."""
    # A lone straight mark opens a quote after an even number of marks in the sentence
    # ('"We' holds one), and closes one after an odd number.
    opens: list[bool] = []
    marks = 0
    for word in words:
        opens.append(word == '"' and marks % 2 == 0)
        marks += word.count('"')
    out = [False] * len(words)
    for i in range(1, len(words)):
        previous, token = words[i - 1], words[i]
        before = words[i - 2] if i >= 2 else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        # "13:26" and "2.5", tokenized apart: the mark between two digits joins them.
        between_digits = (token in _NUMBER_MARKS and previous[-1:].isdigit() and after[:1].isdigit()) or (
            previous in _NUMBER_MARKS and before[-1:].isdigit() and token[:1].isdigit()
        )
        out[i] = not (
            not token  # an empty token (two in topics 1-25) takes no space
            or previous in _NO_SPACE_AFTER
            or (previous == '"' and opens[i - 1])
            or token in _NO_SPACE_BEFORE
            or token in _CLITICS
            or (token == '"' and not opens[i])
            or token in _GLUE
            or previous in _GLUE
            or (previous in ("’", "'") and token in _APOSTROPHE_TAILS)  # "Lohan ’ s", tokenized apart
            or between_digits
        )
    return out


@dataclass(frozen=True)
class _Text:
    text: str
    tokens: list[tuple[int, int] | None]  # each token's character span; None in a skipped sentence
    sentences: dict[int, tuple[int, int]]  # sentence number -> character span


def _detokenize(tokens: list[_Token], skip: int | None) -> _Text:
    """The article as text, one sentence a line, and where each token and sentence landed."""
    parts: list[str] = []
    length = 0
    spans: list[tuple[int, int] | None] = [None] * len(tokens)
    sentences: dict[int, tuple[int, int]] = {}
    i = 0
    while i < len(tokens):
        number = tokens[i].sentence
        j = i
        while j < len(tokens) and tokens[j].sentence == number:
            j += 1
        if number != skip:
            # PTB marks: `` opens; '' closes, except at the start of a sentence where it opens.
            words = [_MARKS.get(t.text, t.text) for t in tokens[i:j]]
            if tokens[i].text == "''":
                words[0] = "“"
            if parts:
                parts.append("\n")
                length += 1
            begin = length
            for k, (word, space) in enumerate(zip(words, _spaces(words), strict=True)):
                if space:
                    parts.append(" ")
                    length += 1
                spans[i + k] = (length, length + len(word))
                parts.append(word)
                length += len(word)
            sentences[number] = (begin, length)
        i = j
    return _Text("".join(parts), spans, sentences)


def _mentions(root: ET.Element, index: dict[str, int]) -> tuple[dict[str, _Mention], dict[str, int]]:
    """The token-anchored mentions by ``m_id``, and for every mention in a cross-document
    chain the number of the chain's mentions in the document. (The anchorless markables
    are the chains' instance descriptors.)"""
    mentions: dict[str, _Mention] = {}
    markables = root.find("Markables")
    for element in markables if markables is not None else []:
        anchored = sorted(index[a.get("t_id", "")] for a in element.iter("token_anchor") if a.get("t_id") in index)
        if anchored:
            mentions[element.get("m_id", "")] = _Mention(element.tag, anchored[0], anchored[-1])
    chains: dict[str, set[str]] = {}
    relations = root.find("Relations")
    for relation in relations if relations is not None else []:
        if relation.tag == "CROSS_DOC_COREF":
            members = chains.setdefault(relation.get("note") or relation.get("r_id") or "", set())
            members.update(m for source in relation.iter("source") if (m := source.get("m_id", "")) in mentions)
    return mentions, {m: len(members) for members in chains.values() for m in members}


def _nearest(candidates: list[_Mention], anchor: _Mention) -> _Mention | None:
    """The candidate nearest the anchor in tokens; the earlier one on a tie."""

    def distance(m: _Mention) -> tuple[int, int]:
        return max(anchor.first - m.last, m.first - anchor.last, 0), m.first

    return min(candidates, key=distance, default=None)


def _passive(text: _Text, anchor: _Mention) -> bool:
    """Whether the anchor is a verb in the passive: a participle ("killed", "stolen", "shot")
    right after a form of "be" ("was arrested", "have been stolen", "was fatally shot")."""
    word = _word(text, anchor.first).casefold()
    if not (word.endswith(("ed", "en", "wn")) or word in _IRREGULAR_PARTICIPLES):
        return False
    previous = _word(text, anchor.first - 1).casefold()
    if previous.endswith("ly"):  # "was fatally shot"
        previous = _word(text, anchor.first - 2).casefold()
    return previous in _BE


def _word(text: _Text, index: int) -> str:
    span = text.tokens[index] if 0 <= index < len(text.tokens) else None
    return text.text[span[0] : span[1]] if span is not None else ""


def _written(text: _Text, mention: _Mention | None) -> str | None:
    """A mention as the article writes it, without the full stop or comma a few take in,
    nor a possessive ("Buckley's death": "Buckley")."""
    if mention is None:
        return None
    first, last = text.tokens[mention.first], text.tokens[mention.last]
    if first is None or last is None:
        return None
    return re.sub(r"\s*['’]s?$", "", text.text[first[0] : last[1]].strip(_EDGE)) or None


def _event(text: _Text, sentence: tuple[int, int], anchor: _Mention, around: list[_Mention]) -> GoldEvent:
    # "the Saints, who were eliminated": the relative pronoun is not a name; the Saints are.
    around = [m for m in around if (_written(text, m) or "").casefold() not in _RELATIVES]
    human = [m for m in around if m.tag.startswith("HUMAN_PART")]
    participants = [m for m in around if m.tag.startswith(("HUMAN_PART", "NON_HUMAN_PART"))]
    before = [m for m in participants if m.last < anchor.first]
    after = [m for m in participants if m.first > anchor.last]
    if _passive(text, anchor):
        # "The man was arrested by police": the subject is acted on; the agent follows "by".
        agents = [m for m in human if m in after and "by" in (_word(text, m.first - k).casefold() for k in (1, 2, 3))]
        who, whom = _nearest(agents, anchor), _nearest(before, anchor)
    else:
        who, whom = _nearest([m for m in human if m in before], anchor), _nearest(after, anchor)
    return GoldEvent(
        start=sentence[0],
        end=sentence[1],
        who=_written(text, who),
        whom=_written(text, whom),
        where=_written(text, _nearest([m for m in around if m.tag.startswith("LOC")], anchor)),
        when=_written(text, _nearest([m for m in around if m.tag.startswith("TIME")], anchor)),
    )


def _document(xml: str, stem: str, selected: set[int]) -> EcbDocument:
    root = ET.fromstring(xml)
    tokens, index = _tokens(root)
    text = _detokenize(tokens, skip=0 if stem.endswith("ecbplus") else None)
    mentions, chained = _mentions(root, index)
    by_sentence: dict[int, list[tuple[str, _Mention]]] = {}
    for m_id, mention in sorted(mentions.items(), key=lambda kv: (kv[1].first, kv[1].last)):
        by_sentence.setdefault(tokens[mention.first].sentence, []).append((m_id, mention))
    events: list[GoldEvent] = []
    annotated: list[tuple[int, int]] = []
    unlisted: list[tuple[int, int]] = []
    for number, span in sorted(text.sentences.items()):
        # A mention is in the sentence it starts in (none crosses a sentence in topics 1-25).
        here = by_sentence.get(number, [])
        # The occurrence of the event the article tells most of: in "The robbers, two of
        # whom were disguised as women, stole the jewels", the theft, not the disguise.
        occurrences = [(chained[m_id], -m.first, m) for m_id, m in here if m.tag in _EVENT_TAGS and m_id in chained]
        if number not in selected:
            if occurrences:
                unlisted.append(span)
            continue
        annotated.append(span)
        if occurrences:
            anchor = max(occurrences, key=lambda o: o[:2])[2]
            events.append(_event(text, span, anchor, [m for _, m in here if m is not anchor]))
    article = GoldArticle(id=stem, text=text.text, published=None, quotes=[], claims=None, events=events)
    return EcbDocument(article=article, annotated=tuple(annotated), unlisted=tuple(unlisted))


def _selected(corpus: Corpus, topics: range) -> dict[str, set[int]]:
    """The fully annotated sentences of the split's topics, by file stem ("23_1ecbplus")."""
    listed = corpus.read(_SENTENCES)
    if listed is None:
        raise FileNotFoundError(f"{corpus.root} has no {_SENTENCES}: is it an EventStoryLine checkout or mirror?")
    selected: dict[str, set[int]] = {}
    for row in csv.DictReader(io.StringIO(listed)):
        topic = row.get("Topic", "")
        # Only the split's rows are kept: the others are never looked at beyond their topic.
        if topic.isdigit() and int(topic) in topics:
            selected.setdefault(f"{topic}_{row['File']}", set()).add(int(row["Sentence Number"]))
    return selected


def _topics(split: str) -> range:
    if split == "test":
        raise ReservedSplitError(
            f"ECB+ topics {RESERVED_TOPICS.start}-{RESERVED_TOPICS.stop - 1} are reserved for independent "
            "evaluation; develop on train (topics 1-22) and dev (23-25)"
        )
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    return SPLITS[split]


def read_ecbplus_documents(root: str | Path, split: str = "dev", *, limit: int | None = None) -> Iterator[EcbDocument]:
    """As :func:`read_ecbplus`, each article with the spans of its fully annotated sentences."""
    topics = _topics(split)
    corpus = Corpus(Path(root), _FOLDER)
    selected = _selected(corpus, topics)
    count = 0
    for topic in topics:
        assert topic not in RESERVED_TOPICS
        folder = f"{_FOLDER}/ECB+/{topic}"
        found = [(int(m.group(2)), m.group(3), name) for name in corpus.names(folder) if (m := _FILE.match(name))]
        # Reading order: by document number, the original ECB file before the newer one.
        for _, _, name in sorted(found):
            if limit is not None and count >= limit:
                return
            xml = corpus.read(f"{folder}/{name}")
            stem = name.removesuffix(".xml")
            if xml is None:
                continue
            count += 1
            yield _document(xml, stem, selected.get(stem, set()))
    if count == 0:
        raise FileNotFoundError(f"{root} has no {_FOLDER}/ECB+/<topic> files: is it an EventStoryLine checkout?")


def read_ecbplus(root: str | Path, split: str = "dev", *, limit: int | None = None) -> Iterator[GoldArticle]:
    """The articles of one split of ECB+ (a checkout or bare git mirror of EventStoryLine),
    as gold articles with events: ``train`` (topics 1-22) or ``dev`` (23-25).

    Raises ReservedSplitError for ``split="test"``: topics 26-45 are reserved.
    """
    for document in read_ecbplus_documents(root, split, limit=limit):
        yield document.article


def main(argv: list[str] | None = None) -> None:
    events_gold_main(
        argv,
        module="ecbplus",
        corpus="an ECB+",
        corpus_help="a checkout or bare git mirror of EventStoryLine (ECB+_LREC2014)",
        split_help="train (topics 1-22) or dev (23-25); 26-45 are reserved",
        read=lambda root, split, limit: read_ecbplus(root, split, limit=limit),
        roles=("who", "whom", "where", "when"),
    )


if __name__ == "__main__":
    main()
