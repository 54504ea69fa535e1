"""One speaker list per summary: canonical names, pronouns resolved, the IDs quotes
and claims point to.

A speaker is listed once however the article names them: "Esper" and "Defense
Secretary Mark Esper" are one entry, "Mark Esper" with the role "Defense Secretary".
A pronoun in a reporting clause ("he said") is resolved to the speaker the text
settles (see ``resolve_pronouns``); where it settles none, the quote keeps the pronoun
as its mention and is flagged ``unresolved_pronoun``. A quote with no clause of its own
may continue the speaker just named (see ``continue_quotes``). Nothing here calls a model.
"""

from __future__ import annotations

import bisect
import collections
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from ..models import Span, Speaker
from .article import PreparedArticle, QuoteCandidate
from .attribution import ClauseAttribution, clause_subjects, has_clause_after, sentence_subjects
from .grammar import (
    AMBIGUOUS,
    APPOSITION,
    CUE_RE,
    NAME,
    PREPOSITIONS,
    QUANTIFIERS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    ROLE_WORDS,
    TITLE_WORD,
    alternation,
    first_filtered,
    lemma_forms,
    pattern,
    words,
)
from .names import (
    NamedSpeaker,
    PersonMention,
    canonical_speaker,
    descriptions,
    gender_of,
    gendered_word,
    is_description,
    is_organisation,
    is_person,
    may_be_person,
    person_mentions,
)

_PERSONAL = words("GENDERED_PRONOUNS")
_WRITINGS = words("WRITINGS")
# Words that open a sentence, never a name there.
_OPENERS = words("OPENERS") | words("MORE_OPENERS") | PREPOSITIONS | QUANTIFIERS
# How far back a pronoun looks for its speaker: its own paragraph and the one before.
_PARAGRAPHS_BACK = 2


Kind = Literal["person", "organisation", "description"]


@dataclass
class _Entry:
    name: str
    role: str | None
    kind: Kind
    mentions: dict[tuple[int, int], None] = field(default_factory=dict)


class SpeakerList:
    """Collects speakers as quotes and claims are resolved, then numbers them P1, P2,
    ... in order of first mention."""

    def __init__(self, article: PreparedArticle) -> None:
        self._text = article.text
        self._entries: dict[str, _Entry] = {}

    def add(self, speaker: NamedSpeaker, mention: tuple[int, int] | None) -> str:
        """Register ``speaker`` (named at ``mention``, if known) and return its key."""
        key = speaker.name.casefold()
        entry = self._entries.get(key)
        if entry is None:
            kind: Kind = (
                "description"
                # "officials", "the bank": a description; a name starts with a capital.
                if is_description(speaker.name) or not speaker.name[:1].isupper()
                else "organisation"
                if is_organisation(self._text, speaker)
                else "person"
            )
            entry = self._entries[key] = _Entry(speaker.name, speaker.role, kind)
        elif speaker.role and (not entry.role or len(speaker.role) > len(entry.role)):
            entry.role = speaker.role
        if mention is not None:
            entry.mentions[mention] = None
        return key

    def add_name(self, name: str, mention: tuple[int, int] | None) -> str | None:
        """Register a source as the article writes it ("Pentagon", "Esper"), or None
        when it names nobody."""
        speaker = canonical_speaker(self._text, name)
        return None if speaker is None else self.add(speaker, mention)

    def finish(self) -> tuple[list[Speaker], dict[str, str]]:
        """The public speaker list and a map from key to ID."""

        def first(entry: _Entry) -> int:
            return min((m[0] for m in entry.mentions), default=len(self._text))

        ordered = sorted(self._entries.items(), key=lambda kv: first(kv[1]))
        ids = {key: f"P{n}" for n, (key, _) in enumerate(ordered, start=1)}
        speakers = [
            Speaker(
                id=ids[key],
                name=entry.name,
                role=entry.role,
                kind=entry.kind,
                mentions=[Span(text=self._text[a:b], start=a, end=b) for a, b in sorted(entry.mentions)],
            )
            for key, entry in ordered
        ]
        return speakers, ids


def _paragraph_starts(text: str, start: int, end: int) -> list[int]:
    breaks = re.finditer(r"\n[ \t]*(?:\r?\n[ \t]*)+", text[start:end])
    return [start] + [start + m.end() for m in breaks]


_MALE_PRONOUNS = re.compile(rf"\b{pattern('MALE_PRONOUNS', initial_case=True)}\b")
_FEMALE_PRONOUNS = first_filtered(re.compile(rf"\b{pattern('FEMALE_PRONOUNS', initial_case=True)}\b"))
# How far back the subject of the previous reporting clause may be for a pronoun.
_CLAUSE_PARAGRAPHS_BACK = 4
_NONBLANK = re.compile(r"\S")
_COORDINATED = first_filtered(re.compile(r"\s*,?\s*(?:and|or|nor|&)\s"))
_CAPITALISED = first_filtered(re.compile(r"(?<![\w’'.-])(?!(?:I|I’m|I'm)\b)[A-Z][\w’'.-]*"))
_SUBJECTS_ONLY = True
# The longest reporting clause that may end a paragraph handing its speaker on.
_CLAUSE_TAIL = 120
# A title or role word ("Mr.", "spokeswoman") counts as this many sentences of pronouns.
_TITLE_WEIGHT = 3


def _key(speaker: NamedSpeaker) -> str:
    return speaker.name.casefold()


def _outside_quotes(article: PreparedArticle, start: int, end: int) -> str:
    """``text[start:end]`` with quoted passages blanked: pronouns there are the speaker's own."""
    text = article.text
    quotes = article.quotes
    # Quotes are in order and do not overlap: only those from the last one opening
    # before ``start`` can reach into the span.
    q = max(0, bisect.bisect_right(quotes, start, key=lambda quote: quote.open_mark) - 1)
    pieces = []
    at = start
    while q < len(quotes) and quotes[q].open_mark < end:
        lo, hi = max(at, quotes[q].open_mark), min(end, quotes[q].close_mark + 1)
        if hi > lo:
            pieces += [text[at:lo], " " * (hi - lo)]
            at = hi
        q += 1
    pieces.append(text[at:end])
    return "".join(pieces)


def _genders(
    article: PreparedArticle, persons: list[PersonMention], subjects: list[tuple[int, int, NamedSpeaker]]
) -> dict[str, str | None]:
    """Each person's gender, where the text says it: a title or role word ("Mr.", "Ms.",
    "spokeswoman"), or the pronouns of the sentences that name no one else ("Warren said
    her plan ..."). Such a sentence is weak evidence (its "her" may be someone the text
    does not name: "Trump's response came in her own tweets"), so the pronouns decide by
    a clear majority, and a title outweighs them; evidence as strong both ways leaves it
    unknown."""
    votes: dict[str, collections.Counter[str]] = {}
    for p in persons:
        counter = votes.setdefault(_key(p.speaker), collections.Counter())
        if p.gender:
            counter[p.gender] += _TITLE_WEIGHT
    starts = [p.start for p in persons]
    surnames = {p.speaker.name.split()[-1] for p in persons} | {s.name.split()[-1] for _, _, s in subjects}
    for sentence in article.body_sentences:
        lo = bisect.bisect_left(starts, sentence.start)
        hi = bisect.bisect_left(starts, sentence.end)
        named = {_key(p.speaker) for p in persons[lo:hi]}
        if len(named) != 1:
            continue
        rest = _outside_quotes(article, persons[lo].end, sentence.end)
        # A one-word name ("Clinton") is no person mention, yet may own the pronoun: the
        # family name of anyone else the article names leaves the sentence out.
        others = surnames - set(persons[lo].speaker.name.split())
        words = _CAPITALISED.findall(_outside_quotes(article, sentence.start, sentence.end))
        if any(w.removesuffix("’s").removesuffix("'s") in others for w in words):
            continue
        male, female = _own_pronoun(_MALE_PRONOUNS, rest), _own_pronoun(_FEMALE_PRONOUNS, rest)
        if bool(male) != bool(female):
            # "Her coach, Edrick Fontaine, said she would be back": a pronoun of that
            # gender before the name is someone else's, and so may the one after it be.
            head = _outside_quotes(article, sentence.start, persons[lo].start)
            if (_MALE_PRONOUNS if male else _FEMALE_PRONOUNS).search(head):
                continue
            votes[named.pop()]["m" if male else "f"] += 1
    out: dict[str, str | None] = {}
    for key, counter in votes.items():
        m, f = counter["m"], counter["f"]
        out[key] = "m" if m > 2 * f else "f" if f > 2 * m else None
    return out


# An object pronoun is someone else's: "Penny Wong backed him" says nothing of Wong.
_OBJECT_PRONOUN = re.compile(
    rf"[Hh]im|[Hh]er(?=\s*(?:[^\w\s]|$|(?:{alternation(PREPOSITIONS | {'that', 'the', 'a', 'an'})})\b))"
)


def _own_pronoun(pronouns: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` uses one of ``pronouns`` as a subject or a possessive (not "him",
    nor "her" as an object: "thanked her for", "backed her.")."""
    for m in pronouns.finditer(text):
        found = _OBJECT_PRONOUN.match(text, m.start())
        if found is None or found.end() != m.end():
            return True
    return False


def _name_like(text: str, name: str) -> bool:
    """Whether a capitalised name's first word may be a name: not a word ``text`` writes
    in lower case ("some", "otherwise", "behind"), unless it also writes it with its capital
    inside a sentence ("Price", "Will")."""
    first = name.split()[0].removesuffix("’s").removesuffix("'s") if name.split() else ""
    if not first[:1].isupper():
        return True
    if first.lower() in _OPENERS:
        return False
    inside, lower = _word_uses(text)
    if name == first and first.endswith("ly") and first not in inside:
        return False  # "Recently, he said": an adverb opening its sentence, never inside one
    return first in inside or first.lower() not in lower


def _named_inside(text: str, word: str) -> bool:
    """Whether ``word`` is a name: written with its capital inside a sentence somewhere,
    or never written in lower case and no plural ("Cruz", not "Delegates" nor "Ships")."""
    inside, lower = _word_uses(text)
    return word in inside or (not word.endswith("s") and word.lower() not in lower)


_INSIDE_WORD = re.compile(r"(?<=[^\s.!?\"“”])\s+([\w’'-]+)")
_WORD = re.compile(r"[\w’'-]+")
_JOINT = re.compile(r"[’'-]")


def _prefixes(token: str) -> list[str]:
    """A token and its beginnings before an apostrophe or a hyphen ("Cruz's": "Cruz")."""
    if "-" not in token and "'" not in token and "’" not in token:
        return [token]  # most words: spare the search
    return [token] + [token[: m.start()] for m in _JOINT.finditer(token)]


@lru_cache(maxsize=4)
def _word_uses(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words ``text`` writes after another word inside a sentence, and all its words
    in lower case: found in one pass, not searched for name by name."""
    # Each distinct word once: most words are written more than once, and most have no
    # joint (their only prefix is themselves).
    inside = set(_INSIDE_WORD.findall(text))
    lower = {w for w in set(_WORD.findall(text)) if w.islower()}
    for found in (inside, lower):
        found.update(p for w in [w for w in found if _JOINT.search(w)] for p in _prefixes(w))
    return frozenset(inside), frozenset(lower)


@dataclass(frozen=True)
class _Candidate:
    at: int
    speaker: NamedSpeaker
    person: bool
    clause: bool  # named as the subject of a reporting clause


def _compatible(pronoun: str, candidate: _Candidate, genders: dict[str, str | None]) -> bool:
    if pronoun in _PERSONAL:
        if not candidate.person:
            return False
        gender = genders.get(_key(candidate.speaker))
        return gender is None or gender == ("m" if pronoun == "he" else "f")
    if candidate.person:
        return False
    head = candidate.speaker.name.split()[-1].lower()
    plural = head.endswith(("s", "people", "police", "men"))
    if pronoun == "they" and head in _WRITINGS:
        return False  # "The statement noted they had ... "...," they said": not the statement
    # "they" also stands for an organisation ("the campaign ... they said"); "it" never
    # for a plural description ("two officials").
    return pronoun == "they" or not plural


# Titles before a name opening a sentence: "Mr Tice agreed." opens with its subject.
_TITLES_ONLY = first_filtered(re.compile(rf"(?:(?:{TITLE_WORD})\.?\s+)+"))


def _opens(article: PreparedArticle, at: int, opening: set[int]) -> bool:
    """Whether a person named at ``at`` opens its sentence, titles aside, or opens what
    follows a quote that ends with its own stop, in the same sentence span as it ("Mr
    Dutton said: "We will scrap the tax." Jim Chalmers hit back.")."""
    if at in opening:
        return True
    sentence = article.sentence_at(at)
    if sentence is None:
        return False
    text = article.text
    if _TITLES_ONLY.fullmatch(text, sentence.start, at) is not None or _role_before(text, sentence.start, at):
        return True
    if _DESCRIBED_OPENING.fullmatch(text, sentence.start, at) and _NAME_COMMA.match(text, at):
        # "Her business partner, Alan Moir, remembers ...": the name in apposition to the
        # description opening the sentence is its subject.
        return True
    stops = list(_AFTER_STOPPED_QUOTE.finditer(text, max(sentence.start, at - _REACH_BACK), at))
    if not stops:
        return False
    stop = stops[-1]
    if stop.end() == at or _TITLES_ONLY.fullmatch(text, stop.end(), at) is not None:
        return True
    return _role_before(text, stop.end(), at)


# A description opening a sentence, a comma before the name: "Her business partner, ",
# "Its chief executive, ", "The city's public works director, ".
_DESCRIBED_OPENING = re.compile(
    r"(?:His|Her|Their|Its|The|A|An|[A-Z][\w’'-]*['’]s?)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*,\s+"
)
_NAME_COMMA = re.compile(rf"{NAME},")


def _role_before(text: str, start: int, at: int) -> bool:
    """Whether ``text[start:at]`` is a role of at most three words, capitalised first,
    before a name ("Opposition leader Judith Collins disagreed.", "Union rep Karen Mills
    welcomed ...")."""
    if at - start > _REACH_BACK:
        return False
    role = text[start:at].split()
    return 0 < len(role) <= 3 and role[0][:1].isupper() and role[-1].lower() in ROLE_NOUNS


# A quote closed after its own full stop, and the space after it.
_AFTER_STOPPED_QUOTE = re.compile(r"[.!?…][\"”’']\s+")
_REACH_BACK = 40


def resolve_pronouns(article: PreparedArticle, attributions: list[ClauseAttribution]) -> list[ClauseAttribution]:
    """Attributions with each pronoun speaker resolved where the text settles it; the
    others unchanged.

    Candidates are the people the article names outside quotes, the speakers of its
    reporting clauses, the named subjects opening its sentences and its descriptive
    sources ("two US officials"). "he"/"she" take a person whose gender, where the text
    gives it (a title, a role word, a common given name, a clear majority of the
    pronouns used for them), agrees; "they"/"it" a description or an organisation ("it"
    not a plural). The subject of the previous reporting clause comes first, when no
    other compatible subject is named after it; then the nearest compatible subject of
    the pronoun's paragraph and the one before, unless a later paragraph names another
    compatible person; otherwise the one compatible candidate of those paragraphs. Where
    several fit, the pronoun stays unresolved: a wrong speaker is worse than none.
    """
    if not any(a.pronoun and a.mention is not None for a in attributions):
        return list(attributions)  # nothing to resolve: spare the search for candidates
    text = article.text
    # Once per article: the quotes' and the claims' pronouns ask.
    shared = article.once("pronoun_candidates", lambda: _article_candidates(article))
    candidates = list(shared.named)
    for a in attributions:
        if a.speaker is not None and a.mention and not a.pronoun:
            person = is_person(a.speaker, text[a.mention[0] : a.mention[1]]) or _key(a.speaker) in shared.known
            candidates.append(_Candidate(a.mention[0], a.speaker, person, True))
    candidates += shared.descriptions
    # "Otherwise, she said", "Behind his desk, ...", "Four years ago, ...": a word the text
    # writes in lower case, capitalised only where it opens a sentence, names no one.
    candidates = [c for c in candidates if not c.speaker.name[:1].isupper() or _name_like(text, c.speaker.name)]
    candidates.sort(key=lambda c: c.at)
    offsets = [c.at for c in candidates]
    genders, clauses, paragraphs = shared.genders, shared.clauses, shared.paragraphs
    persons_named = frozenset(_key(c.speaker) for c in candidates if c.person)

    out = []
    for a in attributions:
        if not a.pronoun or a.mention is None:
            out.append(a)
            continue
        previous = _previous_clause(a, out, clauses)
        mine, my_offsets = _without_askers(article, a, candidates, offsets)
        if (
            previous is not None
            and len(mine) < len(candidates)
            and _key(previous[2]) not in {_key(c.speaker) for c in mine}
        ):
            previous = None  # the previous clause is the asker's ("Nia Griffiths asked him ...")
        found = _resolve_one(article, a, mine, my_offsets, paragraphs, genders, previous, persons_named)
        chosen = None
        if (
            found is not None
            and not _rival_in_reach(article, a, found, candidates, offsets)
            and not _described_rival(article, a, found)
        ):
            chosen = found[0]
        out.append(ClauseAttribution(a.quote_id, a.mention, a.cue, chosen, pronoun=True) if chosen else a)
    return out


# "Nia Griffiths asked him when ...": who asks a man a question is not the "he" answering.
_ASKED_HIM = {
    pronoun: re.compile(rf"\b{alternation(lemma_forms('ask'))}\s+{obj}\b")
    # "her" as an object, not a possessive ("asked her colleague"): before a question word,
    # a preposition or a stop.
    for pronoun, obj in (("he", "him"), ("she", r"her(?=\s+(?:whether|if|when|what|why|how|who|about|to)\b|\s*[,.;:])"))
}


def _without_askers(
    article: PreparedArticle, a: ClauseAttribution, candidates: list[_Candidate], offsets: list[int]
) -> tuple[list[_Candidate], list[int]]:
    """The candidates less the subjects that, in the pronoun's sentence or the one before,
    ask someone of the pronoun's gender ("Plaid Cymru's Nia Griffiths asked him when the
    review would report. 'By the summer,' he said."): the answer is the one asked's, not
    the asker's, whatever the asker's gender. Not for a quote that asks a question itself."""
    assert a.mention is not None
    text = article.text
    pronoun = text[a.mention[0] : a.mention[1]].lower()
    sentence = article.sentence_at(a.mention[0])
    # The claims' clauses come here too: their ids are no quote's.
    quote = next((q for q in article.quotes if q.id == a.quote_id), None)
    asks = quote is not None and quote.text.rstrip("'’”\"»").endswith("?")
    if pronoun not in _ASKED_HIM or sentence is None or asks:
        return candidates, offsets
    index = int(sentence.id[1:]) - 1
    reach = article.sentences[index - 1].start if index > 0 else sentence.start
    askers = set()
    for c in candidates[bisect.bisect_left(offsets, reach) : bisect.bisect_left(offsets, a.mention[0])]:
        own = article.sentence_at(c.at)
        if own is not None and _ASKED_HIM[pronoun].search(_outside_quotes(article, c.at, min(own.end, a.mention[0]))):
            askers.add(_key(c.speaker))
    if not askers:
        return candidates, offsets
    kept = [c for c in candidates if _key(c.speaker) not in askers]
    return kept, [c.at for c in kept]


@dataclass(frozen=True)
class _Candidates:
    """The candidates of an article's pronouns that do not depend on the clauses being
    resolved, found once per article (``resolve_pronouns`` runs for quotes and for claims)."""

    named: tuple[_Candidate, ...]  # persons, then sentence subjects, then organisations
    descriptions: tuple[_Candidate, ...]
    known: frozenset[str]  # the keys of the persons the article names
    genders: dict[str, str | None]
    clauses: list[tuple[int, int, NamedSpeaker]]
    paragraphs: list[int]


def _article_candidates(article: PreparedArticle) -> _Candidates:
    text = article.text
    persons = person_mentions(article)
    genders = _genders(article, persons, clause_subjects(article))
    opening = {s.start for s in article.sentences}
    # A person opening a sentence ("Fowler noted ...") or named by a reporting clause is a
    # subject: only subjects named after the previous clause compete with it.
    subjects = {start for start, _, _ in clause_subjects(article)}
    # One of two people opening a sentence ("Ana Ruiz and Paul Berg met") is no subject alone.
    candidates = [
        _Candidate(
            p.start,
            p.speaker,
            True,
            _SUBJECTS_ONLY
            and ((_opens(article, p.start, opening) and not _COORDINATED.match(text, p.end)) or p.start in subjects),
        )
        for p in persons
    ]
    # "Cruz openly admitted ...", "During a CNN town hall, Tina Houchins had a question":
    # the subjects opening sentences, named with one word or more.
    # A one-word subject must be a name the text also writes inside a sentence (not
    # "Delegates" opening one); a longer one a person it names elsewhere.
    known = frozenset(_key(p.speaker) for p in persons)
    candidates += [
        _Candidate(at, speaker, True, True)
        for at, speaker in sentence_subjects(article)
        if _key(speaker) in known or (" " not in speaker.name and _named_inside(text, speaker.name))
    ]
    # "The Department for Education issued ... "...," it said": an organisation opening a sentence.
    candidates += [_Candidate(at, speaker, False, True) for at, speaker in sentence_subjects(article, people=False)]
    described = tuple(
        _Candidate(start, NamedSpeaker(name=phrase, role=None), False, False) for start, phrase in descriptions(article)
    )
    return _Candidates(
        named=tuple(candidates),
        descriptions=described,
        known=known,
        genders=genders,
        clauses=[c for c in clause_subjects(article) if _name_like(text, c[2].name)],
        paragraphs=_paragraph_starts(text, article.body_start, article.body_end),
    )


def _previous_clause(
    a: ClauseAttribution, resolved: list[ClauseAttribution], clauses: list[tuple[int, int, NamedSpeaker]]
) -> tuple[int, int, NamedSpeaker, bool] | None:
    """The subject of the reporting clause nearest before ``a``'s pronoun: a quote's
    (named, or a pronoun already resolved) or one outside quotes ("Reyes said ...")."""
    assert a.mention is not None
    at = a.mention[0]
    found: tuple[int, int, NamedSpeaker, bool] | None = None
    for earlier in reversed(resolved):
        if earlier.speaker is not None and earlier.mention is not None and not earlier.continued:
            if earlier.mention[0] < at:
                found = (*earlier.mention, earlier.speaker, earlier.pronoun)
            break
    i = bisect.bisect_left(clauses, at, key=lambda c: c[0]) - 1
    if i >= 0 and (found is None or clauses[i][0] > found[0]):
        found = (clauses[i][0], clauses[i][1], clauses[i][2], False)
    return found


_SPEECH_CUE = first_filtered(re.compile(rf"(?:{CUE_RE.pattern})|\b(?:{REPORTING_VERBS})\b"))


def _rival_in_reach(
    article: PreparedArticle,
    a: ClauseAttribution,
    found: tuple[NamedSpeaker, int],
    candidates: list[_Candidate],
    offsets: list[int],
) -> bool:
    """Whether the chosen subject's own sentence, the pronoun's or the one before, names
    after it another person of the pronoun's gender by title, role or given name ("Tom
    Hale met David Price at the station. "We are late again," he said."): the text does
    not settle which of them spoke.

    Not where the subject speaks, thinks or judges in its sentence ("Clinton criticized
    officer Betty Shelby ... "...," she said": the quote goes on with what it says), nor a
    person inside what it reports ("Calderon intimated disappointment that ... Barack
    Obama"). ``found``'s offset is -1 for the subject of the previous reporting clause,
    which the pronoun continues ("...," said Liam Doyle. He met Sean Gallagher. "...," he
    said)."""
    assert a.mention is not None
    speaker, at = found
    pronoun = article.text[a.mention[0] : a.mention[1]].lower()
    own = article.sentence_at(at) if at >= 0 else None
    sentence = article.sentence_at(a.mention[0])
    if pronoun not in _PERSONAL or own is None or sentence is None:
        return False
    index = int(sentence.id[1:]) - 1
    if own is not sentence and (index == 0 or own is not article.sentences[index - 1]):
        return False
    clause = _outside_quotes(article, at, min(own.end, a.mention[0]))
    clause = _REPORTED.split(clause, maxsplit=1)[0]
    # Not a cue after "to" ("met Simon Kimutai to discuss the fares"): what the two do
    # together, not the subject's own words.
    if any(
        m.group(0).lower() not in AMBIGUOUS and not _TO_BEFORE.search(clause, 0, m.start())
        for m in _SPEECH_CUE.finditer(clause)
    ):
        return False
    end = at + len(clause)
    # The subject's own apposition or relative clause names no rival: "C. Boyden Gray, who
    # served as White House counsel under Mr. Bush's father, George Bush, ticked through ...".
    apposed = _NAME_APPOSITION.match(article.text, at, end)
    at = apposed.end() if apposed else at
    gender = "m" if pronoun == "he" else "f"
    # A person whose gender the text gives only by pronouns does not count: those
    # pronouns may be the chosen one's.
    if any(
        c.person
        and _key(c.speaker) != _key(speaker)
        and gender_of(f"{c.speaker.role or ''} {c.speaker.name}".split()) == gender
        for c in candidates[bisect.bisect_right(offsets, at) : bisect.bisect_left(offsets, end)]
    ):
        return True
    # Nor one the text names by a given name or a word of kin alone ("John Ma and his
    # brother Kevin opened the shop", "Tom Reid thanked his son"): no person mention, yet
    # as likely to have spoken.
    # After the chosen one's own name ("Mr. Ma and his brother ...": not "Mr.").
    last = speaker.name.split()[-1] if speaker.name.split() else ""
    named = article.text.find(last, at, end) if last else -1
    after = named + len(last) if named >= 0 else at
    mine = {w.lower() for w in f"{speaker.role or ''} {speaker.name}".split()}
    return any(w.lower() not in mine and gendered_word(w) == gender for w in _WORD.findall(article.text, after, end))


# A sentence opened by someone's role, with a possessive and no name: "City's boss
# admitted ...", "His lawyer said ...".
_DESCRIBED_SUBJECT = re.compile(
    r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}['’]s?|His|Her|Their)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<role>[a-z][\w-]*)\s+(?:[a-z][\w-]*ly\s+)?[a-z][\w-]*\b"
)


def _described_rival(article: PreparedArticle, a: ClauseAttribution, found: tuple[NamedSpeaker, int]) -> bool:
    """Whether the pronoun's sentence or the one before it, not the chosen one's own, opens
    with a person described by a possessive and a role alone ("Manager Stephen Keating
    ... ¶ City's boss admitted his side had faded. "...," he said"): the pronoun may be
    that person, whom the text does not name, as well as the chosen one."""
    assert a.mention is not None
    pronoun = article.text[a.mention[0] : a.mention[1]].lower()
    sentence = article.sentence_at(a.mention[0])
    if pronoun not in _PERSONAL or sentence is None:
        return False
    speaker, at = found
    own = article.sentence_at(at) if at >= 0 else None
    index = int(sentence.id[1:]) - 1
    gender = "m" if pronoun == "he" else "f"
    for s in (sentence, article.sentences[index - 1] if index > 0 else None):
        if s is None or s is own or s.start >= a.mention[0]:
            continue
        m = _DESCRIBED_SUBJECT.match(article.text, s.start, s.end)
        if m is None or m.group("role") not in ROLE_NOUNS:
            continue
        if gendered_word(m.group("role")) in (None, gender):
            return True
    return False


_TO_BEFORE = re.compile(r"\bto\s+$")
_NAME_APPOSITION = first_filtered(re.compile(rf"{NAME}{APPOSITION}(?=\s+[a-z])"))
# Where what a subject reports begins: "... disappointment that ...".
_REPORTED = re.compile(r"\b(?:that|whether|because)\b")


def _resolve_one(
    article: PreparedArticle,
    a: ClauseAttribution,
    candidates: list[_Candidate],
    offsets: list[int],
    paragraphs: list[int],
    genders: dict[str, str | None],
    previous: tuple[int, int, NamedSpeaker, bool] | None,
    persons_named: frozenset[str],
) -> tuple[NamedSpeaker, int] | None:
    """``persons_named``: the keys of the candidates that are persons."""
    assert a.mention is not None
    text = article.text
    pronoun = text[a.mention[0] : a.mention[1]].lower()
    here = bisect.bisect_right(paragraphs, a.mention[0]) - 1
    window_start = paragraphs[max(0, here - (_PARAGRAPHS_BACK - 1))]
    clause_start = paragraphs[max(0, here - (_CLAUSE_PARAGRAPHS_BACK - 1))]
    before = bisect.bisect_left(offsets, a.mention[0])
    between_start = bisect.bisect_left(offsets, window_start)
    if previous is not None and previous[0] >= clause_start:
        p_start, p_end, speaker, was_pronoun = previous
        key = _key(speaker)
        # The subject of a reporting clause is a person unless the text says otherwise.
        # Not a plural noun opening its sentence ("Firefighters were called ... "...," she
        # said"), nor an acronym ("The BBC asked Mr Shapps ... '...,' he said").
        person = (
            (was_pronoun and pronoun in _PERSONAL)
            or key in persons_named
            or (
                may_be_person(text, speaker)
                and (" " in speaker.name or (_named_inside(text, speaker.name) and not speaker.name.isupper()))
            )
        )
        between = [
            c
            for c in candidates[bisect.bisect_right(offsets, p_end) : before]
            if _key(c.speaker) != key and _compatible(pronoun, c, genders) and (c.clause or not _SUBJECTS_ONLY)
        ]
        after = bisect.bisect_right(offsets, p_end)
        # "'...,' he told the House. ... '...,' she said": the previous clause's own
        # pronoun of the other gender is someone else.
        other = was_pronoun and pronoun in _PERSONAL and text[p_start:p_end].lower() in _PERSONAL - {pronoun}
        if not other and _compatible(pronoun, _Candidate(p_start, speaker, person, True), genders) and not between:
            if _other_role_subject(article, speaker, p_end, a.mention[0]):
                return None
            rival = _gendered_rival(article, pronoun, (speaker, p_start), candidates[after:before], genders)
            return None if rival else (speaker, -1)
        between_start = after
    nearest = _nearest_subject(pronoun, candidates[between_start:before], paragraphs, genders, window_start)
    if nearest is not None:
        later = candidates[bisect.bisect_right(offsets, nearest.at) : before]
        rival = _gendered_rival(article, pronoun, (nearest.speaker, nearest.at), later, genders)
        return None if rival else (nearest.speaker, nearest.at)
    fitting = {
        _key(c.speaker): (c.speaker, c.at)
        for c in candidates[bisect.bisect_left(offsets, window_start) : before]
        if _compatible(pronoun, c, genders)
    }
    if len(fitting) == 1:
        return next(iter(fitting.values()))
    return None


# A sentence opened by a role alone: "The Prime Minister smiled."
_ROLE_SUBJECT = re.compile(r"The\s+((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)\s+[a-z]")


def _other_role_subject(article: PreparedArticle, speaker: NamedSpeaker, start: int, end: int) -> bool:
    """Whether a speaker named by a role alone ("'Cut the waffle,' Mr Speaker said") is
    followed, before the pronoun, by a sentence whose subject is another role alone ("The
    Prime Minister smiled. 'I will,' he replied"): two office-holders, and nothing says
    which one the pronoun is. A speaker with a name keeps the pronoun ("Trump said ...
    The Republican nominee ...": the role may be the name's)."""
    mine = [w.lower() for w in speaker.name.split()]
    if not mine or not all(w in ROLE_WORDS for w in mine):
        return False
    for sentence in article.body_sentences:
        if sentence.start < start or sentence.start >= end:
            continue
        m = _ROLE_SUBJECT.match(article.text, sentence.start)
        if m is None:
            continue
        role = [w.lower() for w in m.group(1).split()]
        if role[-1] in ROLE_WORDS and role != mine:
            return True
    return False


def _gendered_rival(
    article: PreparedArticle,
    pronoun: str,
    chosen: tuple[NamedSpeaker, int],
    later: list[_Candidate],
    genders: dict[str, str | None],
) -> bool:
    """Whether a person the text names after the chosen one, before the pronoun, is known
    to be of the pronoun's gender while the chosen one's gender is unknown ("..., said Lena
    Marsh. ¶ ..., with Rita Vance lambasting the plan. ¶ "...," she said"): the text does
    not settle which. Not in the chosen one's own sentence (its apposition or relative
    clause), nor in a sentence that goes on about someone by a pronoun of that gender ("He
    met Sean Gallagher later"): the chosen one stays the topic."""
    speaker, at = chosen
    if pronoun not in _PERSONAL or genders.get(_key(speaker)) is not None:
        return False
    gender = "m" if pronoun == "he" else "f"
    own = article.sentence_at(at)
    pronouns = _MALE_PRONOUNS if gender == "m" else _FEMALE_PRONOUNS
    for c in later:
        if not c.person or _key(c.speaker) == _key(speaker) or genders.get(_key(c.speaker)) != gender:
            continue
        sentence = article.sentence_at(c.at)
        if sentence is None or sentence is own:
            continue
        # "He met Sean Gallagher": a pronoun before the rival is the topic going on; "Rita
        # Vance ..., tweeting her thanks": one after it is the rival's own.
        if not pronouns.search(_outside_quotes(article, sentence.start, c.at)):
            return True
    return False


def _nearest_subject(
    pronoun: str,
    candidates: list[_Candidate],
    paragraphs: list[int],
    genders: dict[str, str | None],
    window_start: int,
) -> _Candidate | None:
    """The nearest fitting subject among ``candidates`` (those after the previous reporting
    clause), within the pronoun's paragraph and the one before: a later subject takes over
    ("..., Trump also said. ¶ ..., Calderon intimated disappointment ... ¶ "...," he said"),
    unless a paragraph after its own names another fitting person ("... that concerns
    Henry Crespo, president of ...")."""
    fitting = [c for c in candidates if _compatible(pronoun, c, genders)]
    subjects = [c for c in fitting if c.clause and c.at >= window_start]
    if not subjects:
        return None
    nearest = subjects[-1]
    after = next((p for p in paragraphs if p > nearest.at), sys.maxsize)
    rivals = [c for c in fitting if c.at >= after and c.person and _key(c.speaker) != _key(nearest.speaker)]
    return None if rivals else nearest


def continue_quotes(article: PreparedArticle, attributions: list[ClauseAttribution]) -> list[ClauseAttribution]:
    """A quote with no reporting clause of its own continues a speaker the text has just
    named: right after an attributed quote in the same paragraph (``"This budget fixes
    nothing," he said. "It moves the problem."``), as a paragraph that is only a quote
    after a paragraph ending with a quote and its clause (not a question: see
    ``_hands_over``), or opening its sentence after a sentence of the same paragraph whose
    reporting clause, or else its named subject, names one speaker (``..., Schiff said.
    "The other factor ..."``). Same speaker, marked ``continued``."""
    out: list[ClauseAttribution] = []
    clauses = clause_subjects(article)
    for quote, a in zip(article.quotes, attributions, strict=True):
        if a.mention is None and a.speaker is None and not a.pronoun and not has_clause_after(article, quote):
            speaker = _continued_speaker(article, quote, out, clauses)
            if speaker is not None:
                a = ClauseAttribution(a.quote_id, None, None, speaker, continued=True)
        out.append(a)
    return _repeated_quotes(article, out)


_QUOTE_WORD = re.compile(r"[\w’'-]+")
# The fewest words a quote repeated elsewhere must have to be the same words (a pull quote
# or a headline's quote), not a phrase anyone might say ("We will see").
_REPEATED_WORDS = 6


def _repeated_quotes(article: PreparedArticle, attributions: list[ClauseAttribution]) -> list[ClauseAttribution]:
    """A quote with no speaker whose words the article quotes again, as the whole or a
    part of a quote whose speaker the text names (a pull quote repeated from the body):
    that speaker, when every such quote has the same one. Marked ``continued``."""
    lonely = [
        i
        for i, a in enumerate(attributions)
        if a.speaker is None
        and a.mention is None
        and not a.pronoun
        and len(article.quotes[i].text) >= _REPEATED_WORDS * 2
    ]
    if not lonely:
        return attributions
    words = [tuple(w.casefold() for w in _QUOTE_WORD.findall(q.text)) for q in article.quotes]
    # Where each run of _REPEATED_WORDS words is quoted with a speaker: one pass over the
    # words, not each lonely quote against every other.
    where: dict[tuple[str, ...], set[int]] = {}
    for j, b in enumerate(attributions):
        if b.speaker is not None and not b.continued:
            for k in range(len(words[j]) - _REPEATED_WORDS + 1):
                where.setdefault(words[j][k : k + _REPEATED_WORDS], set()).add(j)
    out = list(attributions)
    for i in lonely:
        a = attributions[i]
        if len(words[i]) < _REPEATED_WORDS:
            continue
        mine = f" {' '.join(words[i])} "
        found = {
            _key(b.speaker): b.speaker
            for j in where.get(words[i][:_REPEATED_WORDS], ())
            if j != i and mine in f" {' '.join(words[j])} " and (b := attributions[j]).speaker is not None
        }
        if len(found) == 1:
            out[i] = ClauseAttribution(a.quote_id, None, None, next(iter(found.values())), continued=True)
    return out


# The speaker asking, not being asked ("... Le Pen told CNN when asked which ...": she answered).
_ASKS = first_filtered(
    re.compile(rf"(?<!when )(?<!was )(?<!were )(?<!being )\b{alternation(lemma_forms('ask', 'wonder'))}\b")
)


def _hands_over(
    article: PreparedArticle, quote: QuoteCandidate, previous_quote: QuoteCandidate, previous: ClauseAttribution
) -> bool:
    """Whether a paragraph that is only a quote goes on with the quote ending the
    paragraph before: that quote's reporting clause follows it and ends its paragraph
    (``..." Barkley said.`` then ``"Then you have these losers ..."``). Not after a
    question (``..." Kelly asked.``: the answer is another voice), nor after a
    continuation."""
    text = article.text
    if previous.mention is None or previous.continued or previous.mention[0] < previous_quote.close_mark:
        return False
    tail, _, gap = text[previous_quote.close_mark + 1 : quote.open_mark].partition("\n")
    if _NONBLANK.search(gap) or len(tail) > _CLAUSE_TAIL or not tail.rstrip().endswith("."):
        return False
    if previous_quote.text.rstrip("'’”\"»").endswith("?") or _ASKS.search(tail):
        return False
    # The new paragraph holds nothing but quotes.
    end = text.find("\n", quote.close_mark)
    end = len(text) if end < 0 else end
    return not re.search(r"\w", _outside_quotes(article, quote.open_mark, end))


def _continued_speaker(
    article: PreparedArticle,
    quote: QuoteCandidate,
    out: list[ClauseAttribution],
    clauses: list[tuple[int, int, NamedSpeaker]],
) -> NamedSpeaker | None:
    text = article.text
    if out and out[-1].speaker is not None:
        previous_quote = article.quotes[len(out) - 1]
        between = text[previous_quote.close_mark + 1 : quote.open_mark]
        # Across a paragraph break it is not settled: measured on PolNeAR dev,
        # a paragraph that is only a quote is as often a title or another voice.
        if "\n" not in between and len(between) < 200:
            return out[-1].speaker
        if _hands_over(article, quote, previous_quote, out[-1]):
            return out[-1].speaker
    sentence = article.sentence_at(quote.open_mark)
    if sentence is None or _NONBLANK.search(text, sentence.start, quote.open_mark):
        return None
    index = int(sentence.id[1:]) - 1
    if index == 0:
        return None
    previous = article.sentences[index - 1]
    if "\n" in text[previous.end : sentence.start]:
        return None  # another paragraph
    if any(previous.start <= q.open_mark < previous.end for q in article.quotes):
        return None
    named = {s.name: s for start, _, s in clauses if previous.start <= start < previous.end}
    if not named:
        # "Sen. Bernie Sanders (Vt.) identified young voters' exhaustion as a reason. "The
        # younger people are sick and tired of it."": the subject of the sentence before.
        named = {s.name: s for start, s in sentence_subjects(article) if start == previous.start}
    return next(iter(named.values())) if len(named) == 1 else None
