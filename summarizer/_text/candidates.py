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
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from .article import PreparedArticle, Sentence
from .attribution import ClauseAttribution, NamedSpeaker, canonical_speaker, mentions
from .grammar import EN, alternation, capitalised, pattern, verb_forms, verb_pattern, words
from .speakers import resolve_pronouns

CandidateKind = Literal["indirect", "according_to", "blamed", "quote"]

# ----------------------------------------------------------------- patterns

_CAP = r"[A-Z][\w’'.&-]*"
_LINK = pattern("NAME_LINKS")
_EDGE = " \t\r\n,;:—–-.!?\"“”'‘’"

# Cue verbs, every form, by kind: a verb of saying, thinking, judging, wanting or
# proposing whose subject is a source (PolNeAR annotates all of them as attributions).
_VERB_KIND: dict[str, CandidateKind] = {
    **dict.fromkeys(verb_forms("claim") | verb_forms("stance"), "indirect"),
    **dict.fromkeys(verb_forms("blame"), "blamed"),
}
_CUE_RE = re.compile(rf"(?<![\w’'-])(?P<verb>{alternation(_VERB_KIND)})(?![\w’'-])")
# Verbs whose object is the hearer, not the content: "told reporters that ...".
_HEARER_VERBS = verb_forms("hearer")
# Verbs that stand after their content: "..., said Esper." / "..., the minister added."
_INVERTING = verb_forms("inverts", ("past", "third"))
# Words that may stand between a source and its cue.
_AUX_WORDS = words("BETWEEN_SOURCE_AND_CUE")
_AUX_TAIL = re.compile(
    r"(?:\s+|^)(?:[a-z]+|(?:on|last|this)\s+[A-Z][a-z]+|(?:on|last|this)\s+[a-z]+|in\s+a\s+statement)\s*$"
)
_LY = re.compile(r"[a-z]{3,}ly")
# Where a source may begin: after these words or marks (or at the start of a sentence).
_BOUNDARY_WORDS = words("BOUNDARY_WORDS")
# Words before a name that cannot end a larger phrase holding it: "the third time AROS said".
_NOT_BEFORE_NAME = words("NOT_BEFORE_NAME")
_BOUNDARY_MARKS = ",;:(—–―-“”\"‘’'[…"
_DETERMINERS = rf"(?:{pattern('NP_DETERMINERS')}|\d[\d,.]*)"
_NP_PRONOUN = re.compile(r"(?:he|she|they|it)", re.IGNORECASE)
# A name: a run of capitals, links inside ("Secretary of State John Kerry", "Ben bin Laden").
_NP_NAME = re.compile(rf"(?:[Tt]he\s+)?{_CAP}(?:\s+(?:{_LINK}\s+)?{_CAP}){{0,7}}")
# A description: a determiner (or a name's possessive), a few words, and a noun:
# "the bank", "another source", "Clinton’s team", "73 percent", "the former secretary of state".
_LOWER = r"[a-z][\w’'-]*"
_WORDISH = r"[\w’'.&-]+"
_NP_DESCRIPTION = re.compile(
    rf"(?:(?:[Nn]early|[Aa]bout|[Oo]nly|[Aa]lmost|[Jj]ust|[Mm]ore\s+than|[Oo]ver)\s+)?"
    rf"(?:{_DETERMINERS}|{_CAP}(?:\s+{_CAP}){{0,3}}[’']s)\s+(?:{_WORDISH}\s+){{0,5}}?{_WORDISH}",
    re.IGNORECASE,
)
# A bare plural: "sources", "experts", "top black lawmakers", "Senate Democrats".
_PLURAL_HEADS = pattern("PLURAL_SOURCES")
_NP_PLURAL = re.compile(
    rf"(?:[\w’'-]+\s+(?:and\s+)?){{0,3}}(?:{_PLURAL_HEADS})"
    rf"(?:\s+(?:of|to|in|from|for|at|on|close\s+to|around)\s+(?:{_WORDISH}\s+){{0,4}}{_WORDISH})?",
    re.IGNORECASE,
)
# A role before a name: "retired Air Force general Lloyd Newton", "Republican presidential
# nominee Donald Trump".
_NP_ROLE_NAME = re.compile(rf"(?:[\w’'-]+\s+){{1,4}}{_CAP}(?:\s+{_CAP}){{0,3}}")
_NP_QUANTITY = re.compile(
    rf"(?:[Nn]early\s+|[Aa]bout\s+|[Oo]nly\s+|[Aa]lmost\s+|[Jj]ust\s+)?"
    rf"(?:\d[\d.,]*|[A-Za-z]+(?:-[a-z]+)?)\s+(?:percent|per\s+cent|%)(?:\s+of\s+(?:{_WORDISH}\s+){{0,3}}{_WORDISH})?"
    rf"|(?:[Nn]early\s+|[Aa]bout\s+|[Oo]nly\s+|[Aa]lmost\s+)?[A-Za-z0-9]+\s+(?:in|of|out\s+of)\s+\d+\s+{_WORDISH}"
    rf"|(?:[Mm]ost|[Mm]any|[Ss]ome|[Ff]ew|[Aa]ll|[Hh]alf)\s+(?:of\s+)?(?:{_WORDISH}\s+){{0,2}}{_WORDISH}"
)
# Words a description may not end with (or hold): verbs and function words, not nouns.
_NOT_HEAD = words("NOT_HEADS")
_INSIDE_NOT = words("NOT_INSIDE_SOURCES")

_QUOTE_MARKS = "“”\"‘’'«»„"
# Capitalised words that open a sentence or clause, never a source's first word.
_OPENERS = words("OPENERS")


# "according to X": X runs to the end of its clause ("according to a new Washington
# Post-ABC News national poll", "according to federal statistics").
_ACCORDING = re.compile(
    r"(?P<cue>[Aa]ccording\s+to)\s+(?P<subject>[^,;:()“”\"—–―]{2,120}?)(?=\s*(?:[,;:()“”\"—–―]|\.(?:\s|$)|$))"
)
_NOT_SOURCES = words("NOT_SOURCES")


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
    speaker: NamedSpeaker | None  # None: a pronoun the text does not resolve
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


def _word_before(s: str, at: int) -> tuple[int, str] | None:
    """The word ending just before ``at`` (blanks skipped), and where it starts."""
    m = _WORD_BEFORE.search(s, 0, at)
    return (m.start(1), m.group(1)) if m else None


_WORD_BEFORE = re.compile(r"([\w’'.-]+)\s*$")
_WORD_STARTS = re.compile(r"(?<![\w’'.&-])[\w“‘\"'(]")


def _at_boundary(s: str, start: int) -> bool:
    """Whether a source may begin at ``start``: the sentence's start, after a mark, or
    after a word that opens a clause ("and", "but", "that", "while", "which")."""
    before = s[:start].rstrip()
    if not before.strip(_QUOTE_MARKS + " ([—–―-"):
        return True
    if before[-1] in _BOUNDARY_MARKS:
        return True
    word = _word_before(before, len(before))
    return word is not None and word[1].lower() in _BOUNDARY_WORDS


_ARTICLES_ETC = words("ARTICLES")
# Participles a description may hold: "the retired general", "an unnamed official".
_ED_ADJECTIVES = words("ADJECTIVAL_PARTICIPLES")


def _np_ok(np: str) -> bool:
    """Whether ``np`` (a run of words) is a source: a pronoun, a name, a description
    ending in a noun, a bare plural, a share of a poll's respondents."""
    if _NP_PRONOUN.fullmatch(np):
        return True
    words = np.split()
    if not words or any(ch in np for ch in ',;:“”"()?!—–―') or " -- " in f" {np} ":
        return False
    if any(w.lower().endswith(("n't", "n’t")) for w in words) or words[0].lower() in _VERB_KIND:
        return False
    if len(words) == 1 and words[0][:1].isupper() and words[0].lower().endswith(("ed", "ing")):
        return False  # "Chastened", "Having": a participle opening the sentence
    # The last word as written: "May" ends a name, "may" is a verb.
    first, last = words[0].lower(), words[-1].strip(".")
    if last.endswith(("’s", "'s", "’", "'")) or last in _NOT_HEAD or first in _OPENERS - _ARTICLES_ETC:
        return False
    inner = [w.lower() for w in words[1:]]
    if any(w in _INSIDE_NOT or w in _AUX_WORDS or w in _VERB_KIND and w not in _AMBIGUOUS for w in inner[:-1]):
        return False
    if _NP_QUANTITY.fullmatch(np) or _NP_PLURAL.fullmatch(np):
        return True
    if _NP_NAME.fullmatch(np):
        return _subject_ok(np)
    if _NP_ROLE_NAME.fullmatch(np) and np.split()[-1][:1].isupper() and not set(inner) & _NOT_BEFORE_NAME:
        return _subject_ok(" ".join(w for w in words if w[:1].isupper()))
    if _NP_DESCRIPTION.fullmatch(np):
        # A description ends in a noun, and holds no verb: "the bank", "Clinton’s team",
        # not "the Rev. Al Sharpton began taking".
        verbish = [w for w in inner if w.endswith("ed") and w not in _ED_ADJECTIVES or w.endswith("ing")]
        return not verbish and not _LY.fullmatch(last) and len(words) <= 8 and last not in _VERB_KIND
    return False


def _plural(np: str) -> bool | None:
    """Whether a source takes a plural verb ("experts say"), a singular one ("Clinton
    says"), or None when its form does not tell ("73 percent")."""
    low = np.lower()
    if low in {"they", "we", "i", "you"}:
        return True
    if low in {"he", "she", "it"}:
        return False
    words = low.split()
    if " and " in f" {low} " or _NP_PLURAL.fullmatch(np):
        return True
    if "percent" in words or "%" in low or words[0] in {"most", "many", "some", "all", "half", "few"}:
        return None
    if np.split()[-1][:1].isupper():
        return False  # a name
    last = words[-1]
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


# A modal or "to" before a cue allows its base form after any source ("would call").
_MODALS = words("MODALS")
_NOT_THIRD_PERSON = words("NOT_THIRD_PERSON")
# The irregular pasts of cues: a past agrees with any subject.
_IRREGULAR_PAST = frozenset(
    f
    for kind in ("claim", "stance", "blame")
    for v in EN.verbs
    if kind in v.roles
    for f in (v.forms.past, v.forms.participle)
    if not f.endswith("ed")
)


def _agrees(verb: str, source: str, between: list[str]) -> bool:
    """Whether ``verb`` can be the finite verb of ``source``: a base form ("say") after
    a plural, a modal or "to"; an -s form ("says") after a singular. A noun that looks
    like a cue fails: "Clinton’s tax plan", "The New York state attorney general"."""
    if verb.endswith(("ed", "ing")) or verb in _IRREGULAR_PAST:
        return True
    if any(w.lower() in _MODALS for phrase in between for w in phrase.split()):
        return True
    plural = _plural(source)
    if plural is None:
        return True
    third_person = verb.endswith("s") and verb not in _NOT_THIRD_PERSON
    return plural != third_person


def _np_ending_at(s: str, end: int) -> tuple[int, int] | None:
    """The longest source ending at ``end`` that starts at a boundary; or a name (or a
    bare plural) after a lower-case word that does not begin a phrase holding it ("the
    third time AROS said", "the $20 million experts say it costs")."""
    lo = max(0, end - 120)
    loose = None
    for m in _WORD_STARTS.finditer(s, lo, end):
        start = m.start()
        np = s[start:end]
        if np[:1] in "“‘\"'(" or not _np_ok(np):
            continue
        if _at_boundary(s, start):
            return start, end
        word = _word_before(s, start)
        if loose is None and word is not None and (_NP_NAME.fullmatch(np) or _NP_PLURAL.fullmatch(np)):
            w = word[1]
            if w[:1].islower() and w not in _NOT_BEFORE_NAME and not np.lower().startswith("the "):
                loose = (start, end)
    return loose


def _np_starting_at(s: str, start: int) -> tuple[int, int] | None:
    """A source written after its cue ("..., said Brian Baker, a longtime adviser."),
    up to the next comma or the sentence's end."""
    m = _NP_AFTER.match(s, start)
    if m is None:
        return None
    np = m.group("np")
    while np and not _np_ok(np):
        cut = np.rfind(" ")
        if cut < 0:
            return None
        np = np[:cut]
    if not np:
        return None
    return m.start("np"), m.start("np") + len(np)


_NP_AFTER = re.compile(
    r"\s+(?P<np>(?:[^,;:.!?()“”\"]|(?<=\b[A-Z])\.|(?<=\b(?:Mr|Ms|Dr|Jr|Sr|St|Lt))\.|(?<=\bMrs)\.|"
    r"(?<=\b(?:Sen|Rep|Gov|Gen|Col))\.)+?)\s*(?:[,;:!?(]|\.(?!\w)|$)"
)
_TIME_AFTER = re.compile(
    r"(?:\s+(?:on|in|at|during|last|this|earlier|late|early|late\s+on|over\s+the)\s+(?:an?\s+|the\s+)?[\w’'-]+"
    r"(?:\s+[\w’'-]+){0,3}?(?=\s*[,.;:!?]|\s*$)"
    rf"|\s+(?:on\s+)?(?:{alternation(capitalised(words('WEEKDAYS')) | words('RELATIVE_DAYS'))})"
    rf"(?:\s+{pattern('PARTS_OF_DAY')})?)"
)
_HEARER_AFTER = re.compile(
    rf"\s+(?:{pattern('HEARERS')}|the\s+press|him|her|them|us|me|"
    rf"(?:an?|the|his|her|their)\s+[\w’'-]+(?:\s+[\w’'-]+){{0,3}}?|{_CAP}(?:\s+{_CAP}){{0,4}})(?=[\s,.;:]|$)"
)
_THAT = re.compile(r"\s*[,:]?\s*(?:that\s+)?")
_PARTICLES_AFTER = re.compile(rf"\s+{pattern('CUE_PARTICLES')}\b")
_COLON_SOURCE = re.compile(rf"^[\s{_QUOTE_MARKS}]*(?P<subject>{_CAP}(?:\s+{_CAP}){{0,2}})\s*:\s+(?=\S)")
_NOT_COLON_SOURCES = words("LINE_LABELS")


def _quote_inside(quotes: list[tuple[int, int]], at: int) -> bool:
    return any(a <= at < b for a, b in quotes)


@dataclass(frozen=True)
class _Cue:
    """One cue verb in a sentence, and what stands just before it."""

    verb: str
    start: int
    end: int  # a particle included: "called for", "pointed to"
    at: int  # where the words between source and cue ("has", "also") begin
    between: tuple[str, ...]


def _cue(s: str, m: re.Match[str]) -> _Cue:
    verb = m.group("verb").lower()
    end = m.end()
    particle = _PARTICLES_AFTER.match(s, end)
    if particle and verb[:4] in {"call", "poin"}:
        end = particle.end()
    at, between = m.start(), []
    while True:
        w = _word_before(s, at)
        chain = _CATENATIVE.search(s, 0, at)
        clitic = _CLITIC.fullmatch(w[1]) if w is not None else None
        if w is not None and (w[1] in _AUX_WORDS or _LY.fullmatch(w[1]) or w[1].lower().endswith(("n't", "n’t"))):
            between.append(w[1])
            at = w[0]
        elif chain is not None:
            # "continues to insist", "began by saying", "appeared to blame": the source
            # is the subject of the verb the cue depends on.
            between.append(chain.group(0).strip())
            at = chain.start() + 1
        elif w is not None and clitic is not None:
            between.append(clitic.group(2))  # "He’s claiming"
            at = w[0] + len(clitic.group(1))
            break
        elif time := _TIME_BEFORE.search(s, 0, at):
            between.append(time.group(0).strip())
            at = time.start()
        else:
            break
    return _Cue(verb, m.start(), end, at, tuple(between))


_CATENATIVE = re.compile(
    rf"\s{verb_pattern('catenative', ('base', 'third', 'past'))}"
    r"(?:\s+(?:to|by|off\s+by|on\s+to|to\s+tire\s+of))\s*$"
)
_CLITIC = re.compile(r"(he|she|it|they|we|you|i)([’'](?:s|re|ve|d|ll))", re.IGNORECASE)
_TIME_BEFORE = re.compile(
    r"\s(?:in|on|last|this|earlier|late|early)\s+(?:\d{4}|week|month|year|[A-Z][a-z]+(?:\s+\d{4})?)\s*$"
)
_BY = re.compile(r"\s+by\s")
_BE = words("BE")
# Nouns that are also cue verbs: a cue only before what can open its content
# ("plans to", "claims that", "states the"), not before a noun ("Some state officials").
_AMBIGUOUS = verb_forms("noun", ("base", "third"))
_OPENS_CONTENT = words("OPENS_CONTENT")


def _passive(cue: _Cue) -> bool:
    """``was accused``, ``has been criticized``, ``is considered``: the subject is not the source."""
    participle = cue.verb.endswith("ed") or cue.verb in _IRREGULAR_PAST
    return participle and any(w.lower() in _BE for w in cue.between)


def _noun_like(s: str, cue: _Cue) -> bool:
    """Whether an ambiguous form ("state", "plans") is used as a noun here."""
    if cue.verb not in _AMBIGUOUS:
        return False
    after = s[cue.end :].lstrip()
    if not after or after[0] in ",.;:!?“\"‘'—–―(":
        return False
    word = after.split()[0].strip(",.;:")
    return not (word.lower() in _OPENS_CONTENT or word[:1].isupper())


def _source_of(s: str, cue: _Cue, previous: list[tuple[int, int]]) -> tuple[tuple[int, int] | None, bool]:
    """The source of ``cue`` in ``s`` (or None), and whether it is written after the cue."""
    # "is saying", "He’s claiming", "began by saying": a finite clause, not a participle.
    progressive = any(
        w.lower() in {"is", "are", "was", "were", "been", "be", "’s", "'s", "’re", "'re"} or " " in w
        for w in cue.between
    )
    before = s[: cue.at].rstrip()
    word = _word_before(s, len(before))
    last = word[1].lower() if word is not None and word[0] + len(word[1]) == len(before) else ""
    if cue.verb.endswith("ing") and not progressive or last in {"and", "but", "or"}:
        # ", adding that ...", "... and said ...": the subject of the clause before.
        if cue.verb.endswith("ing") and not progressive and not before.endswith(","):
            return None, False
        earlier = [p for p in previous if p[1] <= cue.at]
        return (earlier[-1] if earlier else _sentence_subject(s)), False
    if last == "who" and word is not None:
        return _np_before_apposition(s, len(s[: word[0]].rstrip().rstrip(",")) + 1), False
    if before.endswith(")"):
        opened = before.rfind("(", max(0, len(before) - 60))
        return (_np_ending_at(s, len(s[:opened].rstrip())) if opened > 0 else None), False
    if before.endswith(","):
        source = _np_before_apposition(s, len(before) - 1)
        if source is None and cue.verb in _INVERTING and not cue.between:
            return _np_starting_at(s, cue.end), True
        return source, False
    if before[-1:] in '”"’' and cue.verb in _INVERTING and not cue.between:
        return _np_starting_at(s, cue.end), True
    return _np_ending_at(s, len(before)), False


def _in_sentence(
    text: str,
    sentence: Sentence,
    quotes: list[tuple[int, int]],
    sources: list[tuple[int, int]],
    known: list[tuple[int, int]] = [],  # noqa: B006 (read only)
) -> list[_Found]:
    """Every attribution the patterns find in one sentence, offsets in the article.

    ``quotes`` are the spans (marks included) of the quotes in the sentence, where no
    cue is looked for; ``sources`` the sources of the sentence's quotes, for a cue
    that shares one (``"...," he said, adding that ...``); ``known`` the cues of its
    quotes' reporting clauses, not looked at again."""
    s = sentence.text
    base = sentence.start
    local_quotes = [(a - base, b - base) for a, b in quotes]
    found: list[_Found] = []
    previous: list[tuple[int, int]] = sorted((a - base, b - base) for a, b in sources)

    def add(
        kind: CandidateKind, source: tuple[int, int], cue: tuple[int, int], contents: list[tuple[int, int]]
    ) -> None:
        trimmed = [t for a, b in contents if (t := _trim(text, base + a, base + b)) is not None]
        if not trimmed:
            return
        start, end = source
        # "said John Roe." : the sentence's full stop is not part of the name (an initial's is).
        if s[end - 1 : end] == "." and not re.search(r"\b[A-Z][a-z]?\.$", s[start:end]):
            end -= 1
        found.append(_Found(kind, (base + start, base + end), (base + cue[0], base + cue[1]), tuple(trimmed)))
        previous.append((start, end))

    for m in _ACCORDING.finditer(s):
        if not _quote_inside(local_quotes, m.start()) and _subject_ok(m.group("subject")):
            # The content is the sentence without the "according to X" clause.
            add("according_to", m.span("subject"), m.span("cue"), [(0, m.start()), (m.end(), len(s))])
    colon = _COLON_SOURCE.match(s)
    if colon and colon.group("subject").lower() not in _NOT_COLON_SOURCES and _subject_ok(colon.group("subject")):
        if len(s[colon.end() :].split()) >= 3:
            mark = (colon.end("subject"), colon.end("subject") + 1)
            add("indirect", colon.span("subject"), mark, [(colon.end(), len(s))])
    for m in _CUE_RE.finditer(s):
        if _quote_inside(local_quotes, m.start()) or any(a <= base + m.start() < b for a, b in known):
            continue
        cue = _cue(s, m)
        if _passive(cue):
            # "is supported by far fewer publications": the source follows "by".
            by = _BY.match(s, cue.end)
            agent = _np_starting_at(s, by.end() - 1) if by else None
            if agent is not None and cue.at > 0:
                add(_VERB_KIND[cue.verb], agent, (cue.start, cue.end), [(0, len(s[: cue.at].rstrip()))])
            continue
        if _noun_like(s, cue):
            continue
        source, after = _source_of(s, cue, previous)
        if source is None or cue.start <= source[0] < cue.end:
            continue
        if not after and not _agrees(cue.verb, s[source[0] : source[1]], list(cue.between)):
            continue
        content = (0, len(s[: cue.at].rstrip()) - 1) if after else _content(s, cue.verb, source, cue.end)
        add(_VERB_KIND[cue.verb], source, (cue.start, cue.end), [content])
    return found


def _content(s: str, verb: str, source: tuple[int, int], cue_end: int) -> tuple[int, int]:
    """What a cue's source claims: the rest of the sentence after the cue (its hearer,
    a time and "that" left out), or, when the cue ends the clause ("..., officials said
    on Friday."), the sentence before the source."""
    at = cue_end
    if verb in _HEARER_VERBS and (hearer := _HEARER_AFTER.match(s, at)):
        at = hearer.end()
    if tail := _TIME_AFTER.match(s, at):
        at = tail.end()
    rest = s[at:]
    if not rest.strip(_EDGE) or rest.lstrip()[:1] in ",;" and source[0] > 0:
        start = 0
        end = source[0]
        if len(s[start:end].split()) >= 3:
            return (start, end)
    if that := _THAT.match(s, at):
        at = that.end()
    return (at, len(s))


def _np_before_apposition(s: str, comma: int) -> tuple[int, int] | None:
    """The source before the appositions that end at ``comma``: "Richard Revesz,
    director of the institute," -> "Richard Revesz"; "Donna Rawlings, 59, of Ashton,
    Md., who watched it," -> "Donna Rawlings" (the first source of the chain)."""
    at, best = comma, None
    for _ in range(5):
        earlier = s.rfind(",", max(0, comma - 250), at)
        if earlier < 0:
            break
        np = _np_ending_at(s, len(s[:earlier].rstrip()))
        if np is not None:
            best = np
        at = earlier
    return best


def _sentence_subject(s: str) -> tuple[int, int] | None:
    """The source opening a sentence, when one does: the longest run of words from its
    start that is a source and is followed by a lower-case word."""
    m = re.match(rf"[\s{_QUOTE_MARKS}]*", s)
    start = m.end() if m else 0
    opener = re.match(r"(?:But|And|So|Still|Yet|Now|Meanwhile|However|Also|Then)\s+", s[start:])
    if opener:
        start += opener.end()
    best = None
    for end_m in re.finditer(r"(?<=[\w.’'])(?=\s+[a-z])", s[start : start + 100]):
        np = s[start : start + end_m.start()]
        if _np_ok(np):
            best = (start, start + end_m.start())
            break
    return best


def _subject_ok(subject: str) -> bool:
    words = subject.split()
    if not words or words[0].lower() in _NOT_SOURCES and len(words) == 1:
        return False
    if _NP_PRONOUN.fullmatch(subject):
        return True
    if words[0].lower() in {"this", "that", "these", "those", "there", "here", "if", "when", "while", "but", "and"}:
        return False
    # A run of capitals that is a calendar word or a demonym names nobody ("On Monday",
    # "Iraqi"); "the Republican" does, and so does a name ending like one ("Palmieri").
    capitals = [w for w in words if w[:1].isupper() and w.lower() not in {"the", "a", "an"}]
    if words[0].lower() == "the" and len(capitals) == 1 and not _CALENDAR.intersection(w.lower() for w in capitals):
        return True
    return not capitals or not all(w.lower() in _CALENDAR or _demonym(w) for w in capitals)


def _demonym(word: str) -> bool:
    """A word that only qualifies a name: "Iraqi", "US-led", "British"."""
    return bool(_HYPHEN_ADJECTIVE.search(word)) or word.lower() in _DEMONYMS


def _quote_candidates(article: PreparedArticle, attributions: list[ClauseAttribution]) -> list[_Found]:
    """The quotes whose reporting clause names a source (a pronoun, resolved or not).
    A quote that continues one of them (``"...," he said. "It moves the problem."``) is
    more of its content, as the reporter wrote it: one attribution over both."""
    out: list[_Found] = []
    by_speaker: dict[str, int] = {}
    for quote, a in zip(article.quotes, attributions, strict=True):
        contents = ((quote.start, quote.end),)
        dash = _DASH_SOURCE.match(article.text, quote.close_mark + 1)
        if a.mention is not None and a.cue is None and dash is not None and a.mention == dash.span("subject"):
            a = replace(a, cue=dash.span("cue"))  # "“...” ― Carla Sanchez": the dash is the cue
        if a.mention is not None and a.cue is not None:
            if a.speaker is not None:
                by_speaker[a.speaker.name] = len(out)
            out.append(_Found("quote", a.mention, a.cue, contents, quote.id))
        elif a.mention is None and dash is not None and _subject_ok(dash.group("subject")):
            # "“...” ― Carla Sanchez": a name after a dash ends the quote's paragraph.
            out.append(_Found("quote", dash.span("subject"), dash.span("cue"), contents, quote.id))
        elif a.continued and a.speaker is not None and (first := by_speaker.get(a.speaker.name)) is not None:
            out[first] = replace(out[first], contents=out[first].contents + contents)
    return out


_DASH_SOURCE = re.compile(
    rf"[^\S\n]*(?P<cue>[―—–])[^\S\n]*(?P<subject>{_CAP}(?:[^\S\n]+{_CAP}){{1,3}})\.?[^\S\n]*(?=\n|$)"
)


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


# Plural-looking heads that are titles of one person ("Chief of Staff", "Secretary of ...").
_TITLE_PLURALS = words("TITLE_PLURALS")


def _named(text: str, subject: str) -> NamedSpeaker | None:
    """The speaker a source names: a name in its fullest form, or a description as written."""
    if subject[:4].lower() == "the " and subject[4:5].isupper() and _NP_NAME.fullmatch(subject):
        subject = subject[4:]  # "the Pentagon"
    head, of, _ = subject.partition(" of ")
    if of and head.split()[-1].lower().endswith("s") and head.split()[-1].lower() not in _TITLE_PLURALS:
        # "Residents of Millford", "Members of Congress": people described by a place or
        # a body, not the place or the body: as written.
        return NamedSpeaker(name=subject, role=None) if _subject_ok(subject) else None
    speaker = canonical_speaker(text, subject)
    if speaker is None and _subject_ok(subject) and (not _NP_NAME.fullmatch(subject) or len(subject.split()) > 1):
        # "the bank", "73 percent", "experts"; a name the name list does not know
        # ("Prime Minister Theresa May", whose last word is a month): as written.
        speaker = NamedSpeaker(name=subject, role=None)
    return speaker


_Spans = dict[str, list[tuple[int, int]]]


def _by_sentence(article: PreparedArticle, quoted: list[_Found]) -> tuple[_Spans, _Spans, _Spans, _Spans]:
    """By sentence ID (found by position, not by search): the quote candidates' contents,
    cues and sources, and every quote's marks. A sentence is checked against its own."""
    quotes_in: _Spans = {}
    cues_in: _Spans = {}
    sources_in: _Spans = {}
    marks_in: _Spans = {}
    for q in quoted:
        for content in q.contents:
            for sid in _sentence_ids(article, [content]):
                quotes_in.setdefault(sid, []).append(content)
        for sid in _sentence_ids(article, [q.contents[0]]):
            cues_in.setdefault(sid, []).append(q.cue)
            sources_in.setdefault(sid, []).append(q.source)
    for quote in article.quotes:
        for sid in _sentence_ids(article, [(quote.open_mark, quote.close_mark + 1)]):
            marks_in.setdefault(sid, []).append((quote.open_mark, quote.close_mark + 1))
    return quotes_in, cues_in, sources_in, marks_in


def attribution_candidates(
    article: PreparedArticle, attributions: list[ClauseAttribution]
) -> list[AttributionCandidate]:
    """The article's attribution candidates, in order, numbered A1, A2, ...

    ``attributions`` are the quotes' reporting clauses (``attribution.attribute``, one
    per quote, pronouns resolved or not). A direct quote with a clause is a candidate
    of kind "quote", and so is a quote that continues it; an indirect one whose content
    a quote already covers is not listed twice. A source that is a pronoun the text does
    not resolve keeps the pronoun as its mention and has no speaker: abstaining beats
    guessing. A source that names nobody makes no candidate."""
    text = article.text
    quoted = _quote_candidates(article, attributions)
    found: list[_Found] = list(quoted)
    quotes_in, cues_in, sources_in, marks_in = _by_sentence(article, quoted)
    for sentence in article.sentences:
        inside = marks_in.get(sentence.id, [])
        known = cues_in.get(sentence.id, [])
        for f in _in_sentence(text, sentence, inside, sources_in.get(sentence.id, []), list(known)):
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
        if _NP_PRONOUN.fullmatch(subject):
            clauses.append(ClauseAttribution(str(i), f.source, f.cue, None, pronoun=True))
        else:
            clauses.append(ClauseAttribution(str(i), f.source, f.cue, _named(text, subject)))
    resolved = resolve_pronouns(article, clauses)

    out: list[AttributionCandidate] = []
    for f, clause in zip(found, resolved, strict=True):
        if clause.speaker is None and not clause.pronoun:
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

_CALENDAR = words("WEEKDAYS") | words("MONTHS")
# A hyphenated adjective: "US-led", "Iran-backed", "Japanese-built".
_HYPHEN_ADJECTIVE = re.compile(rf"-{pattern('ADJECTIVE_SUFFIXES')}$")
# Demonym endings: "Iraqi", "American", "Japanese", "British", "Israeli".
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ican|ean|ian|ese|ish)$")
_DEMONYMS = words("DEMONYMS")
# What a name may be followed by without being an adjective: verbs and function words.
_AFTER_NAME = words("AFTER_NAMES")
_VERBS_AFTER = words("FINITE_AFTER_NAMES")
_PLACE_PREPOSITIONS = re.compile(
    rf"\b(?:{pattern('PLACE_WORDS')}|{pattern('COMPASS')}(?:ern)?\s+of|city\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ORG_WORDS = words("ORGANISATION_WORDS")


def _adjective(word: str) -> bool:
    return _demonym(word) or bool(_DEMONYM.match(word))


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
_FUNCTION_WORDS = words("UNSUPPORTED_OK")
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
