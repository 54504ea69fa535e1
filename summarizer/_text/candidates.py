"""Attribution candidates and typed name lists: who claims what, found in the text.

An attribution candidate is a claim the text attributes to someone, as three kinds of
span: the **source** as written ("two US officials", "he"), the **cue** ("told",
"according to", "blamed") and the **content** (what is claimed, one or more spans).
Found deterministically, sentence by sentence:

- indirect speech, source first: ``Raab also said he had spoken with ...``,
  ``the Pentagon ... blamed Iran-backed militia for Wednesday's attack``;
- indirect speech, source last: ``The United States is carrying out ..., two US
  officials told Reuters.``, ``..., said Esper.``;
- ``according to X``: the rest of the sentence is the content;
- the direct quotes whose reporting clause names a speaker (see ``attribution``).

A pronoun source is resolved as a quote's is (``speakers.resolve_pronouns``); one the
text does not resolve makes no candidate. So every candidate's source is named in, or
resolved by a pronoun within, its evidence sentences: the model is offered the
candidates by ID and cannot give a claim to someone else.

The typed name lists are what the model may choose an event's actors and places from:
runs of capitalised words (``attribution.mentions``) without the words that are
capitalised only because they start a sentence ("Airstrikes", "Intense"), without
demonyms and adjectives ("Iraqi", "US-led", "Katyusha" before "rockets"), weekdays and
months; places are the names the article writes after a preposition of place ("in
Babylon", "north of Baghdad").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from .article import PreparedArticle, Sentence
from .attribution import ClauseAttribution, NamedSpeaker, canonical_speaker, mentions
from .speakers import resolve_pronouns

CandidateKind = Literal["indirect", "according_to", "blamed", "quote"]

# ----------------------------------------------------------------- patterns

_CUES = (
    r"said|says|say|told|tells|tell|added|adds|wrote|writes|stated|states|declared|explained|"
    r"insisted|insists|warned|warns|noted|notes|argued|argues|claimed|claims|confirmed|confirms|"
    r"acknowledged|admitted|announced|announces|reported|reports|believes|believe|believed|"
    r"thinks|think|thought|suggested|suggests|predicted|predicts|promised|pledged|vowed|"
    r"denied|denies|alleged|alleges|maintained|maintains|contended|estimated|indicated|"
    r"signaled|signalled|complained|conceded|countered|charged|asserted|asserts|stressed|"
    r"emphasized|cautioned|recalled|agreed|hopes|hoped|expects|expected|knows|knew|"
    r"acknowledges|testified|revealed|disclosed|concluded|found|showed|shows|wants|wanted"
)
_BLAME = r"blamed|blames|blame|accused|accuses|accuse|criticized|criticised|praised"
# Words that may stand between a subject and its cue.
_AUX = (
    r"(?:(?:has|have|had|would|will|also|later|earlier|previously|repeatedly|then|further|"
    r"again|often|long|already|publicly|privately|recently|once|squarely|never|now|"
    r"has\s+long|had\s+long|(?:on|last|this)\s+[A-Z]?[a-z]+)\s+){0,3}"
)
_CAP = r"[A-Z][\w’'.&-]*"
_LINK = r"(?:of|de|del|da|al|bin|van|von|der|la|le|for|and)"
_NAME = rf"(?:(?:[Tt]he\s+)?{_CAP}(?:\s+(?:{_LINK}\s+)?{_CAP}){{0,6}})"
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)"
_HEADS = (
    r"officials?|spokes(?:wo)?man|spokesperson|spokespeople|sources?|ministry|police|statement|"
    r"diplomats?|residents?|witnesses?|analysts?|lawmakers?|officers?|campaign|company|"
    r"newspaper|report|agency|department|administration|government|group|committee|"
    r"aides?|advisers?|advisors?|experts?|critics?|supporters?|opponents?|voters?|"
    r"candidates?|leaders?|members?|people|democrats|republicans|economists?|investigators?|"
    r"prosecutors?|authorities|military|army|network|organization|polls?|survey|study|"
    r"data|figures|court|judge|senator|congressman|congresswoman|president|governor|mayor|"
    r"correspondents?|reporters?|journalists?|media|outlet|television|broadcaster|channel|"
    r"poll|website|paper|daily|magazine|spokespersons?|chief|director|secretary|minister"
)
_DESCRIPTION = (
    r"(?:[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|[Ff]our|[Oo]ne|[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Oo]ther|"
    r"[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w’'-]+\s+){0,3}(?:" + _HEADS + r")\b"
)
_SUBJECT = rf"(?P<subject>{_DESCRIPTION}|{_NAME}(?:\s+(?:{_HEADS})\b)?|{_PRONOUN})"
_TOLD = r"told|tells|tell|assured|informed|reminded|warned"
# What follows "told": whom it was told to.
_HEARER = (
    rf"(?:reporters|journalists|the\s+press|him|her|them|us|me|lawmakers|supporters|"
    rf"an?\s+[\w-]+(?:\s+[\w-]+)?|the\s+[\w-]+(?:\s+[\w-]+)?|{_CAP}(?:\s+{_CAP}){{0,4}})"
)
# A short adverbial after the cue: "on Thursday", "in a statement", "last week".
_TAIL = (
    r"(?:\s+(?:on|in|at|during|last|this|earlier|late|early|late\s+on)\s+"
    r"(?:an?\s+|the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)?"
)

# Source first: "Raab also said [that] he had spoken ...", "X told Reuters [that] ...".
_SOURCE_FIRST = re.compile(
    rf"(?:^|(?<=[\s(,;—–-]))(?:that\s+|but\s+|and\s+)?{_SUBJECT}(?:,\s[^,]{{1,80}},)?\s+{_AUX}"
    rf"(?:(?P<cue>{_TOLD})\s+{_HEARER}|(?P<cue2>{_CUES})){_TAIL}(?:\s*,\s*|\s*:\s*|\s+)"
    r"(?:that\s+)?(?P<content>\S.{8,})$"
)
# Source last: "The US is carrying out ..., two US officials told Reuters."
_SOURCE_LAST = re.compile(
    rf"^(?P<content>.{{10,}}?)[,—–]\s*{_SUBJECT}\s+{_AUX}(?:(?P<cue>{_TOLD})\s+{_HEARER}|(?P<cue2>{_CUES}))"
    rf"{_TAIL}[\s.!?”\"’]*$"
)
# Inverted: "..., said Esper." / "..., said the company's spokesman."
_INVERTED = re.compile(
    rf"^(?P<content>.{{10,}}?)[,—–]\s*(?P<cue>said|says|added|wrote|told|noted|warned)\s+{_SUBJECT}"
    rf"(?:,\s[^,]{{1,80}},?)?{_TAIL}[\s.!?”\"’]*$"
)
_ACCORDING = re.compile(rf"(?P<cue>[Aa]ccording\s+to)\s+{_SUBJECT}")
_BLAMED = re.compile(
    rf"(?:^|(?<=[\s(,;]))(?:but\s+|and\s+)?{_SUBJECT}(?:,\s[^,]{{1,80}},)?\s+{_AUX}(?P<cue>{_BLAME})\s+"
    r"(?P<content>\S.{4,})$"
)
_EDGE = " \t\r\n,;:—–-.!?\"“”'‘’"
_OPENER = re.compile(r"(?:But|And|So|Still|Yet|Now|Instead|Meanwhile|However|Also)\s+")

# Subjects that are not sources, whatever their capitals say.
_NOT_SOURCES = frozenset(
    "the a an this that these those it there here but and or if when while as after before i we you one".split()
)


@dataclass(frozen=True)
class AttributionCandidate:
    """A claim the text attributes to someone: its source, cue and content spans, the
    sentences that hold them, and the speaker the source names (a pronoun resolved)."""

    id: str  # "A1", "A2", ... in order of the content's start
    kind: CandidateKind
    source: tuple[int, int]  # as written: a name, a description, or a resolved pronoun
    cue: tuple[int, int] | None
    contents: tuple[tuple[int, int], ...]
    sentence_ids: tuple[str, ...]
    speaker: NamedSpeaker
    pronoun: bool = False
    quote_id: str | None = None  # for a direct quote

    @property
    def start(self) -> int:
        return min(a for a, _ in self.contents)

    @property
    def end(self) -> int:
        return max(b for _, b in self.contents)


@dataclass(frozen=True)
class _Found:
    kind: CandidateKind
    source: tuple[int, int]
    cue: tuple[int, int]
    contents: tuple[tuple[int, int], ...]
    quote_id: str | None = None


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return (start, end) if end - start >= 3 else None


def _subject_ok(subject: str) -> bool:
    words = subject.split()
    if not words or words[0].lower() in _NOT_SOURCES and len(words) == 1:
        return False
    if re.fullmatch(_PRONOUN, subject):
        return True
    if words[0].lower() in {"this", "that", "these", "those", "there", "here", "if", "when", "while", "but", "and"}:
        return False
    # A run of capitals that is a calendar word or a demonym names nobody.
    capitals = [w for w in words if w[:1].isupper()]
    return not capitals or not all(w.lower() in _CALENDAR or _adjective(w) for w in capitals)


def _in_sentence(text: str, sentence: Sentence) -> list[_Found]:
    """Every attribution the patterns find in one sentence, offsets in the article."""
    s = sentence.text
    base = sentence.start
    found: list[_Found] = []

    def add(kind: CandidateKind, m: re.Match[str], contents: list[tuple[int, int]]) -> None:
        subject = m.group("subject")
        # "But Cox says": the conjunction opens the sentence, it is not part of the name.
        opener = _OPENER.match(subject)
        skip = opener.end() if opener and opener.end() < len(subject) else 0
        if not _subject_ok(subject[skip:]):
            return
        trimmed = [t for a, b in contents if (t := _trim(text, base + a, base + b)) is not None]
        if trimmed:
            subject = m.group("subject")[skip:]
            # "said John Roe." : the sentence's full stop is not part of the name (an initial's is).
            end = m.end("subject") - (len(subject) - len(subject.rstrip(".,;:")))
            if subject.endswith(".") and re.search(r"\b[A-Z]\.$", subject):
                end = m.end("subject")
            source = (base + m.start("subject") + skip, base + end)
            group = "cue" if m.group("cue") is not None else "cue2"
            cue = (base + m.start(group), base + m.end(group))
            found.append(_Found(kind, source, cue, tuple(trimmed)))

    for m in _ACCORDING.finditer(s):
        # The content is the sentence without the "according to X" clause.
        before, after = (0, m.start()), (m.end(), len(s))
        add("according_to", m, [before, after])
    m_blame = _BLAMED.search(s)
    if m_blame:
        add("blamed", m_blame, [(m_blame.start("content"), m_blame.end("content"))])
    for pattern in (_SOURCE_LAST, _INVERTED, _SOURCE_FIRST):
        indirect = pattern.search(s)
        if indirect:
            add("indirect", indirect, [(indirect.start("content"), indirect.end("content"))])
    return found


def _quote_candidates(article: PreparedArticle, attributions: list[ClauseAttribution]) -> list[_Found]:
    out = []
    for quote, a in zip(article.quotes, attributions, strict=True):
        if a.mention is None or a.cue is None:
            continue  # a continuation names its speaker in another sentence
        out.append(_Found("quote", a.mention, a.cue, ((quote.start, quote.end),), quote.id))
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _sentence_ids(article: PreparedArticle, spans: list[tuple[int, int]]) -> tuple[str, ...]:
    """The IDs of the sentences that ``spans`` touch, in order."""
    ids: dict[str, None] = {}
    for start, end in sorted(spans):
        at = start
        while at < end:
            sentence = article.sentence_at(at)
            if sentence is None:
                break
            ids[sentence.id] = None
            at = sentence.end + 1
    return tuple(sorted(ids, key=lambda sid: int(sid[1:])))


def _named(text: str, subject: str) -> NamedSpeaker | None:
    """The speaker a source names: a name in its fullest form, or a description as written."""
    if subject[:4].lower() == "the " and subject[4:5].isupper() and not re.fullmatch(_DESCRIPTION, subject):
        subject = subject[4:]  # "the Pentagon"
    speaker = canonical_speaker(text, subject)
    if speaker is None and re.fullmatch(_DESCRIPTION, subject):
        speaker = NamedSpeaker(name=subject, role=None)
    return speaker


def attribution_candidates(
    article: PreparedArticle, attributions: list[ClauseAttribution]
) -> list[AttributionCandidate]:
    """The article's attribution candidates, in order, numbered A1, A2, ...

    ``attributions`` are the quotes' reporting clauses (``attribution.attribute``, one
    per quote, pronouns resolved or not). A direct quote with a clause is a candidate
    of kind "quote"; an indirect one whose content a quote already covers is not
    listed twice. A source that is a pronoun the text does not resolve, or that names
    nobody, makes no candidate: abstaining beats guessing."""
    text = article.text
    quoted = _quote_candidates(article, attributions)
    found: list[_Found] = list(quoted)
    # The quotes and cues already listed, by sentence: a sentence is checked against its own.
    quotes_in: dict[str, list[tuple[int, int]]] = {}
    cues_in: dict[str, list[tuple[int, int]]] = {}
    for q in quoted:
        for sid in _sentence_ids(article, [q.contents[0]]):
            quotes_in.setdefault(sid, []).append(q.contents[0])
            cues_in.setdefault(sid, []).append(q.cue)
    for sentence in article.sentences:
        for f in _in_sentence(text, sentence):
            quote_spans = quotes_in.get(sentence.id, [])
            covered = sum(
                min(b, qb) - max(a, qa) for a, b in f.contents for qa, qb in quote_spans if _overlaps((a, b), (qa, qb))
            )
            if covered * 2 >= sum(b - a for a, b in f.contents):
                continue  # a direct quote's clause, already listed as the quote
            cues = cues_in.setdefault(sentence.id, [])
            if any(_overlaps(f.cue, cue) for cue in cues):
                continue
            cues.append(f.cue)
            found.append(f)
    found.sort(key=lambda f: min(a for a, _ in f.contents))

    # Sources: named ones by their canonical name, pronouns resolved as quotes' are.
    clauses = []
    for i, f in enumerate(found):
        subject = text[f.source[0] : f.source[1]]
        if re.fullmatch(_PRONOUN, subject):
            clauses.append(ClauseAttribution(str(i), f.source, f.cue, None, pronoun=True))
        else:
            clauses.append(ClauseAttribution(str(i), f.source, f.cue, _named(text, subject)))
    resolved = resolve_pronouns(article, clauses)

    out: list[AttributionCandidate] = []
    for f, clause in zip(found, resolved, strict=True):
        if clause.speaker is None:
            continue
        sentence_ids = _sentence_ids(article, [*f.contents, f.source])
        if not sentence_ids:
            continue
        out.append(
            AttributionCandidate(
                id=f"A{len(out) + 1}",
                kind=f.kind,
                source=f.source,
                cue=f.cue,
                contents=f.contents,
                sentence_ids=sentence_ids,
                speaker=clause.speaker,
                pronoun=clause.pronoun,
                quote_id=f.quote_id,
            )
        )
    return out


# ----------------------------------------------------------------- typed names

_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december".split()
)
# A hyphenated adjective: "US-led", "Iran-backed", "Japanese-built".
_HYPHEN_ADJECTIVE = re.compile(r"-(?:led|backed|based|built|born|owned|run|made|style|funded|controlled|allied)$")
# Demonym endings: "Iraqi", "American", "Japanese", "British", "Israeli".
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ican|ean|ian|ese|ish|i)$")
_DEMONYMS = frozenset(
    "british french dutch swiss thai greek welsh scots irish arab kurdish shia sunni shiite muslim "
    "jewish christian catholic western eastern northern southern democratic republican".split()
)
# What a name may be followed by without being an adjective: verbs and function words.
_AFTER_NAME = frozenset(
    "said says told is was were are has have had will would could can may might should did does do "
    "and or but to of in on at for from by with who which that whose also later earlier then "
    "added warned noted announced confirmed called wrote asked argued claimed denied "
    "s as than over after before into near against".split()
)
_VERBS_AFTER = frozenset("said says told is was were are has have had will would".split())
_PLACE_PREPOSITIONS = re.compile(
    r"\b(?:in|at|near|outside|inside|across|around|into|throughout|camp|base|town|village|province|"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of|capital|city\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ORG_WORDS = frozenset(
    "ministry party department council committee agency office house senate congress "
    "parliament union association corporation company inc corp group bank court police army "
    "forces militia campaign administration government university institute foundation "
    "commission news times post press reuters cnn".split()
)


def _adjective(word: str) -> bool:
    return bool(_HYPHEN_ADJECTIVE.search(word)) or word.lower() in _DEMONYMS or bool(_DEMONYM.match(word))


@dataclass(frozen=True)
class Names:
    """An article's names, typed: who may act or speak, and where things happen."""

    actors: tuple[str, ...]
    places: tuple[str, ...]


_TOKEN = re.compile(r"[\w’'.&-]+")
_NEXT_WORD = re.compile(r"\s+([\w’'-]+)")


@dataclass(frozen=True)
class _Index:
    """Where each word of a body starts, found in one pass: a name's occurrences are
    then looked up, not searched for (an article may have tens of thousands of names)."""

    body: str
    starts: dict[str, list[int]]
    lower: frozenset[str]

    @classmethod
    def of(cls, body: str) -> _Index:
        starts: dict[str, list[int]] = {}
        lower: set[str] = set()
        for m in _TOKEN.finditer(body):
            word = m.group(0).rstrip(".")
            starts.setdefault(word, []).append(m.start())
            if word[:1].islower():
                lower.add(word)
        return cls(body, starts, frozenset(lower))

    def occurrences(self, name: str) -> list[int]:
        first = name.split()[0].rstrip(".")
        end_ok = re.compile(r"(?![\w-])")
        return [
            at
            for at in self.starts.get(first, ())
            if self.body.startswith(name, at) and end_ok.match(self.body, at + len(name))
        ]


def _sentence_initial(body: str, at: int) -> bool:
    before = body[max(0, at - 8) : at].rstrip(" \t\"“‘'(")
    if not before and at > 8:
        return False
    return not before or before[-1] in ".!?\n:"


def _next_word(body: str, at: int) -> str:
    m = _NEXT_WORD.match(body, at)
    return m.group(1) if m else ""


def _kept(index: _Index, name: str) -> bool:
    """Whether ``name`` (a run of capitals) is a name, not a common word or an adjective."""
    words = name.split()
    if all(w.lower().strip(".") in _CALENDAR for w in words):
        return False
    if any(_HYPHEN_ADJECTIVE.search(w) for w in words):
        return False
    body = index.body
    places = index.occurrences(name)
    if len(words) > 1 or not places:
        return True
    word = words[0]
    # Capitalised only where it starts a sentence, and written in lower case elsewhere.
    if word.lower() in index.lower and all(_sentence_initial(body, at) for at in places):
        return False
    # Always followed by a lower-case word that is not a verb or a function word
    # ("Iraqi capital", "Katyusha rockets"): an adjective.
    followers = [_next_word(body, at + len(name)) for at in places]
    adjective_use = [f for f in followers if f[:1].islower() and f.lower() not in _AFTER_NAME]
    if adjective_use and len(adjective_use) == len(followers):
        return False
    # A demonym ("Iraqi", "British") names someone only as the subject of a verb
    # ("the British said"); a place after "camp" or "in" ("Taji") is kept.
    if not _adjective(word):
        return True
    return any(f.lower() in _VERBS_AFTER for f in followers) or (not adjective_use and _is_place(index, name))


def _is_place(index: _Index, name: str) -> bool:
    words = [w.lower().strip(".") for w in name.split()]
    if any(w in _ORG_WORDS for w in words) or canonical_role(name):
        return False
    body = index.body
    return any(_PLACE_PREPOSITIONS.search(body[max(0, at - 30) : at]) for at in index.occurrences(name))


def canonical_role(name: str) -> bool:
    """True when ``name`` carries a role or form of address ("Defense Secretary Mark Esper")."""
    speaker = canonical_speaker(name, name)
    return bool(speaker and speaker.role) or bool(re.match(r"(?:Mr|Mrs|Ms|Dr)\.?\s", name))


@lru_cache(maxsize=8)
def _typed(text: str, body_start: int, body_end: int, names: tuple[str, ...]) -> Names:
    index = _Index.of(text[body_start:body_end])
    actors: list[str] = []
    places: list[str] = []
    for name in names:
        if not name[:1].isupper():  # a description ("two US officials"): an actor
            if not name.endswith(("statement", "report", "data", "figures")):
                actors.append(name)
            continue
        if not _kept(index, name):
            continue
        if _is_place(index, name):
            places.append(name)
        else:
            actors.append(name)
    return Names(tuple(actors), tuple(places))


def typed_names(article: PreparedArticle, start: int | None = None, end: int | None = None) -> Names:
    """The names of the article body, or of ``text[start:end]``, typed as actors
    (people, organisations, descriptive sources) and places, cleaned of sentence-initial
    common words, demonyms and adjectives, weekdays and months."""
    found = tuple(mentions(article, start, end))
    return _typed(article.text, article.body_start, article.body_end, found)


# ----------------------------------------------------------------- support

_WORD = re.compile(r"[^\W\d_][\w’'-]*|\d[\d.,]*")
# An ID of ours ("S2", "Q1", "A3") or a word of our instructions is never the article's.
_OUR_ID = re.compile(r"\b[SQA]\d+\b")
_FUNCTION_WORDS = frozenset(
    "the a an and or but of to in on at for by with from as is are was were be been being has have "
    "had will would can could may might should must do does did not no its it this that these those "
    "he she they them his her their we our you your i me my there here who whom which what when "
    "where why how than then so if also about after before over under into out up down more most "
    "some any all each other such only just very said says say told tell according claims claimed "
    "claim stated states believes thinks".split()
)
# What a statement may take at most from outside its evidence: a few linking words.
_UNSUPPORTED_SHARE = 1 / 3


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'").removesuffix("'s")
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)][:6]
    return word[:6]


def unsupported_words(statement: str, evidence: str) -> list[str]:
    """The words of ``statement`` its ``evidence`` does not support, when too many of
    them are missing (more than a third of its content words) or when it holds one of
    our sentence or quote IDs; else an empty list. A paraphrase may change a word's
    ending ("strikes" for "struck" is not checked so finely) and add linking words."""
    ids = _OUR_ID.findall(statement)
    if ids:
        return ids
    have = {_stem(w) for w in _WORD.findall(evidence)}
    content = [w for w in _WORD.findall(statement) if w.lower() not in _FUNCTION_WORDS]
    missing = [w for w in content if _stem(w) not in have]
    if content and len(missing) > len(content) * _UNSUPPORTED_SHARE:
        return missing
    return []
