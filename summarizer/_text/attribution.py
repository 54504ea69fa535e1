"""Speakers: reporting clauses next to quotes, canonical names and roles.

Where the clause next to a quote names its speaker (``..." Esper told reporters``,
``Raab also said ... that "...``), the speaker is settled here, deterministically,
and the model is only asked about quotes whose clause is a pronoun or missing.
A tiny model then cannot spoil an attribution the text states outright.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .article import PreparedArticle, QuoteCandidate

_VERBS = (
    r"said|says|say|told|tells|added|adds|wrote|writes|stated|states|declared|explained|"
    r"insisted|warned|noted|argued|asked|answered|replied|responded|tweeted|posted|"
    r"announced|acknowledged|admitted|claimed|confirmed|recalled|urged|vowed|agreed"
)
_CAP = r"[A-Z][\w’'.-]*"
_NAME = rf"(?:{_CAP}(?:\s+(?:of|de|del|da|al|bin|van|von|der|la|le)\b)?\s+){{0,6}}{_CAP}"
_PRONOUN = r"[Hh]e|[Ss]he|[Tt]hey|[Ii]t"
_DESCRIPTION = (
    r"(?:[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|[Oo]ne|[Ss]everal|[Ss]ome)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:officials?|spokes(?:wo)?man|spokesperson|sources?|ministry|police|statement|"
    r"diplomats?|residents?|witnesses?|analysts?|lawmakers?|officers?)"
)
_SUBJECT = rf"(?P<subject>{_NAME}|{_PRONOUN}|{_DESCRIPTION})"
_ADVERB = r"(?:\s+(?:also|later|earlier|then|further|again))?"

# Lower-case role words that may sit between an organisation and a name, as in
# "Cal Fire spokesman Jon Heggie".
_INNER_ROLE = r"(?:spokes(?:wo)?man|spokesperson|official|correspondent|analyst|minister|secretary)"
# ``," Esper told reporters`` / ``," said Esper`` right after the closing mark.
_AFTER = re.compile(rf"^[\s,—–-]*{_SUBJECT}{_ADVERB}\s+(?P<verb>{_VERBS})\b")
_AFTER_INVERTED = re.compile(
    rf"^[\s,—–-]*(?P<verb>{_VERBS})\s+(?P<subject>(?:{_NAME}\s+{_INNER_ROLE}\s+)?{_NAME}|{_DESCRIPTION})"
)
# ``," the agency's chief hydrologist, Dr. Ines Falk, said`` : a name in apposition.
_AFTER_APPOSITION = re.compile(
    rf"^[\s,—–-]*(?:[\w’'.-]+\s+){{0,6}}?[\w’'.-]+,\s+(?P<subject>{_NAME}),\s+(?P<verb>{_VERBS})\b"
)
# ``Raab also said ... that "`` in the same sentence before the opening mark; also
# ``Its director, Pieter Maas, told reporters: "``.
_BEFORE = re.compile(rf"(?:^|[\s(,])(?:{_SUBJECT}),?{_ADVERB}\s+(?P<verb>{_VERBS})\b")

# How far before a quote to look for ``Raab also said ... that "``.
_BEFORE_WINDOW = 1000

_ROLE_WORDS = {
    "president",
    "vice",
    "secretary",
    "minister",
    "prime",
    "foreign",
    "defense",
    "defence",
    "state",
    "interior",
    "chancellor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "general",
    "gen.",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "governor",
    "gov.",
    "mayor",
    "chief",
    "director",
    "ambassador",
    "commander",
    "king",
    "queen",
    "prince",
    "princess",
    "sheikh",
    "dr.",
    "mr.",
    "mrs.",
    "ms.",
    "judge",
    "justice",
    "leader",
    "deputy",
    "adviser",
    "advisor",
    "ceo",
    "chairman",
    "chairwoman",
    "head",
    "officer",
    "colonel",
    "col.",
    "lieutenant",
    "lt.",
    "major",
    "maj.",
    "captain",
    "capt.",
    "admiral",
    "adm.",
    "pope",
    "cardinal",
    "bishop",
    "correspondent",
    "envoy",
    "commissioner",
    "attorney",
    "speaker",
    "official",
    "analyst",
    "councillor",
    "councilor",
    "councilman",
    "councilwoman",
    "chair",
    "chairperson",
}
_NOT_NAMES = {
    "The",
    "A",
    "An",
    "But",
    "And",
    "On",
    "In",
    "At",
    "Earlier",
    "Eariler",
    "Later",
    "One",
    "Two",
    "He",
    "She",
    "They",
    "It",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
}
_NAME_RUN = re.compile(rf"{_NAME}")
_DESCRIPTION_RE = re.compile(_DESCRIPTION)
_CALENDAR_WORDS = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
}


@dataclass(frozen=True)
class NamedSpeaker:
    """A person or source as the article names it."""

    name: str  # canonical form: the longest full name the article gives
    role: str | None


@dataclass(frozen=True)
class ClauseAttribution:
    quote_id: str
    mention: tuple[int, int] | None  # the subject of the reporting clause
    cue: tuple[int, int] | None  # the reporting verb
    speaker: NamedSpeaker | None  # set when the clause names someone (not a pronoun)
    pronoun: bool = False  # the clause's subject is a pronoun ("he said")
    continued: bool = False  # no clause of its own: it continues the previous quote


# Forms of address: never part of a role ("Mr. Esper" has no role "Mr."). Without the full stop.
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr"})
# Abbreviations after which a full stop does not end a name.
_TITLE_STOPS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "jr",
    "sr",
    "gen",
    "col",
    "lt",
    "sgt",
    "capt",
    "rep",
    "sen",
    "gov",
    "prof",
}


def _split_role(tokens: list[str]) -> tuple[list[str], list[str]]:
    """("Defense", "Secretary", "Mark", "Esper") -> (role tokens, name tokens).

    Honorifics are neither: "Mr. Esper" has no role and the name "Esper"."""
    last_role = -1
    for i, tok in enumerate(tokens):
        if tok.lower() in _ROLE_WORDS:
            last_role = i
    role = [t for t in tokens[: last_role + 1] if t.lower().removesuffix(".") not in HONORIFICS]
    return role, tokens[last_role + 1 :]


def canonical_speaker(text: str, mention: str) -> NamedSpeaker | None:
    """The fullest name and role the article gives for ``mention``.

    "Esper" -> NamedSpeaker("Mark Esper", "Defense Secretary") when the article elsewhere
    says "Defense Secretary Mark Esper". Descriptions ("two US officials") are kept
    as written, with no role.
    """
    # A name at the end of a sentence ("said Scholz.") keeps no trailing stop,
    # nor a possessive ("Esper's").
    mention = re.sub(r"(?:['’]s)?[.,;:]+$|['’]s$", "", mention.strip())
    tokens = mention.split()
    if not tokens or tokens[0] in _NOT_NAMES or not tokens[0][0].isupper():
        return NamedSpeaker(name=mention, role=None) if tokens and re.fullmatch(_DESCRIPTION, mention) else None
    role, name = _split_role(tokens)
    if not name:
        return NamedSpeaker(name=mention, role=None)
    surname = name[-1]
    best_name, best_role = name, role
    for run in _name_runs(text).get(surname, ()):
        r_role, r_name = _split_role(list(run))
        if r_name[-len(name) :] != name:
            continue
        if len(r_name) > len(best_name):
            best_name = r_name
        if r_role and (not best_role or len(r_role) > len(best_role)):
            best_role = r_role
    return NamedSpeaker(name=" ".join(best_name), role=" ".join(best_role) or None)


@lru_cache(maxsize=4)
def _name_runs(text: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The distinct runs of capitalised words in ``text`` by their last word, in order of
    first appearance, found once per article rather than once per quote."""
    runs: dict[str, dict[tuple[str, ...], None]] = {}
    for run in _NAME_RUN.finditer(text):
        tokens = run.group(0).split()
        while tokens and tokens[0] in _NOT_NAMES:
            tokens = tokens[1:]
        if tokens:
            runs.setdefault(tokens[-1], {})[tuple(tokens)] = None
    return {surname: tuple(found) for surname, found in runs.items()}


def _sentence_start(article: PreparedArticle, offset: int) -> int:
    sentence = article.sentence_at(offset)
    return sentence.start if sentence else article.body_start


def attribute(article: PreparedArticle, quote: QuoteCandidate) -> ClauseAttribution:
    """Find the reporting clause next to ``quote`` and the speaker it names, if any."""
    text = article.text
    after_start = quote.close_mark + 1
    after = text[after_start : min(len(text), after_start + 120)]
    after = after.split("\n", 1)[0]
    match = _AFTER.match(after) or _AFTER_INVERTED.match(after) or _AFTER_APPOSITION.match(after)
    base = after_start
    if not match:
        before_start = _sentence_start(article, quote.open_mark)
        if quote.open_mark - before_start > _BEFORE_WINDOW:
            # The clause sits near its quote; reading all of a huge sentence for each of
            # its many quotes would take quadratic time. Start at a word boundary.
            window = quote.open_mark - _BEFORE_WINDOW
            space = text.find(" ", window, quote.open_mark)
            before_start = space if space >= 0 else window
        before = text[before_start : quote.open_mark]
        matches = list(_BEFORE.finditer(before))
        match = matches[-1] if matches else None
        base = before_start
    if not match:
        return ClauseAttribution(quote.id, None, None, None)
    s_start, s_end = match.span("subject")
    subject = match.group("subject")
    # "said Scholz. Talks went on": a name does not run on past a full stop, unless
    # the stop ends an initial or a title ("John F. Kennedy", "Dr. Falk").
    for stop in re.finditer(r"\.\s+", subject):
        word = subject[: stop.start()].split()[-1] if subject[: stop.start()].split() else ""
        if len(word) > 1 and word.lower() not in _TITLE_STOPS:
            s_end = s_start + stop.start() + 1
            subject = subject[: stop.start() + 1]
            break
    # "said Scholz." : the sentence's full stop is not part of the name.
    trimmed = subject.rstrip(".,;:")
    if trimmed != subject and not re.search(r"\b[A-Z]\.$|\b(?:Jr|Sr|Inc|Co|Ltd)\.$", subject):
        s_end -= len(subject) - len(trimmed)
        subject = trimmed
    mention = (base + s_start, base + s_end)
    cue = (base + match.start("verb"), base + match.end("verb"))
    if re.fullmatch(_PRONOUN, subject):
        return ClauseAttribution(quote.id, mention, cue, None, pronoun=True)
    return ClauseAttribution(quote.id, mention, cue, canonical_speaker(text, subject))


_CLAUSE_AFTER = re.compile(rf"[^.!?\n]{{0,60}}?\b(?:{_VERBS})\b")


def has_clause_after(article: PreparedArticle, quote: QuoteCandidate) -> bool:
    """True when a reporting verb follows the quote in its sentence, whoever its
    subject (``," someone added``): such a quote is not a continuation."""
    return _CLAUSE_AFTER.match(article.text, quote.close_mark + 1) is not None


def is_description(name: str) -> bool:
    """True for a descriptive source ("two US officials"), not a name."""
    return _DESCRIPTION_RE.fullmatch(name) is not None


def descriptions(article: PreparedArticle) -> list[tuple[int, str]]:
    """Descriptive sources the article mentions ("two US officials"): (offset, text)."""
    body_start = article.body_start
    return [
        (body_start + m.start(), m.group(0))
        for m in _DESCRIPTION_RE.finditer(article.text[body_start : article.body_end])
    ]


def role_name_runs(article: PreparedArticle) -> list[tuple[int, list[str]]]:
    """Where the article introduces someone with a role and a full name ("Defense
    Secretary Mark Esper"): (offset, tokens), in order."""
    found = []
    body_start = article.body_start
    for run in _NAME_RUN.finditer(article.text[body_start : article.body_end]):
        tokens = run.group(0).split()
        start = body_start + run.start()
        while tokens and tokens[0] in _NOT_NAMES:
            start = article.text.index(tokens[1], start) if len(tokens) > 1 else start
            tokens = tokens[1:]
        role, name = _split_role(tokens)
        if role and len(name) >= 2:
            found.append((start, tokens))
    return found


def candidate_speakers(article: PreparedArticle, attributions: list[ClauseAttribution]) -> list[str]:
    """Names the model may choose from for quotes the text leaves unattributed."""
    names: dict[str, None] = {}
    for a in attributions:
        if a.speaker:
            names[a.speaker.name] = None
    for _, tokens in role_name_runs(article):
        speaker = canonical_speaker(article.text, " ".join(_split_role(tokens)[1]))
        if speaker:
            names[speaker.name] = None
    return list(names)


# A description starts with one of a few words, a name with a capital: the lookahead (a
# superset of their first letters) turns away most places in a text at once, which
# halves the time of a search.
_MENTION = re.compile(rf"(?=[A-Zatos])(?:{_DESCRIPTION}|{_NAME})")
_SENTENCE_GAP = re.compile(r"(?<=[a-z])\.\s+")
_TRAILING = re.compile(r"(?:['’]s)?[.,;:]*$")
_TRAILING_ENDS = (".", ",", ";", ":", "s")
_NOT_MENTIONS = _CALENDAR_WORDS | {w.lower() for w in _NOT_NAMES}


def mentions(article: PreparedArticle, start: int | None = None, end: int | None = None) -> list[str]:
    """Who and where the article names: runs of capitalised words ("Defense Secretary
    Mark Esper", "Babylon") and descriptive sources ("two US officials"), each as
    written, in order of first appearance, in the body or in ``text[start:end]``.
    These are the values an event's actor or place and a claim's source may take,
    so the model references rather than copies."""
    body = article.text[article.body_start if start is None else start : article.body_end if end is None else end]
    found: dict[str, None] = {}
    for m in _MENTION.finditer(body):
        run = m.group(0)
        # A run of capitals can cross a sentence end ("on Tuesday. Two officials"):
        # each sentence's part is its own phrase. Initials ("John F. Kennedy", "U.S.")
        # do not end a sentence.
        for piece in _SENTENCE_GAP.split(run):
            phrase = piece
            if not _DESCRIPTION_RE.fullmatch(phrase):
                tokens = phrase.split()
                while tokens and tokens[0] in _NOT_NAMES:
                    tokens = tokens[1:]
                phrase = " ".join(tokens)
            if phrase.endswith(_TRAILING_ENDS):  # else there is nothing to strip (and no search)
                phrase = _TRAILING.sub("", phrase)
            # Looking in the match first spares a search of the whole body for each of
            # thousands of names.
            in_body = phrase in run or phrase in body
            if len(phrase) > 1 and in_body and phrase.lower() not in _NOT_MENTIONS:
                found[phrase] = None
    return list(found)
