"""Shared pieces of the English grammar the finders use: the lexicon, regular expressions
built from its lists, and the patterns of names. Public inside the package; the modules
named for what they find (``attribution``, ``claims``, ``names``, ``events``) build on it.

A list becomes a pattern through ``alternation``, which writes it as a trie
(``sa(?:id|ys?)``): Python's ``re`` tries the alternatives of a flat list one by one at
every position, and a trie lets it reject a position after a character or two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any, Literal

from .lexicon import FormKind, load

EN = load("en")


# ----------------------------------------------------------------- first characters

# A pattern searched for over a whole text is tried at every position; most positions
# fail on the first character, but only after the pattern's lookbehinds and the first
# branches of its alternatives. A lookahead of the characters a match may start with
# (``first_filtered``) turns those positions away at once. It is read from the pattern
# itself, so it cannot drift from it, and it asks only what every match satisfies:
# the matches are the same.
_CATEGORIES = {
    _sre.CATEGORY_DIGIT: r"\d",
    _sre.CATEGORY_NOT_DIGIT: r"\D",
    _sre.CATEGORY_WORD: r"\w",
    _sre.CATEGORY_NOT_WORD: r"\W",
    _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_NOT_SPACE: r"\S",
}
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT))
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)


def _first_of_sequence(items: Iterable[tuple[Any, Any]], out: set[str]) -> bool | None:
    """Add to ``out`` the characters (as parts of a character class) a match of the parsed
    sequence ``items`` may start with: True when every match starts with one of them,
    False when the sequence may match nothing (then what follows it counts too), None
    when the pattern's first character cannot be told."""
    for op, av in items:
        found = _first_of_item(op, av, out)
        if found is None or found:
            return found
    return False


def _first_of_item(op: Any, av: Any, out: set[str]) -> bool | None:  # noqa: PLR0911
    if op is _sre.LITERAL:
        out.add(re.escape(chr(av)))
        return True
    if op is _sre.IN:
        for kind, value in av:
            if kind is _sre.LITERAL:
                out.add(re.escape(chr(value)))
            elif kind is _sre.RANGE:
                out.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            elif kind is _sre.CATEGORY and value in _CATEGORIES:
                out.add(_CATEGORIES[value])
            else:
                return None  # a negated class: anything may start a match
        return True
    if op is _sre.BRANCH:
        every = True
        for branch in av[1]:
            found = _first_of_sequence(branch, out)
            if found is None:
                return None
            every = every and found
        return every
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, items = av
        if add_flags & (re.IGNORECASE | re.ASCII) or del_flags & ~re.IGNORECASE:
            # Inline flags ("(?i:...)") would widen what the class must match; taking off
            # the case ("(?-i:...)") only narrows what follows, which the class allows for.
            return None
        return _first_of_sequence(items, out)
    if op in _REPEATS:
        low, _high, items = av
        found = _first_of_sequence(items, out)
        return None if found is None else found and low > 0
    if op in _ZERO_WIDTH:
        return False  # a boundary or a look-around: what follows starts the match
    return None


def first_filtered(regex: re.Pattern[str]) -> re.Pattern[str]:
    """``regex`` with a lookahead of the characters its matches start with, when the
    pattern tells them: the same matches, found with fewer tries (see above)."""
    if regex.flags & re.VERBOSE:
        return regex
    out: set[str] = set()
    if _first_of_sequence(_sre_parse.parse(regex.pattern, regex.flags), out) is not True:
        return regex  # a pattern that may match nothing, or whose start cannot be told
    return re.compile(f"(?=[{''.join(sorted(out))}])(?:{regex.pattern})", regex.flags)


def alternation(words: Iterable[str], *, initial_case: bool = False) -> str:
    """A non-capturing regular expression matching any of ``words`` (a blank inside an
    entry matches any run of blanks). ``initial_case``: the first letter may also be a
    capital ("[Tt]he")."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node(trie, initial_case) or ""


def _char(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


def _node(node: dict, initial_case: bool = False) -> str | None:  # type: ignore[type-arg]
    branches: list[str] = []
    for ch in sorted(k for k in node if k):
        rest = _node(node[ch]) or ""
        head = f"[{ch.upper()}{ch}]" if initial_case and ch.upper() != ch else _char(ch)
        branches.append(head + rest)
    ends = "" in node
    if not branches:
        return None
    if len(branches) == 1 and not ends:
        return branches[0] if len(branches[0]) == 1 or not initial_case else f"(?:{branches[0]})"
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body


def words(name: str) -> frozenset[str]:
    """An English list of the lexicon."""
    return EN.words(name)


def pattern(name: str, *, initial_case: bool = False) -> str:
    """An English list as an alternation."""
    return alternation(EN.words(name), initial_case=initial_case)


def content_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over the blank characters ending ``text[start:end]``.

    A span's finders (names, time expressions) find the same in it either way: no match
    ends in blanks, and a blank after a match is no more a word character than the end of
    the span is. So a part and the body it equals, less its final line breaks, share one
    cached result."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def search_back(pattern: re.Pattern[str], s: str, at: int, reach: int = 120) -> re.Match[str] | None:
    """``pattern.search(s, 0, at)`` for a pattern anchored at ``at`` (it ends with ``$``)
    and shorter than ``reach``: only the last ``reach`` characters are read, so that
    asking at every word of a long sentence stays linear. A match that starts where the
    reading starts may reach further back: it is then looked for in all of ``s[:at]``."""
    lo = max(0, at - reach)
    found = pattern.search(s, lo, at)
    if found is not None and found.start() == lo and lo > 0:
        return pattern.search(s, 0, at)
    return found


def verb_forms(
    role: str, kinds: Iterable[FormKind] = ("base", "third", "past", "participle", "gerund")
) -> frozenset[str]:
    """The English verb forms with ``role``."""
    return EN.verb_forms(role, kinds)


def verb_pattern(role: str, kinds: Iterable[FormKind] = ("base", "third", "past", "participle", "gerund")) -> str:
    """The English verb forms with ``role`` as an alternation."""
    return alternation(EN.verb_forms(role, kinds))


def capitalised(words: Iterable[str]) -> frozenset[str]:
    """``words`` as they open a sentence: "the" -> "The", "u.s" -> "U.s"."""
    return frozenset(w[:1].upper() + w[1:] for w in words)


def lemma_forms(*lemmas: str) -> tuple[str, ...]:
    """Every form of the English verbs ``lemmas`` (each must be in the lexicon)."""
    forms: list[str] = []
    for lemma in lemmas:
        verb = EN.verb(lemma)
        if verb is None:
            raise ValueError(f"{lemma!r} is not a verb of the English lexicon")
        forms += verb.forms.all()
    return tuple(forms)


# ----------------------------------------------------------------- names and clauses

# Forms of address ("Mr. Esper" has no role "Mr.") and titles abbreviated before a name
# ("Prof. Weiss", "Gen. Milley") or after it ("King Jr."): their full stop ends neither a
# name nor a sentence. The name code (attribution) and the sentence splitter read the same
# lists, so that a name run and a sentence agree on where a full stop ends something.
HONORIFICS = words("HONORIFICS")
TITLE_ABBREVIATIONS = HONORIFICS | words("TITLE_ABBREVIATIONS")
# Other abbreviations after which a full stop does not end a sentence (checked without
# their final stop, casefolded): months, "No. 2", "approx.", "U.S.", company suffixes.
# Abbreviations that open a place's name ("St. Louis", "Mt. Vernon"), and the suffixes after
# a person's ("Harold Quill Jr."), whose stop alone of a name's may end a sentence.
PLACE_ABBREVIATIONS = words("PLACE_ABBREVIATIONS")
NAME_SUFFIXES = words("NAME_SUFFIXES")
ABBREVIATIONS = TITLE_ABBREVIATIONS | PLACE_ABBREVIATIONS | words("ABBREVIATIONS") | words("MONTH_ABBREVIATIONS")
# Nouns that are also cue verbs: a cue only before what can open its content
# ("plans to", "claims that", "states the"), not before a noun ("Some state officials").
AMBIGUOUS = verb_forms("noun", ("base", "third"))
PARTICLES_AFTER = re.compile(rf"\s+{pattern('CUE_PARTICLES')}\b")
# The reporting verbs of a clause next to a quote (past, present and base: "officials say").
REPORTING_VERBS = alternation(verb_forms("quote", ("past", "third")) | verb_forms("plural", ("base",)))
# Participles that report what the subject of their clause says: ``, adding: "...``.
REPORTING_PARTICIPLES = verb_pattern("participle", ("gerund",))
# A word of a name: a title with its stop ("Dr.", "Gen."), initials ("F.", "G.K.", "U.S."),
# a capitalised word, "al-Assad". A full stop after any other word ends the name: "in
# Berlin. Mayor Kai Wegner said" holds the names "Berlin" and "Mayor Kai Wegner".
# A trie: tried at every capital of every name pattern. It prefers the longer of two
# titles one of which begins the other ("Mrs" over "Mr"), as the longest-first list did.
TITLE_WORD = alternation(t.capitalize() for t in TITLE_ABBREVIATIONS)
# A title's or a place's abbreviation with its stop opens a name ("Gov. Jerry Brown",
# "Mt. Vernon"): the stop is inside the name run.
NAME_ABBREVIATION = alternation(t.capitalize() for t in TITLE_ABBREVIATIONS | PLACE_ABBREVIATIONS)
NAME_CAP = (
    rf"(?:(?:{NAME_ABBREVIATION})\.|(?:[A-Z]\.)+(?![\w’'])"
    r"|(?:al|el|ad|as|ash|at|an|ibn|bin)-[A-Z][\w’'-]*|[A-Z][\w’'-]*)"
)
# Particles inside names: "Ursula von der Leyen", "Bill de Blasio", "Mohammed bin Salman",
# and the joining "of" of "Secretary of State Mike Pompeo".
PARTICLE = alternation(words("PARTICLES") | {"of"})
NAME_WORD = rf"(?:(?:{PARTICLE})\s+){{0,2}}{NAME_CAP}"
NAME = rf"(?:{pattern('LEADING_PARTICLES')}\s+(?:der\s+|den\s+)?)?{NAME_CAP}(?:\s+{NAME_WORD}){{0,6}}"
PRONOUN = r"[Hh]e|[Ss]he|[Tt]hey|[Ii]t"
# Descriptive sources the article names with a noun ("two US officials", "the newspaper"):
# a determiner, a few words and a noun. As the subject of a reporting verb any noun will
# do ("the influential US daily wrote"); elsewhere (``descriptions``) only these nouns.
DETERMINER = pattern("SOURCE_DETERMINERS", initial_case=True)
SOURCE_NOUNS = words("SOURCE_NOUNS") | words("MORE_SOURCE_NOUNS")
DESCRIPTION = rf"{DETERMINER}\s+(?:[\w.’'-]+\s+){{0,3}}?{alternation(SOURCE_NOUNS)}(?:e?s)?"
# The nouns a descriptive source ends with, singular or plural ("the newspaper", "a
# narrator", "two US officials", "Trump's campaign"): what speaks, writes or reports.
HEAD = rf"(?:{alternation(SOURCE_NOUNS | words('HEAD_NOUNS'))}|\d+-year-old)(?:e?s)?"
DESCRIPTION_SUBJECT = rf"{DETERMINER}\s+(?:[\w.’'-]+\s+){{0,4}}?{HEAD}\b"
POSSESSIVE = rf"(?:['’]s\s+(?:[\w-]+\s+){{0,2}}?{HEAD}\b)?"
SUBJECT = rf"(?P<subject>(?:{NAME}){POSSESSIVE}|{PRONOUN}|{DESCRIPTION_SUBJECT})"
ADVERB = rf"(?:\s+(?:{pattern('ADVERBS_BEFORE_VERB')}|told\s+\w+\s+and)){{0,2}}"
# A name's apposition between it and its verb: ``Scott Pruitt, the attorney general of
# Oklahoma, said`` / ``Mr. King, 82, told me``.
# A nickname may stand in it: ``Scott's niece, state Del. Marcia "Cia" Price (D-Va.), shouted``.
# Or between dashes, after a comma's apposition or none: ``John Dickey, the chief executive of
# Ora Media -- the company that owns ..., which is ... -- told me``.
APPOSITION = (
    r"(?:,\s+(?:[^,\"“”«»\n]|[\"“][A-Z][\w.’'-]*[\"”]){1,160}?(?:,\s+[^,\"“”«»\n]{1,100}?)?,"
    r"|(?:,\s+[^,\"“”«»\n—–]{1,100}?)?\s+(?:--|—|–)\s+[^\"“”«»\n—–]{1,200}?\s+(?:--|—|–)(?=\s))?"
)
# Lower-case role words that may sit between an organisation and a name, as in
# "Cal Fire spokesman Jon Heggie", "Clinton campaign manager Robby Mook".
INNER_ROLE = pattern("INNER_ROLES")
FORMER = rf"(?:{pattern('ROLE_MODIFIERS')}\s+)?"
# A description after its verb runs to a comma, a stop or a preposition: ``," said the
# influential US daily`` / ``," said a spokesman for the campaign``.
DESCRIPTION_AFTER = (
    rf"{DETERMINER}\s+(?:[\w.’'-]+\s+){{0,4}}?{HEAD}"
    rf"(?=\s*(?:[,.;:!?)\n]|$)|\s+(?:{pattern('DESCRIPTION_ENDS')}|\d))"
)
# A description may end with what it belongs to: "a narrator in the Clinton ad asks".
OF_WHAT = rf"(?:\s+{pattern('DESCRIPTION_LINKS')}\s+(?:[\w.’'-]+\s+){{0,3}}?[\w’'-]+)?"
# Lower-case words that may end what precedes a name: "Tulsa police Chief Chuck Jordan",
# "panel Chairman Rep. Jason Chaffetz".
ORG_NOUN = pattern("ORGANISATION_MODIFIERS")
# A name with what the article puts before it: "IMF chief economist Maury Obstfeld",
# "Trump lawyer Marc Kasowitz", "White House press secretary Josh Earnest".
NAMED = rf"(?:(?:(?:{NAME}|[\w/.-]+)\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?:{INNER_ROLE}|{ORG_NOUN})\s+)?{FORMER}{NAME}"
# After a name: its party and state ("Rep. Gwen Moore (D-Wis.) said"), or its organisation
# ("Mr. Morgan of the Sierra Club said").
NAME_TAIL = r"(?:\s+\([^()\n]{1,25}\))?(?:\s+of\s+the\s+(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)?"
# What may stand between a closing mark and its clause: the second mark of a doubled
# quote (''...''), blanks, a comma, a dash.
LEAD = r"^[\s,—–―'’”\"»-]*"
ROLE_WORDS = words("ROLE_WORDS")
# Every word that names a role: "minister", "spokesman" and "aide", "lawyer", "coach".
ROLE_NOUNS = ROLE_WORDS | words("INNER_ROLES")
# Capitalised words that start a sentence or a clause, not a name ("When Clinton spoke").
NOT_NAMES = capitalised(words("NOT_NAMES"))
NAME_RUN = first_filtered(re.compile(rf"(?<![\w’'.-]){NAME}"))
DESCRIPTION_RE = first_filtered(re.compile(DESCRIPTION))
CALENDAR = words("WEEKDAYS") | words("MONTHS")
PARTICLES = words("PARTICLES")
PREPOSITIONS = words("PREPOSITIONS")
QUANTIFIERS = words("QUANTIFIERS")


# ----------------------------------------------------------------- noun phrases and cues

CAPITAL_WORD = r"[A-Z][\w’'.&-]*"
LINK = pattern("NAME_LINKS")
EDGE = " \t\r\n,;:—–-.!?\"“”'‘’"
# Cue verbs, every form, by kind: a verb of saying, thinking, judging, wanting or
# proposing whose subject is a source (PolNeAR annotates all of them as attributions).
# How the cue of a claim attributes it.
CandidateKind = Literal["indirect", "according_to", "blamed", "quote"]
CUE_KINDS: dict[str, CandidateKind] = {
    **dict.fromkeys(verb_forms("claim") | verb_forms("stance"), "indirect"),
    **dict.fromkeys(verb_forms("blame"), "blamed"),
}
CUE_RE = re.compile(rf"(?<![\w’'-])(?P<verb>{alternation(CUE_KINDS)})(?![\w’'-])")
# Verbs that stand after their content: "..., said Esper." / "..., the minister added."
INVERTING = verb_forms("inverts", ("past", "third"))
# Words that may stand between a source and its cue.
AUX_WORDS = words("BETWEEN_SOURCE_AND_CUE")
AUX_TAIL = re.compile(
    r"(?:\s+|^)(?:[a-z]+|(?:on|last|this)\s+[A-Z][a-z]+|(?:on|last|this)\s+[a-z]+|in\s+a\s+statement)\s*$"
)
LY = re.compile(r"[a-z]{3,}ly")
# Where a source may begin: after these words or marks (or at the start of a sentence).
BOUNDARY_WORDS = words("BOUNDARY_WORDS")
# Words before a name that cannot end a larger phrase holding it: "the third time AROS said".
NOT_BEFORE_NAME = words("NOT_BEFORE_NAME")
BOUNDARY_MARKS = ",;:(—–―-“”\"‘’'[…"
DETERMINERS = rf"(?:{pattern('NP_DETERMINERS')}|\d[\d,.]*)"
NP_PRONOUN = first_filtered(re.compile(r"(?:he|she|they|it)", re.IGNORECASE))
# A name: a run of capitals, links inside ("Secretary of State John Kerry", "Ben bin Laden").
# "Chancellor of the Exchequer Rachel Reeves": a role "of the" something before the name.
NP_NAME = re.compile(rf"(?:[Tt]he\s+)?{CAPITAL_WORD}(?:\s+(?:(?:of\s+the|{LINK})\s+)?{CAPITAL_WORD}){{0,7}}")
# A description: a determiner (or a name's possessive), a few words, and a noun:
# "the bank", "another source", "Clinton’s team", "73 percent", "the former secretary of state".
LOWER = r"[a-z][\w’'-]*"
WORDISH = r"[\w’'.&-]+"
NP_DESCRIPTION = first_filtered(
    re.compile(
        rf"(?:(?:[Nn]early|[Aa]bout|[Oo]nly|[Aa]lmost|[Jj]ust|[Mm]ore\s+than|[Oo]ver)\s+)?"
        rf"(?:{DETERMINERS}|{CAPITAL_WORD}(?:\s+{CAPITAL_WORD}){{0,3}}[’']s)\s+(?:{WORDISH}\s+){{0,5}}?{WORDISH}",
        re.IGNORECASE,
    )
)
# A bare plural: "sources", "experts", "top black lawmakers", "Senate Democrats".
PLURAL_HEADS = pattern("PLURAL_SOURCES")
NP_PLURAL = re.compile(
    rf"(?:[\w’'-]+\s+(?:and\s+)?){{0,3}}(?:{PLURAL_HEADS})"
    rf"(?:\s+(?:of|to|in|from|for|at|on|close\s+to|around)\s+(?:{WORDISH}\s+){{0,4}}{WORDISH})?",
    re.IGNORECASE,
)
# A role before a name: "retired Air Force general Lloyd Newton", "Republican presidential
# nominee Donald Trump".
NP_ROLE_NAME = re.compile(rf"(?:[\w’'-]+\s+){{1,4}}{CAPITAL_WORD}(?:\s+{CAPITAL_WORD}){{0,3}}")
NP_QUANTITY = first_filtered(
    re.compile(
        rf"(?:[Nn]early\s+|[Aa]bout\s+|[Oo]nly\s+|[Aa]lmost\s+|[Jj]ust\s+)?"
        rf"(?:\d[\d.,]*|[A-Za-z]+(?:-[a-z]+)?)\s+(?:percent|per\s+cent|%)(?:\s+of\s+(?:{WORDISH}\s+){{0,3}}{WORDISH})?"
        rf"|(?:[Nn]early\s+|[Aa]bout\s+|[Oo]nly\s+|[Aa]lmost\s+)?[A-Za-z0-9]+\s+(?:in|of|out\s+of)\s+\d+\s+{WORDISH}"
        rf"|(?:[Mm]ost|[Mm]any|[Ss]ome|[Ff]ew|[Aa]ll|[Hh]alf)\s+(?:of\s+)?(?:{WORDISH}\s+){{0,2}}{WORDISH}"
    )
)
# Words a description may not end with (or hold): verbs and function words, not nouns.
NOT_HEAD = words("NOT_HEADS")
INSIDE_NOT = words("NOT_INSIDE_SOURCES")
QUOTE_MARKS = "“”\"‘’'«»„"
# Capitalised words that open a sentence or clause, never a source's first word.
OPENERS = words("OPENERS")
NOT_SOURCES = words("NOT_SOURCES")


def word_before(s: str, at: int) -> tuple[int, str] | None:
    """The word ending just before ``at`` (blanks skipped), and where it starts.

    What ``search_back(WORD_BEFORE_RE, s, at)`` finds, read backwards from ``at`` rather
    than tried at each of the 120 places before it."""
    lo = max(0, at - 120)
    end = at
    while end > lo and s[end - 1].isspace():
        end -= 1
    start = end
    if end > lo:
        while start > 0 and (s[start - 1].isalnum() or s[start - 1] in _WORD_MARKS):
            start -= 1
    return (start, s[start:end]) if start < end else None


# The characters of WORD_BEFORE_RE's words besides letters and digits (``\w`` holds "_").
_WORD_MARKS = frozenset("_’'.-")


WORD_BEFORE_RE = re.compile(r"([\w’'.-]+)\s*$")
WORD_STARTS = re.compile(r"(?<![\w’'.&-])[\w“‘\"'(]")


def at_boundary(s: str, start: int) -> bool:
    """Whether a source may begin at ``start``: the sentence's start, after a mark, or
    after a word that opens a clause ("and", "but", "that", "while", "which")."""
    before = s[:start].rstrip()
    if not before.strip(QUOTE_MARKS + " ([—–―-"):
        return True
    if before[-1] in BOUNDARY_MARKS:
        return True
    word = word_before(before, len(before))
    return word is not None and word[1].lower() in BOUNDARY_WORDS


ARTICLES_ETC = words("ARTICLES")
_OPENERS_NOT_ARTICLES = OPENERS - ARTICLES_ETC
# Participles a description may hold: "the retired general", "an unnamed official".
ED_ADJECTIVES = words("ADJECTIVAL_PARTICIPLES")


def np_ok(np: str) -> bool:
    """Whether ``np`` (a run of words) is a source: a pronoun, a name, a description
    ending in a noun, a bare plural, a share of a poll's respondents."""
    if NP_PRONOUN.fullmatch(np):
        return True
    words = np.split()
    if not words or _NP_BREAK.search(np) or " -- " in f" {np} ":
        return False
    if "n't" in np or "n’t" in np or words[0].lower() in CUE_KINDS:
        return False
    if len(words) == 1 and words[0][:1].isupper() and words[0].lower().endswith(("ed", "ing")):
        return False  # "Chastened", "Having": a participle opening the sentence
    if len(words) == 1 and words[0].lower().rstrip(".") in TITLE_ABBREVIATIONS:
        return False  # "Mrs", "Gen.": a form of address cut from its name
    # The last word as written: "May" ends a name, "may" is a verb.
    first, last = words[0].lower(), words[-1].strip(".")
    if last.endswith(("’s", "'s", "’", "'")) or last in NOT_HEAD or first in _OPENERS_NOT_ARTICLES:
        return False
    inner = [w.lower() for w in words[1:]]
    if any(w in INSIDE_NOT or w in AUX_WORDS or w in CUE_KINDS and w not in AMBIGUOUS for w in inner[:-1]):
        return False
    if NP_QUANTITY.fullmatch(np) or NP_PLURAL.fullmatch(np):
        return True
    if NP_NAME.fullmatch(np):
        return subject_ok(np)
    if NP_ROLE_NAME.fullmatch(np) and np.split()[-1][:1].isupper() and not set(inner) & NOT_BEFORE_NAME:
        return subject_ok(" ".join(w for w in words if w[:1].isupper()))
    if NP_DESCRIPTION.fullmatch(np):
        # A description ends in a noun, and holds no verb: "the bank", "Clinton’s team",
        # not "the Rev. Al Sharpton began taking".
        # A capitalised word is a name, whatever its ending ("a spokesman for Downing Street").
        verbish = [
            w.lower()
            for w in words[1:]
            if w[:1].islower() and (w.endswith("ed") and w not in ED_ADJECTIVES or w.endswith("ing"))
        ]
        # A cue's form ends no description, but a noun after "of" may look like one ("the
        # former secretary of state": "state" is a verb too).
        noun_after_of = last in AMBIGUOUS and len(words) > 2 and words[-2].lower() == "of"
        return not verbish and not LY.fullmatch(last) and len(words) <= 8 and (last not in CUE_KINDS or noun_after_of)
    return False


def is_plural(np: str) -> bool | None:
    """Whether a source takes a plural verb ("experts say"), a singular one ("Clinton
    says"), or None when its form does not tell ("73 percent")."""
    low = np.lower()
    if low in {"they", "we", "i", "you"}:
        return True
    if low in {"he", "she", "it"}:
        return False
    words = low.split()
    if " and " in f" {low} " or NP_PLURAL.fullmatch(np):
        return True
    if "percent" in words or "%" in low or words[0] in {"most", "many", "some", "all", "half", "few"}:
        return None
    if np.split()[-1][:1].isupper():
        return False  # a name
    last = words[-1]
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


# A modal or "to" before a cue allows its base form after any source ("would call").
MODALS = words("MODALS")
NOT_THIRD_PERSON = words("NOT_THIRD_PERSON")
# The irregular pasts of cues: a past agrees with any subject.
IRREGULAR_PAST = frozenset(
    f
    for kind in ("claim", "stance", "blame")
    for v in EN.verbs
    if kind in v.roles
    for f in (v.forms.past, v.forms.participle)
    if not f.endswith("ed")
)


def agrees(verb: str, source: str, between: list[str]) -> bool:
    """Whether ``verb`` can be the finite verb of ``source``: a base form ("say") after
    a plural, a modal or "to"; an -s form ("says") after a singular. A noun that looks
    like a cue fails: "Clinton’s tax plan", "The New York state attorney general"."""
    if verb.endswith(("ed", "ing")) or verb in IRREGULAR_PAST:
        return True
    if any(w.lower() in MODALS for phrase in between for w in phrase.split()):
        return True
    plural = is_plural(source)
    if plural is None:
        return True
    third_person = verb.endswith("s") and verb not in NOT_THIRD_PERSON
    return plural != third_person


# What no source holds: a mark of another clause, " -- ".
_NP_BREAK = re.compile(r"[,;:“”\"()?!—–―]")
_NP_BREAK_OR_DASHES = first_filtered(re.compile(r"[,;:“”\"()?!—–―]|(?<!\S)--(?!\S)"))
_WORD_SPAN = re.compile(r"\S+")


def _first_possible_start(s: str, lo: int, end: int) -> int:
    """The first place in ``s[lo:end]`` where a source ending at ``end`` may start, as
    ``np_ok`` would judge every longer run: after the last mark no source holds, and not
    before a word that no source holds inside it. (Found once, rather than by trying
    every longer run.)"""
    for m in _NP_BREAK_OR_DASHES.finditer(s, lo, end):
        lo = m.end()
    spans = [m for m in _WORD_SPAN.finditer(s, lo, end)]
    for m in reversed(spans[:-1]):
        w = m.group(0).lower()
        if w in INSIDE_NOT or w in AUX_WORDS or w in CUE_KINDS and w not in AMBIGUOUS:
            return m.start()
    return lo


def np_ending_at(s: str, end: int) -> tuple[int, int] | None:
    """The longest source ending at ``end`` that starts at a boundary; or a name (or a
    bare plural) after a lower-case word that does not begin a phrase holding it ("the
    third time AROS said", "the $20 million experts say it costs")."""
    lo = _first_possible_start(s, max(0, end - 120), end)
    loose = None
    for m in WORD_STARTS.finditer(s, lo, end):
        start = m.start()
        np = s[start:end]
        if np[:1] in "“‘\"'(" or not np_ok(np):
            continue
        if at_boundary(s, start):
            return start, end
        word = word_before(s, start)
        if loose is None and word is not None and (NP_NAME.fullmatch(np) or NP_PLURAL.fullmatch(np)):
            w = word[1]
            if w[:1].islower() and w not in NOT_BEFORE_NAME and not np.lower().startswith("the "):
                loose = (start, end)
    return loose


def np_starting_at(s: str, start: int) -> tuple[int, int] | None:
    """A source written after its cue ("..., said Brian Baker, a longtime adviser."),
    up to the next comma or the sentence's end."""
    m = NP_AFTER.match(s, start)
    if m is None:
        return None
    np = m.group("np")
    while np and not np_ok(np):
        cut = np.rfind(" ")
        if cut < 0:
            return None
        np = np[:cut]
    if not np:
        return None
    return m.start("np"), m.start("np") + len(np)


# The abbreviations a source after its cue may hold, by length (a lookbehind is of one
# width): an initial, a title, a suffix or a place's abbreviation ("said John F. Kane",
# "said Mr. Barrett", "according to Maj. Gen. Rosa Tilde", "a resident of Mt. Vernon").
_ABBREVIATIONS_BY_WIDTH = (
    r"[A-Z]",
    *(
        "|".join(sorted(a.capitalize() for a in TITLE_ABBREVIATIONS | PLACE_ABBREVIATIONS if len(a) == width))
        for width in sorted({len(a) for a in TITLE_ABBREVIATIONS | PLACE_ABBREVIATIONS})
    ),
)
# A stop after such an abbreviation, and no stop after one.
AFTER_ABBREVIATION = "|".join(rf"(?<=\b(?:{a}))\." for a in _ABBREVIATIONS_BY_WIDTH)
NOT_AFTER_ABBREVIATION = "".join(rf"(?<!\b(?:{a}))" for a in _ABBREVIATIONS_BY_WIDTH)
NP_AFTER = re.compile(
    rf"\s+(?P<np>(?:[^,;:.!?()“”\"]|{AFTER_ABBREVIATION})+?)\s*"
    # The sentence's stop ends it, not an initial's or a title's ("said Mr. Barrett, the lawyer").
    rf"(?:[,;:!?(]|{NOT_AFTER_ABBREVIATION}\.(?!\w)|$)"
)


@dataclass(frozen=True)
class Cue:
    """One cue verb in a sentence, and what stands just before it."""

    verb: str
    start: int
    end: int  # a particle included: "called for", "pointed to"
    at: int  # where the words between source and cue ("has", "also") begin
    between: tuple[str, ...]


def find_cue(s: str, m: re.Match[str]) -> Cue:
    verb = m.group("verb").lower()
    end = m.end()
    particle = PARTICLES_AFTER.match(s, end)
    if particle and verb[:4] in {"call", "poin"}:
        end = particle.end()
    at, between = m.start(), []
    while True:
        w = word_before(s, at)
        # Searched for only where the word before is the one each ends with (see below).
        chain = search_back(CATENATIVE, s, at) if w is None or w[1] in _CATENATIVE_LAST else None
        clitic = CLITIC.fullmatch(w[1]) if w is not None else None
        if w is not None and (w[1] in AUX_WORDS or LY.fullmatch(w[1]) or w[1].lower().endswith(("n't", "n’t"))):
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
        elif (w is None or _TIME_BEFORE_LAST.fullmatch(w[1])) and (time := search_back(TIME_BEFORE, s, at)):
            between.append(time.group(0).strip())
            at = time.start()
        else:
            break
    return Cue(verb, m.start(), end, at, tuple(between))


CATENATIVE = re.compile(
    rf"\s{verb_pattern('catenative', ('base', 'third', 'past'))}"
    r"(?:\s+(?:to|by|off\s+by|on\s+to|to\s+tire\s+of))\s*$"
)
CLITIC = first_filtered(re.compile(r"(he|she|it|they|we|you|i)([’'](?:s|re|ve|d|ll))", re.IGNORECASE))
TIME_BEFORE = re.compile(
    r"\s(?:in|on|last|this|earlier|late|early)\s+(?:\d{4}|week|month|year|[A-Z][a-z]+(?:\s+\d{4})?)\s*$"
)
# The last word of a match of each, after a blank: find_cue asks for them at every step
# back, and a match is possible only where ``word_before`` gives such a word.
_CATENATIVE_LAST = frozenset({"to", "by", "of"})
_TIME_BEFORE_LAST = re.compile(r"\d{4}|week|month|year|[A-Z][a-z]+")
BE = words("BE")


def np_before_apposition(s: str, comma: int) -> tuple[int, int] | None:
    """The source before the appositions that end at ``comma``: "Richard Revesz,
    director of the institute," -> "Richard Revesz"; "Donna Rawlings, 59, of Ashton,
    Md., who watched it," -> "Donna Rawlings" (the first source of the chain)."""
    at, best = comma, None
    for _ in range(5):
        earlier = s.rfind(",", max(0, comma - 250), at)
        if earlier < 0 or _COORDINATED.match(s, earlier + 1, at):
            break  # ", and the meeting deteriorated from there, said ...": a clause, no apposition
        np = np_ending_at(s, len(s[:earlier].rstrip()))
        if np is not None:
            best = np
        at = earlier
    return best


# A word that is most likely a finite verb: a regular past or an auxiliary.
FINITE_HINT = r"\b(?:[a-z]+ed|was|were|is|are|has|have|had|will|would|did)\b"
# A clause joined to the one before (a finite verb in it), not an item of a list: ", and
# the meeting deteriorated from there," (not ", and army advisers,"). Not a person with a
# relative clause either (", and a farmer who has worked the land,": an apposition), but
# ", and which supported ...", ", while those whose ..." are clauses.
_COORDINATED = re.compile(
    r"\s*(?:and|but|or|yet|so|while|whereas)\s"
    rf"(?!(?:a|an)\s[^,]*?\b(?:{pattern('RELATIVE_PRONOUNS')})\b)[^,]*?{FINITE_HINT}"
)
_LEADING_MARKS = re.compile(rf"[\s{QUOTE_MARKS}]*")
_OPENER = re.compile(r"(?:But|And|So|Still|Yet|Now|Meanwhile|However|Also|Then)\s+")
_BEFORE_LOWER_WORD = re.compile(r"(?<=[\w.’'])(?=\s+[a-z])")
_TIME_AFTER_NP = re.compile(r"\s+(?:later|earlier|ago)\b")


def sentence_subject(s: str) -> tuple[int, int] | None:
    """The source opening a sentence, when one does: the longest run of words from its
    start that is a source and is followed by a lower-case word."""
    m = _LEADING_MARKS.match(s)
    start = m.end() if m else 0
    opener = _OPENER.match(s[start:])
    if opener:
        start += opener.end()
    best = None
    for end_m in _BEFORE_LOWER_WORD.finditer(s[start : start + 100]):
        np = s[start : start + end_m.start()]
        if np_ok(np):
            if _TIME_AFTER_NP.match(s, start + end_m.start()):
                return None  # "A month later, he ...": a time, not the subject
            best = (start, start + end_m.start())
            break
    return best


def subject_ok(subject: str) -> bool:
    words = subject.split()
    if not words or words[0].lower() in NOT_SOURCES and len(words) == 1:
        return False
    if NP_PRONOUN.fullmatch(subject):
        return True
    if words[0].lower() in {"this", "that", "these", "those", "there", "here", "if", "when", "while", "but", "and"}:
        return False
    # A run of capitals that is a calendar word or a demonym names nobody ("On Monday",
    # "Iraqi"); "the Republican" does, and so does a name ending like one ("Palmieri").
    capitals = [w for w in words if w[:1].isupper() and w.lower() not in {"the", "a", "an"}]
    if words[0].lower() == "the" and len(capitals) == 1 and not CALENDAR.intersection(w.lower() for w in capitals):
        return True
    return not capitals or not all(w.lower() in CALENDAR or demonym(w) for w in capitals)


def demonym(word: str) -> bool:
    """A word that only qualifies a name: "Iraqi", "US-led", "British"."""
    return bool(HYPHEN_ADJECTIVE.search(word)) or word.lower() in DEMONYMS


# A hyphenated adjective: "US-led", "Iran-backed", "Japanese-built".
HYPHEN_ADJECTIVE = re.compile(rf"-{pattern('ADJECTIVE_SUFFIXES')}$")
# Demonym endings: "Iraqi", "American", "Japanese", "British", "Israeli".
DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ican|ean|ian|ese|ish)$")
DEMONYMS = words("DEMONYMS")


def adjective(word: str) -> bool:
    return demonym(word) or bool(DEMONYM.match(word))
