"""Names: who the article names and how (canonical names and roles, people, organisations,
places, descriptive sources, gender), found in the text.

"Esper" is "Mark Esper", "Defense Secretary", when the article elsewhere writes "Defense
Secretary Mark Esper"; "Xi" is "Xi Jinping". A run of capitals is a person, an
organisation or a place by the words it holds and where the article writes it ("in
Babylon"); a sentence-opening common word, a demonym, a weekday or a month is no name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .article import PreparedArticle
from .grammar import (
    CALENDAR,
    DESCRIPTION_AFTER,
    DESCRIPTION_RE,
    DESCRIPTION_SUBJECT,
    EN,
    HEAD,
    HONORIFICS,
    HYPHEN_ADJECTIVE,
    NAME,
    NAME_RUN,
    NAME_SUFFIXES,
    NOT_NAMES,
    OF_WHAT,
    PARTICLES,
    PLACE_ABBREVIATIONS,
    ROLE_WORDS,
    TITLE_ABBREVIATIONS,
    adjective,
    alternation,
    content_end,
    first_filtered,
    pattern,
    verb_forms,
    words,
)


@dataclass(frozen=True)
class NamedSpeaker:
    """A person or source as the article names it."""

    name: str  # canonical form: the longest full name the article gives
    role: str | None


_ROLE_DETERMINERS = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def role_of(description: str) -> str:
    """A description as the role of the name in apposition to it: "the city's public
    works director" -> "city's public works director"."""
    return _ROLE_DETERMINERS.sub("", description)


def _split_role(tokens: list[str]) -> tuple[list[str], list[str]]:
    """("Defense", "Secretary", "Mark", "Esper") -> (role tokens, name tokens).

    Honorifics are neither: "Mr. Esper" has no role and the name "Esper"."""
    last_role = -1
    for i, tok in enumerate(tokens):
        if (
            tok.lower() in ROLE_WORDS
            or (tok.endswith(".") and tok[:-1].lower() in _STOPPED_TITLES)  # "Sgt. Mike Doyle"
            # "Main St. Louis Quill": a street before the name (and "St. Louis" no role).
            or (i and tok == f"{_STREET.capitalize()}." and tokens[i - 1][:1].isupper())
            or (i < len(tokens) - 1 and tok.lower() in HONORIFICS)  # "Minister of State Dr Tan Wei Ming"
            # "Fr Tomás Keane", "Sgt Mike Doyle": a title without its stop, before the name.
            or (i < len(tokens) - 1 and tok.lower() in _BARE_TITLES)
            # "Prosecutor Hannah Lyle", "Nurse Grace Eze": a role noun opening the mention
            # (capitalised where it opens a sentence) before a name of two words or more.
            or (i == 0 and len(tokens) >= 3 and tok.lower() in _INNER_ROLE_WORDS)
            or (tok[:1].islower() and tok not in PARTICLES)
            or any(part in ROLE_WORDS for part in tok.lower().split("-")[1:])
        ):
            last_role = i
    if any(t in _ROLE_CONNECTORS for t in tokens[1 : last_role + 1]):
        # "Mayor of London Sadiq Khan", "Chancellor of the Exchequer Rachel Reeves": what
        # the role is of is part of it, and the name is the last words. "Bank of England",
        # "University of Toronto": no one's name follows the role's "of"; the words name a
        # body, not a person with a role.
        rest = tokens[last_role + 1 :]
        size = _name_size(rest)
        # After a form of address the name is all that follows ("Dr Tan Wei Ming").
        if len(rest) > size and tokens[last_role].lower().removesuffix(".") not in HONORIFICS:
            last_role += len(rest) - size
        elif tokens[last_role] in _ROLE_CONNECTORS and not (len(rest) == size and rest[0].lower() in _GIVEN_NAMES):
            return [], tokens
    role = [t for t in tokens[: last_role + 1] if t.lower().removesuffix(".") not in _NO_ROLES]
    return role, tokens[last_role + 1 :]


# Forms of address and plural titles ("Sens. Jon Tester and ...") stand where a role does
# but are none.
_NO_ROLES = HONORIFICS | words("PLURAL_TITLES")
_PLURAL_TITLES = frozenset(f"{t}." for t in words("PLURAL_TITLES"))
# Titles abbreviated with their stop ("Sgt. Mike Doyle"): not a place's abbreviation
# ("St. Louis", "Mt. Vernon", "the Bank of St. Louis" have no role).
_STOPPED_TITLES = TITLE_ABBREVIATIONS - PLACE_ABBREVIATIONS
# Titles abbreviated without their stop in British style ("Fr", "Sgt", "Prof"): not
# "St" (St Helens, a place) nor the suffixes "Jr" and "Sr".
_BARE_TITLES = TITLE_ABBREVIATIONS - HONORIFICS - PLACE_ABBREVIATIONS - NAME_SUFFIXES
_INNER_ROLE_WORDS = words("INNER_ROLES")
# The words that join a role to what it is of: "Secretary of State", "Chancellor of the Exchequer".
_ROLE_CONNECTORS = frozenset({"of", "the", "for"})
_INITIAL = re.compile(r"[A-Z]\.")


def _name_size(words: Sequence[str]) -> int:
    """How many of ``words``' last words a person's name takes: a given and a family name,
    with initials, particles and further given names ("John F. Kerry", "Maria Luís
    Albuquerque"); at most all of them."""
    size = 2
    while size < len(words) and (
        _INITIAL.fullmatch(words[-size]) or words[-size - 1] in PARTICLES or words[-size - 1].lower() in _GIVEN_NAMES
    ):
        size += 1
    return min(size, len(words))


_GENERAL_DESCRIPTION = first_filtered(
    re.compile(rf"{DESCRIPTION_SUBJECT}{OF_WHAT}|{DESCRIPTION_AFTER}|{NAME}['’]s\s+(?:[\w-]+\s+){{0,2}}?{HEAD}")
)
_LONGEST_NAME = 4


def _is_general_description(mention: str) -> bool:
    return _GENERAL_DESCRIPTION.fullmatch(mention) is not None and not mention[-1].isupper()


def _fuller_forms(text: str, name: Sequence[str]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The article's names that end with ``name`` (or, for one word, start with it: "Xi
    Jinping" for "Xi"), each with the role written before it."""
    runs = _name_runs(text)
    fuller: dict[tuple[str, ...], tuple[str, ...]] = {}
    for run in runs.get(name[-1], ()):
        r_role, r_name = _split_run(run)
        if r_name[-len(name) :] == tuple(name):
            fuller[r_name] = r_role
    # A run longer than a name is a headline or a title ("Obama Says Museum Will Tell").
    fuller = {form: r for form, r in fuller.items() if len(form) <= _LONGEST_NAME and _plain(form)}
    if len(name) == 1 and len(fuller) <= 1:
        # "Xi" for "Xi Jinping": a family name written first.
        for run in runs.get(name[0], ()):
            r_role, r_name = _split_run(run)
            if r_name and r_name[0] == name[0] and len(r_name) <= _LONGEST_NAME - 1 and _plain(r_name):
                fuller[r_name] = r_role
    return fuller


@lru_cache(maxsize=4096)
def _split_run(run: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``_split_role`` of a name run, once per run: every mention ending like it asks."""
    role, name = _split_role(list(run))
    return tuple(role), tuple(name)


def _plain(form: Sequence[str]) -> bool:
    """A name holds no sentence-opening word, weekday or month ("Pentagon On Wednesday")."""
    return not any(t in NOT_NAMES or t.lower() in CALENDAR for t in form)


# Lower-case words inside a name ("Ministry of Defence", "Department for Education").
_INNER = PARTICLES | {"of", "for", "and", "on"}
# A name's trailing stop or possessive ("said Scholz.", "Esper's").
_MENTION_END = first_filtered(re.compile(r"(?:['’]s)?[.,;:]+$|['’]s$|(?<=s)['’]$"))
_POSSESSIVE = re.compile(r"['’]s$")


_AGENT_WORDS = frozenset({"by", "from"})


@lru_cache(maxsize=4096)
def canonical_speaker(text: str, mention: str) -> NamedSpeaker | None:
    """The fullest name and role the article gives for ``mention``.

    "Esper" -> NamedSpeaker("Mark Esper", "Defense Secretary") when the article elsewhere
    says "Defense Secretary Mark Esper"; "Xi" -> "Xi Jinping". A short form two full
    names share ("Clinton" where the article names Hillary and Bill Clinton) stays as
    written: the text does not say which. Descriptions ("two US officials", "the
    newspaper", "Trump's campaign") are kept as written, with no role.
    """
    # A name at the end of a sentence ("said Scholz.") keeps no trailing stop,
    # nor a possessive ("Esper's").
    mention = _MENTION_END.sub("", mention.strip())
    if not mention:
        return None
    if is_description(mention):
        return NamedSpeaker(name=mention, role=None)
    tokens = mention.split()
    while tokens and tokens[0] in NOT_NAMES:
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[0] == "the" and all(t[:1].isupper() or t in _INNER for t in tokens[1:]):
        tokens = tokens[1:]  # "the Pentagon": an article is no role
    tokens = _without_post_nominal(_without_affiliation(tokens))
    # "North Carolina’s Ada Fisher", "Clinton’s top foreign policy aide Jake Sullivan": what
    # a possessive opens is the name, with the words after the possessive as its role.
    owner = max((i for i, t in enumerate(tokens[:-1]) if _POSSESSIVE.search(t)), default=-1)
    if owner >= 0 and any(t[:1].isupper() for t in tokens[owner + 1 :]):
        tokens = tokens[owner + 1 :]
    # "panel Chairman Rep. Jason Chaffetz", "9/11 widow Terry Strada": lower-case words
    # and numbers before a name describe it.
    prefix = 0
    while prefix < len(tokens) - 1 and not tokens[prefix][:1].isupper() and tokens[prefix] not in PARTICLES:
        prefix += 1
    if prefix and not any(t[:1].isupper() for t in tokens[prefix:]):
        return None
    if prefix and any(t in _AGENT_WORDS for t in tokens):
        # "a complaint filed by the SEC and a 15-count complaint by Vermont": the name is
        # the agent inside a description, not the speaker: the description as written.
        return NamedSpeaker(name=" ".join(tokens), role=None)
    if not tokens or not (tokens[prefix][0].isupper() or tokens[prefix] in PARTICLES):
        return None
    if tokens[-1].lower() in CALENDAR:
        return None
    role, name = _split_run(tuple(tokens))
    if not name:
        return NamedSpeaker(name=" ".join(tokens), role=None)
    fuller = _fuller_forms(text, name)
    best_name, best_role = tuple(name), tuple(role)
    forms = [f for f in fuller if len(f) > len(best_name)]
    # Forms that add only initials or middle names to another are one person.
    widest = [f for f in forms if not any(g != f and set(f) < set(g) for g in forms)]
    if len(widest) == 1:
        best_name = widest[0]
    for form in (best_name, *forms):
        form_role = fuller.get(form, ())
        if set(form) <= set(best_name) and form_role and len(form_role) > len(best_role):
            best_role = form_role
    return NamedSpeaker(name=" ".join(best_name), role=" ".join(best_role) or None)


def _without_post_nominal(tokens: list[str]) -> list[str]:
    """A name without the letters after it ("Sarah Whitehouse KC", "Julie Corrigan MP")."""
    if len(tokens) > 2 and tokens[-1].isupper() and tokens[-1].lower() in _POST_NOMINALS:
        return tokens[:-1]
    return tokens


def _without_affiliation(tokens: list[str]) -> list[str]:
    """A person's name without what they are "of" ("Dr Priya Nair of AIIMS", "Sen. Warren
    of Massachusetts"): the words before "of" when they are a titled or a full name, not a
    role ("Secretary of State ...") nor a body ("Bank of England", "Federal Bureau of
    Investigation")."""
    if "of" not in tokens[1:]:
        return tokens
    at = tokens.index("of", 1)
    head = tokens[:at]
    if head[-1].lower() in ROLE_WORDS or any(t.lower().strip(".") in _ORG_WORDS for t in head):
        return tokens
    titled = any(t.lower().rstrip(".") in TITLE_ABBREVIATIONS for t in head[:-1])
    named = [t for t in head if t.lower().rstrip(".") not in TITLE_ABBREVIATIONS and t.lower() not in ROLE_WORDS]
    if not named or not all(t[:1].isupper() for t in named):
        return tokens
    if titled or len(named) >= 2:
        return head
    return tokens


_AFTER_CONNECTOR = re.compile(r"\b(?:of|the|for)\s+$")
# Shorter texts (a name alone, as canonical_role reads it) are not cached: they are
# quicker to read than the article's runs are to find again once such names have pushed
# them out of the cache.
_CACHED_RUNS = 200


def _name_runs(text: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    return _article_name_runs(text) if len(text) >= _CACHED_RUNS else _find_name_runs(text)


@lru_cache(maxsize=4)
def _article_name_runs(text: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    return _find_name_runs(text)


_POST_NOMINALS = EN.words("POST_NOMINALS")


def _find_name_runs(text: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The distinct runs of capitalised words in ``text`` by each of their words, in order
    of first appearance, found once per article rather than once per quote."""
    runs: dict[str, dict[tuple[str, ...], None]] = {}
    for run_start, written in _name_runs_in(text):
        tokens = written.split()
        # A plural title is no part of a name's form ("Sens. Ted Cruz and ...": "Ted Cruz").
        while tokens and (tokens[0] in NOT_NAMES or tokens[0].lower() in _PLURAL_TITLES):
            tokens = tokens[1:]
        if "'" in written or "’" in written:  # else no possessive to take off
            if tokens:  # "Donald Trump’s" is "Donald Trump"
                tokens[-1] = _POSSESSIVE.sub("", tokens[-1])
        if len(tokens) > 2 and tokens[-1].isupper() and tokens[-1].lower() in _POST_NOMINALS:
            tokens = tokens[:-1]  # "Julie Corrigan MP"
        if "'" in written or "’" in written:
            # "North Carolina’s Ada Fisher": the name is what the possessive opens.
            owner = max((i for i, t in enumerate(tokens[:-1]) if _POSSESSIVE.search(t)), default=-1)
            tokens = tokens[owner + 1 :]
        if _AFTER_CONNECTOR.search(text, max(0, run_start - 5), run_start) and not any(
            t.lower() in ROLE_WORDS for t in tokens
        ):
            # "Chancellor of the Exchequer Rachel Reeves": a run after a role's "of" or
            # "the" opens with what the role is of; the name is its last words.
            tokens = tokens[len(tokens) - _name_size(tokens) :]
        form = tuple(tokens)
        for token in dict.fromkeys(tokens):
            runs.setdefault(token, {})[form] = None
    return {word: tuple(found) for word, found in runs.items()}


@lru_cache(maxsize=4096)
def is_description(name: str) -> bool:
    """True for a descriptive source ("two US officials", "the newspaper"), not a name."""
    # Cached: a name is asked about at each of its mentions, by several finders.
    return DESCRIPTION_RE.fullmatch(name) is not None or _is_general_description(name)


def descriptions(article: PreparedArticle) -> list[tuple[int, str]]:
    """Descriptive sources the article mentions ("two US officials"): (offset, text)."""
    body_start = article.body_start
    # Found once: the quotes' pronouns and the claims' ask.
    return list(
        article.once(
            "descriptions",
            lambda: tuple(
                (body_start + m.start(), m.group(0))
                for m in DESCRIPTION_RE.finditer(article.text[body_start : article.body_end])
            ),
        )
    )


def role_name_runs(article: PreparedArticle) -> list[tuple[int, list[str]]]:
    """Where the article introduces someone with a role and a full name ("Defense
    Secretary Mark Esper"): (offset, tokens), in order."""
    found = []
    body_start = article.body_start
    for run_start, written in _name_runs_in(article.text[body_start : article.body_end]):
        tokens = written.split()
        start = body_start + run_start
        while tokens and tokens[0] in NOT_NAMES:
            start = article.text.index(tokens[1], start) if len(tokens) > 1 else start
            tokens = tokens[1:]
        role, name = _split_run(tuple(tokens))  # split once per distinct run
        if role and len(name) >= 2:
            found.append((start, tokens))
    return found


# Words that make a capitalised run an organisation or a place, not a person.
_ORG_WORDS = words("ORGANISATION_WORDS")
_FACILITY_WORDS = words("FACILITY_WORDS")
# Forms of address and role words that say whether a person is a man or a woman.
_MALE = words("MALE_WORDS")
_FEMALE = words("FEMALE_WORDS")
# Given names that almost always name a man or a woman.
_MALE_NAMES = words("MALE_NAMES")
_GIVEN_NAMES = _MALE_NAMES | words("FEMALE_NAMES")
_FEMALE_NAMES = words("FEMALE_NAMES")
_TITLES_AND_ROLES = frozenset(w.rstrip(".") for w in ROLE_WORDS | _MALE | _FEMALE) | TITLE_ABBREVIATIONS


@dataclass(frozen=True)
class PersonMention:
    """A person the article names outside its quotes, where it names them."""

    start: int
    end: int
    speaker: NamedSpeaker
    gender: str | None  # "m" or "f" when a title or role word says so


def gender_of(words: list[str], name_from: int = 0) -> str | None:
    """ "m", "f" or None from the titles and role words among ``words`` and the given name
    of the name starting at ``name_from`` (a common name that is almost always a man's or a
    woman's: "John", "Hillary")."""
    lowered = {w.lower() for w in words}
    # The given name: the first word of the name (from ``name_from``) that is no title or role.
    name = [w.lower() for w in words[name_from:]]
    given = next((w for w in name if w.rstrip(".") not in _TITLES_AND_ROLES), "")
    male = bool(lowered & _MALE) or given in _MALE_NAMES
    female = bool(lowered & _FEMALE) or given in _FEMALE_NAMES
    return "m" if male and not female else "f" if female and not male else None


def gendered_word(word: str) -> str | None:
    """ "m" or "f" when ``word`` alone says a man or a woman: a title or role word ("Mr.",
    "brother", "wife") or a capitalised given name that almost always names one ("Kevin")."""
    lowered = word.lower()
    if lowered in _MALE or (word[:1].isupper() and lowered in _MALE_NAMES):
        return "m"
    if lowered in _FEMALE or (word[:1].isupper() and lowered in _FEMALE_NAMES):
        return "f"
    return None


def is_person(speaker: NamedSpeaker, mention: str) -> bool:
    """Whether a named speaker is a person rather than an organisation or a place: a
    title or role, or a name of two or more words none of which names an organisation."""
    if is_description(speaker.name):
        return False
    words = speaker.name.split()
    if any(w.lower().strip(".") in _ORG_WORDS for w in words) or _place_abbreviated(words):
        return False
    if len(words) > _LONGEST_NAME:
        return False
    titled = speaker.role is not None or gender_of(mention.split()) is not None
    return titled or (len(words) >= 2 and all(w[:1].isupper() or w in PARTICLES for w in words))


_ORG_NOUNS = pattern("ORGANISATION_NOUNS")
_REPORTING = alternation(verb_forms("quote", ("past", "third")))


# What may stand before an organisation's name ("the public service union Unison") or
# around a one-word one ("the Pentagon said"), read at each place the text writes the name:
# searching the whole article once per name would take quadratic time on a long one.
_ORG_NOUN_BEFORE = re.compile(rf"\b{_ORG_NOUNS}\s+(?:[A-Z][\w’'-]*\s+){{0,3}}?$")
_THE_BEFORE = first_filtered(re.compile(r"(?<![\w’'-])[Tt]he\s+$"))
_REPORTS_AFTER = first_filtered(re.compile(rf"\s+(?:{_REPORTING})\b|\s*[,.;:]"))
_LABEL_AFTER = re.compile(r"\s*:")
_LOOK_BEFORE = 120


def is_organisation(text: str, speaker: NamedSpeaker) -> bool:
    """Whether a named speaker is an organisation, by what the name holds or how the text
    writes it: a word of an organisation ("the Home Office", "Greater Manchester Police",
    "Harland Foods Ltd"); a noun of one before it ("the public service union Unison",
    "the campaign group Friends of the Earth"); "the" before a one-word name that then
    reports ("the Pentagon said"); an acronym (PTI) that labels no transcript line. A
    person's role, a form of address or a given name says otherwise."""
    return _is_organisation(text, speaker)


@lru_cache(maxsize=4096)
def _is_organisation(text: str, speaker: NamedSpeaker) -> bool:
    name = speaker.name
    words = name.split()
    if not words or is_description(name) or speaker.role is not None or gender_of(words) is not None:
        return False
    if any(w.lower().strip(".") in _ORG_WORDS for w in words):
        return True
    labels = False
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        whole = (at == 0 or not _word_char(text[at - 1])) and (end == len(text) or not _word_char(text[end]))
        if whole:
            if _ORG_NOUN_BEFORE.search(text, max(0, at - _LOOK_BEFORE), at):
                return True
            if len(words) == 1 and _THE_BEFORE.search(text, max(0, at - 8), at) and _REPORTS_AFTER.match(text, end):
                return True
            line = text.rfind("\n", 0, at) + 1
            if not text[line:at].strip() and _LABEL_AFTER.match(text, end):
                labels = True
        at = text.find(name, at + 1)
    return len(name) >= 2 and name.isupper() and not labels


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def may_be_person(text: str, speaker: NamedSpeaker) -> bool:
    """Whether the subject of a reporting clause ("Clinton said") may be a person: a
    name, not a description, an organisation or a place the article puts after "in"."""
    words = speaker.name.split()
    return (
        not is_description(speaker.name)
        and not all(w.lower() in ROLE_WORDS for w in words)
        and 0 < len(words) <= _LONGEST_NAME
        and words[0][:1].isupper()
        and not any(w.lower().strip(".") in _ORG_WORDS for w in words)
        and not _place_abbreviated(words)
        and speaker.name not in _places(text)
    )


def _place_abbreviated(words: Sequence[str]) -> bool:
    """Whether a name opens with a place's abbreviation and its stop ("St. Louis", "Mt.
    Vernon"): a place, no person."""
    return len(words) > 1 and words[0].endswith(".") and words[0][:-1].lower() in PLACE_ABBREVIATIONS


@lru_cache(maxsize=4)
def _places(text: str) -> frozenset[str]:
    """Names the article puts after "in" or "across" somewhere ("in North Korea"): places,
    not people, whatever their number of words."""
    return frozenset(
        m.group(1) for m in re.finditer(rf"\b(?:in|across|throughout)\s+(?:the\s+)?({NAME})(?![\w’']|['’]s)", text)
    )


def person_mentions(article: PreparedArticle) -> list[PersonMention]:
    """Every person named in the body outside quotes, in order."""
    return list(article.once("person_mentions", lambda: _person_mentions(article)))


def _person_mentions(article: PreparedArticle) -> tuple[PersonMention, ...]:
    text = article.text
    quotes = [(q.open_mark, q.close_mark + 1) for q in article.quotes]
    found: list[PersonMention] = []
    q = 0
    for start, mention in _name_runs_in(text, article.body_start, article.body_end):
        end = start + len(mention)
        while q < len(quotes) and quotes[q][1] <= start:
            q += 1
        if q < len(quotes) and quotes[q][0] <= start < quotes[q][1]:
            continue
        if not article.in_story(start):
            continue  # a byline's or a caption's name is no one the story's pronouns mean
        tokens = mention.split()
        while tokens and tokens[0] in NOT_NAMES:
            tokens = tokens[1:]
        if not tokens or participle_clause(text, start, end):
            continue
        start = end - len(" ".join(tokens)) if mention.endswith(" ".join(tokens)) else start
        speaker = canonical_speaker(text, " ".join(tokens))
        if speaker is None:
            continue
        before = text[max(0, start - 16) : start].split()[-1:]
        if speaker.name in _places(text):
            continue
        if is_person(speaker, " ".join(before + tokens)):
            # The given name is the canonical name's first word, not the mention's first
            # word that is no title ("Transport Secretary Helen Vance": "Helen", not
            # "Transport"); the titles and role words are the mention's.
            name = speaker.name.split()
            titles = list(tokens)
            while titles and titles[-1] in name:
                titles.pop()
            found.append(PersonMention(start, end, speaker, gender_of(before + titles + name, len(before + titles))))
    return tuple(found)


# A capitalised participle before a preposition or a determiner opens a clause ("Campaigning
# against", "Speaking to the", "Asked about"); a name before a verb stays one ("Manning said").
_PARTICIPLE = re.compile(r"[A-Z][a-z]+(?:ing|ed)")
_PARTICIPLE_OPENING = re.compile(
    rf"\s+(?:{pattern('PREPOSITIONS')}|{pattern('DETERMINERS')}|as|up|out|through|over|back)\b"
)


def participle_clause(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word ``text[start:end]`` opens a participle's clause, no name
    ("Campaigning against Mitt Romney, he ..."); not a surname the text writes after a first
    name ("Ahmed for his part denied ..." after "Shafiq Ahmed", "Keating in reply" after
    "Paul Keating")."""
    return (
        _PARTICIPLE.fullmatch(text, start, end) is not None
        and _PARTICIPLE_OPENING.match(text, end) is not None
        and not _written_after_a_name(text, text[start:end])
    )


_CAPITAL_WORD_BEFORE = re.compile(r"\b[A-Z][\w’'-]*[ \t]+$")


@lru_cache(maxsize=64)
def _written_after_a_name(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` after a capitalised word ("Shafiq Ahmed"): looked up
    once per word of a text, from the word's own occurrences (a search of the whole text
    for each mention grew with the square of its length)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        whole = end == len(text) or not _word_char(text[end])
        if whole and _CAPITAL_WORD_BEFORE.search(text, max(0, at - 60), at) is not None:
            return True
        at = text.find(word, end)
    return False


# A description starts with one of a few words, a name with a capital: the lookahead (a
# superset of their first letters) turns away most places in a text at once, which
# halves the time of a search.
# The sources offered for claims keep the descriptions they had before speakers took more
# (the claims and events half of the work owns that list; see issue 13).
_MENTION_DESCRIPTION = (
    rf"{pattern('MENTION_DETERMINERS', initial_case=True)}\s+(?:[\w-]+\s+){{0,3}}?{pattern('SOURCE_NOUNS')}(?:e?s)?"
)
_MENTION = re.compile(rf"(?<![\w’'.-])(?=[A-Zatos])(?:{_MENTION_DESCRIPTION}|{NAME})")
# A stop inside a run of capitals: after a title ("Gov. Jerry Brown"), a place's
# abbreviation ("St. Louis") or a suffix ("Harold Quill Jr. The firm"); initials
# ("John F. Kennedy", "U.S.") are no word in lower case.
_STOP_GAP = first_filtered(re.compile(r"(?<=[a-z])\.\s+"))
# "Main St." is a street: a word of a name before it (not "of": "Bank of St. Louis").
_STREET = "st"
_TRAILING = re.compile(r"(?:['’]s)?[.,;:]*$")
_WORD = re.compile(r"\S+")
_TRAILING_ENDS = (".", ",", ";", ":", "s")
_NOT_MENTIONS = CALENDAR | {w.lower() for w in NOT_NAMES}


def mentions(article: PreparedArticle, start: int | None = None, end: int | None = None) -> list[str]:
    """Who and where the article names: runs of capitalised words ("Defense Secretary
    Mark Esper", "Babylon") and descriptive sources ("two US officials"), each as
    written, in order of first appearance, in the body or in ``text[start:end]``.
    These are the values an event's actor or place and a claim's source may take,
    so the model references rather than copies."""
    offset = article.body_start if start is None else start
    body = article.text[offset : article.body_end if end is None else end]
    found: dict[str, None] = {}
    for m in _MENTION.finditer(body):
        if not article.in_story(offset + m.start()):
            continue  # a caption's place or a byline's name is not the story's
        run = m.group(0)
        # A run of capitals can cross a sentence end ("said Harold Quill Jr. The firm"):
        # each sentence's part is its own phrase. A title's or a place's abbreviation
        # ("Gov. Jerry Brown", "St. Louis") and initials ("John F. Kennedy", "U.S.") end
        # no sentence.
        for piece in _sentence_pieces(run) if "." in run else (run,):
            phrase = piece
            if not DESCRIPTION_RE.fullmatch(phrase):
                # A form of address with its stop goes as one without ("Mr. Hale" as "Mr Hale"),
                # and a plural title with it ("Sens. Ted Cruz and Marco Rubio").
                # What is left is as written ("Gov.\xa0Mike Pence" keeps its no-break space),
                # but for a run across lines, which is no name as written.
                words = list(_WORD.finditer(phrase))
                dropped = 0
                while dropped < len(words) and (
                    words[dropped].group(0).removesuffix(".") in NOT_NAMES
                    or words[dropped].group(0).lower() in _PLURAL_TITLES
                ):
                    dropped += 1
                if "\n" in phrase or "\r" in phrase:
                    phrase = " ".join(w.group(0) for w in words[dropped:])
                else:
                    phrase = phrase[words[dropped].start() :] if dropped < len(words) else ""
            if phrase.endswith(_TRAILING_ENDS):  # else there is nothing to strip (and no search)
                phrase = _TRAILING.sub("", phrase)
            # Looking in the match first spares a search of the whole body for each of
            # thousands of names.
            in_body = phrase in run or phrase in body
            if len(phrase) > 1 and in_body and phrase.lower() not in _NOT_MENTIONS:
                found[phrase] = None
    return list(found)


def _sentence_pieces(run: str) -> list[str]:
    """``run`` cut at each stop that may end a sentence inside it (``_piece_spans``)."""
    return [run[a:b] for a, b in _piece_spans(run, streets=True)]


def _piece_spans(run: str, *, streets: bool) -> list[tuple[int, int]]:
    """The spans of ``run`` between the stops that may end a sentence inside it: a
    suffix's ("said Harold Quill Jr. The firm") and, with ``streets``, a street's ("on
    Main St. Police said"); not a title's ("Gov. Jerry Brown") or a place's abbreviation
    ("the St. Louis suburb", "Mt. Vernon"). (A person's name is not cut at a street's:
    "Warren St. John" is no "Warren St"; the role finder reads "Main St. Police" whole.)"""
    spans = []
    last = 0
    for gap in _STOP_GAP.finditer(run):
        word_start = run.rfind(" ", 0, gap.start()) + 1
        word = run[word_start : gap.start()].lower()
        before = run[last:word_start].split()[-1:]
        if word in NAME_SUFFIXES or (streets and word == _STREET and before and before[0][:1].isupper()):
            spans.append((last, gap.start()))
            last = gap.end()
    spans.append((last, len(run)))
    return spans


def _name_runs_in(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, str]]:
    """The runs of capitalised words (``NAME_RUN``) of ``text[start:end]``, each cut where
    a sentence may end inside it ("brought by Harold Quill Jr. The judge" holds "Harold
    Quill Jr" and "The judge"): (offset, run as written)."""
    for run in NAME_RUN.finditer(text, start, len(text) if end is None else end):
        written = run.group(0)
        if "." not in written:
            yield run.start(), written
            continue
        for a, b in _piece_spans(written, streets=False):
            yield run.start() + a, written[a:b]


# ----------------------------------------------------------------- typed names

# What a name may be followed by without being an adjective: verbs and function words.
_AFTER_NAME = words("AFTER_NAMES")
_VERBS_AFTER = words("FINITE_AFTER_NAMES")
_PLACE_PREPOSITIONS = first_filtered(
    re.compile(
        rf"\b(?:{pattern('PLACE_WORDS')}|{pattern('COMPASS')}(?:ern)?\s+of|city\s+of)\s+(?:the\s+)?$",
        re.IGNORECASE,
    )
)


@dataclass(frozen=True)
class Names:
    """An article's names, typed: who may act or speak, and where things happen."""

    actors: tuple[str, ...]
    places: tuple[str, ...]


_TOKEN = re.compile(r"[\w’'.&-]+")
_NEXT_WORD = re.compile(r"\s+([\w’'-]+)")
_NAME_END = re.compile(r"(?![\w-])")
# A _TOKEN whose first character may be a capital (a letter, not a-z): a superset of
# those that start with one, found without visiting every word.
_CAPITAL_TOKEN = re.compile(r"(?<![\w’'.&-])(?=[^\W\d_a-z])[\w’'.&-]+")


@dataclass(frozen=True)
class _Index:
    """Where each word of a body starts, found in one pass: a name's occurrences are
    then looked up, not searched for (an article may have tens of thousands of names)."""

    body: str
    starts: dict[str, list[int]]
    lower: frozenset[str]
    # Whether each name is a place (_is_place), asked more than once per name.
    places: dict[str, bool] = field(default_factory=dict)

    @classmethod
    def of(cls, body: str) -> _Index:
        # Only names are looked up, and a name starts with a capital: the places of the
        # other words are not kept. Of the words in lower case, the spellings only.
        starts: dict[str, list[int]] = {}
        for m in _CAPITAL_TOKEN.finditer(body):
            word = m.group(0).rstrip(".")
            if word[:1].isupper():
                starts.setdefault(word, []).append(m.start())
        spellings = (token.rstrip(".") for token in set(_TOKEN.findall(body)))
        return cls(body, starts, frozenset(w for w in spellings if w[:1].islower()))

    def occurrences(self, name: str) -> list[int]:
        """Where ``name`` (which starts with a capital) is written as a whole word."""
        first = name.split()[0].rstrip(".")
        return [
            at
            for at in self.starts.get(first, ())
            if self.body.startswith(name, at) and _NAME_END.match(self.body, at + len(name))
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
    if all(w.lower().strip(".") in CALENDAR for w in words):
        return False
    if any(HYPHEN_ADJECTIVE.search(w) for w in words):
        return False
    body = index.body
    places = index.occurrences(name)
    if len(words) > 1 or not places:
        return True
    word = words[0]
    # Capitalised only where it starts a sentence, and written in lower case elsewhere.
    if word.lower() in index.lower and all(_sentence_initial(body, at) for at in places):
        return False
    # Written after a preposition of place ("Police in Cairo arrested"): a place, whatever
    # follows it elsewhere (demonyms are judged below).
    if not adjective(word) and _is_place(index, name):
        return True
    # Always followed by a lower-case word that is not a verb or a function word
    # ("Iraqi capital", "Katyusha rockets"): an adjective.
    followers = [_next_word(body, at + len(name)) for at in places]
    adjective_use = [f for f in followers if f[:1].islower() and f.lower() not in _AFTER_NAME]
    if adjective_use and len(adjective_use) == len(followers):
        return False
    # A demonym ("Iraqi", "British") names someone only as the subject of a verb
    # ("the British said"); a place after "camp" or "in" ("Taji") is kept.
    if not adjective(word):
        return True
    return any(f.lower() in _VERBS_AFTER for f in followers) or (not adjective_use and _is_place(index, name))


def _is_place(index: _Index, name: str) -> bool:
    found = index.places.get(name)
    if found is None:
        found = index.places[name] = _written_as_place(index, name)
    return found


def _written_as_place(index: _Index, name: str) -> bool:
    words = [w.lower().strip(".") for w in name.split()]
    facility = words[-1] in _FACILITY_WORDS  # "the Betty Ford Center", "Fulton County"
    if any(w in _ORG_WORDS for w in words) and not facility:
        return False
    body = index.body
    if not any(_PLACE_PREPOSITIONS.search(body[max(0, at - 30) : at]) for at in index.occurrences(name)):
        return False
    # Asked last: a name with a role is no place, but most names are never written after
    # a preposition of place, and finding the role is the dearer test.
    return not canonical_role(name)


# Words after a name that leave it whole: verbs and function words, the words that open
# a noun phrase ("in Leeds two men") or a time ("near the Champs-Elysees late Thursday").
_NOT_QUALIFIED = (
    _AFTER_NAME
    | words("OBJECT_STOPS")
    | words("DETERMINERS")
    | words("NUMBER_WORDS")
    | CALENDAR
    | {"late", "early", "last", "this", "next", "overnight"}
)


_VERB_FORMS = frozenset(v.form(k) for v in EN.verbs for k in ("past", "participle", "third"))


def _adjective_only(index: _Index, name: str) -> bool:
    """Whether a one-word name is followed by a lower-case word that is no verb or
    function word wherever the body writes it ("a fire in Student halls"): it qualifies
    a noun, and is not a place the text names."""
    if " " in name:
        return False
    followers = [_next_word(index.body, at + len(name)) for at in index.occurrences(name)]
    return bool(followers) and all(qualified_by(f) for f in followers)


def qualified_by(follower: str) -> bool:
    """Whether a name the word ``follower`` comes after qualifies it, a noun ("the Wells
    Fargo | scandal", "a Student | hall"): a word in lower case that is no verb or
    function word."""
    return (
        follower[:1].islower()
        and follower not in _NOT_QUALIFIED
        and follower not in _VERB_FORMS
        and not follower.endswith("ed")
    )


def canonical_role(name: str) -> bool:
    """True when ``name`` carries a role or form of address ("Defense Secretary Mark Esper")."""
    speaker = canonical_speaker(name, name)
    return bool(speaker and speaker.role) or bool(_ADDRESSED.match(name))


_ADDRESSED = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\s")


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
            if not _adjective_only(index, name):  # "in Student halls": no place
                places.append(name)
        else:
            actors.append(name)
    return Names(tuple(actors), tuple(places))


def typed_names(article: PreparedArticle, start: int | None = None, end: int | None = None) -> Names:
    """The names of the article body, or of ``text[start:end]``, typed as actors
    (people, organisations, descriptive sources) and places, cleaned of sentence-initial
    common words, demonyms and adjectives, weekdays and months."""
    start = article.body_start if start is None else start
    end = content_end(article.text, start, article.body_end if end is None else end)
    # Once per article and span: the request's names (of the part) and the events' places
    # (of the body) are the same for a one-part article, and finding them is most of the work.
    return article.once(
        ("typed_names", start, end),
        lambda: _typed(article.text, article.body_start, article.body_end, tuple(mentions(article, start, end))),
    )
