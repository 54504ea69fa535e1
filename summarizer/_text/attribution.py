"""Speakers: reporting clauses next to quotes, canonical names and roles.

Where the clause next to a quote names its speaker (``..." Esper told reporters``,
``Raab also said ... that "...``), the speaker is settled here, deterministically,
and the model is only asked about quotes whose clause is a pronoun or missing.
A tiny model then cannot spoil an attribution the text states outright.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .article import HONORIFICS, TITLE_ABBREVIATIONS, PreparedArticle, QuoteCandidate
from .grammar import alternation, capitalised, verb_forms, verb_pattern, words
from .grammar import pattern as listed

__all__ = ["HONORIFICS", "ClauseAttribution", "NamedSpeaker", "attribute", "canonical_speaker", "may_be_person"]

# The reporting verbs of a clause next to a quote (past, present and base: "officials say").
_VERBS = alternation(verb_forms("quote", ("past", "third")) | verb_forms("plural", ("base",)))
# Participles that report what the subject of their clause says: ``, adding: "...``.
_PARTICIPLES = verb_pattern("participle", ("gerund",))
# A word of a name: a title with its stop ("Dr.", "Gen."), initials ("F.", "G.K.", "U.S."),
# a capitalised word, "al-Assad". A full stop after any other word ends the name: "in
# Berlin. Mayor Kai Wegner said" holds the names "Berlin" and "Mayor Kai Wegner".
_TITLE_WORD = "|".join(sorted((t.capitalize() for t in TITLE_ABBREVIATIONS), key=len, reverse=True))
_CAP = rf"(?:(?:{_TITLE_WORD})\.|(?:[A-Z]\.)+(?![\w’'])|(?:al|el|ad|as|ash|at|an|ibn|bin)-[A-Z][\w’'-]*|[A-Z][\w’'-]*)"
# Particles inside names: "Ursula von der Leyen", "Bill de Blasio", "Mohammed bin Salman",
# and the joining "of" of "Secretary of State Mike Pompeo".
_PARTICLE = alternation(words("PARTICLES") | {"of"})
_NAME_WORD = rf"(?:(?:{_PARTICLE})\s+){{0,2}}{_CAP}"
_NAME = rf"(?:{listed('LEADING_PARTICLES')}\s+(?:der\s+|den\s+)?)?{_CAP}(?:\s+{_NAME_WORD}){{0,6}}"
_PRONOUN = r"[Hh]e|[Ss]he|[Tt]hey|[Ii]t"
# Descriptive sources the article names with a noun ("two US officials", "the newspaper"):
# a determiner, a few words and a noun. As the subject of a reporting verb any noun will
# do ("the influential US daily wrote"); elsewhere (``descriptions``) only these nouns.
_DETERMINER = listed("SOURCE_DETERMINERS", initial_case=True)
_SOURCE_NOUNS = words("SOURCE_NOUNS") | words("MORE_SOURCE_NOUNS")
_DESCRIPTION = rf"{_DETERMINER}\s+(?:[\w.’'-]+\s+){{0,3}}?{alternation(_SOURCE_NOUNS)}(?:e?s)?"
# The nouns a descriptive source ends with, singular or plural ("the newspaper", "a
# narrator", "two US officials", "Trump's campaign"): what speaks, writes or reports.
_HEAD = rf"(?:{alternation(_SOURCE_NOUNS | words('HEAD_NOUNS'))}|\d+-year-old)(?:e?s)?"
_DESCRIPTION_SUBJECT = rf"{_DETERMINER}\s+(?:[\w.’'-]+\s+){{0,4}}?{_HEAD}\b"
_POSSESSIVE = rf"(?:['’]s\s+(?:[\w-]+\s+){{0,2}}?{_HEAD}\b)?"
_SUBJECT = rf"(?P<subject>(?:{_NAME}){_POSSESSIVE}|{_PRONOUN}|{_DESCRIPTION_SUBJECT})"
_ADVERB = rf"(?:\s+(?:{listed('ADVERBS_BEFORE_VERB')}|told\s+\w+\s+and)){{0,2}}"
# A name's apposition between it and its verb: ``Scott Pruitt, the attorney general of
# Oklahoma, said`` / ``Mr. King, 82, told me``.
# A nickname may stand in it: ``Scott's niece, state Del. Marcia "Cia" Price (D-Va.), shouted``.
# Or between dashes, after a comma's apposition or none: ``John Dickey, the chief executive of
# Ora Media -- the company that owns ..., which is ... -- told me``.
_APPOSITION = (
    r"(?:,\s+(?:[^,\"“”«»\n]|[\"“][A-Z][\w.’'-]*[\"”]){1,160}?(?:,\s+[^,\"“”«»\n]{1,100}?)?,"
    r"|(?:,\s+[^,\"“”«»\n—–]{1,100}?)?\s+(?:--|—|–)\s+[^\"“”«»\n—–]{1,200}?\s+(?:--|—|–)(?=\s))?"
)

# Lower-case role words that may sit between an organisation and a name, as in
# "Cal Fire spokesman Jon Heggie", "Clinton campaign manager Robby Mook".
_INNER_ROLE = listed("INNER_ROLES")
_FORMER = rf"(?:{listed('ROLE_MODIFIERS')}\s+)?"
# A description after its verb runs to a comma, a stop or a preposition: ``," said the
# influential US daily`` / ``," said a spokesman for the campaign``.
_DESCRIPTION_AFTER = (
    rf"{_DETERMINER}\s+(?:[\w.’'-]+\s+){{0,4}}?{_HEAD}"
    rf"(?=\s*(?:[,.;:!?)\n]|$)|\s+(?:{listed('DESCRIPTION_ENDS')}|\d))"
)
# A description may end with what it belongs to: "a narrator in the Clinton ad asks".
_OF_WHAT = rf"(?:\s+{listed('DESCRIPTION_LINKS')}\s+(?:[\w.’'-]+\s+){{0,3}}?[\w’'-]+)?"
# Lower-case words that may end what precedes a name: "Tulsa police Chief Chuck Jordan",
# "panel Chairman Rep. Jason Chaffetz".
_ORG_NOUN = listed("ORGANISATION_MODIFIERS")
# A name with what the article puts before it: "IMF chief economist Maury Obstfeld",
# "Trump lawyer Marc Kasowitz", "White House press secretary Josh Earnest".
_NAMED = rf"(?:(?:(?:{_NAME}|[\w/.-]+)\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?:{_INNER_ROLE}|{_ORG_NOUN})\s+)?{_FORMER}{_NAME}"
# After a name: its party and state ("Rep. Gwen Moore (D-Wis.) said"), or its organisation
# ("Mr. Morgan of the Sierra Club said").
_NAME_TAIL = r"(?:\s+\([^()\n]{1,25}\))?(?:\s+of\s+the\s+(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)?"
# What may stand between a closing mark and its clause: the second mark of a doubled
# quote (''...''), blanks, a comma, a dash.
_LEAD = r"^[\s,—–―'’”\"»-]*"
# ``," Esper told reporters`` / ``," the agency's director, Pieter Maas, said``.
_AFTER = re.compile(
    rf"{_LEAD}(?P<subject>(?:(?:the\s+)?{_NAMED}){_POSSESSIVE}|{_PRONOUN}|{_DESCRIPTION_SUBJECT}{_OF_WHAT}){_NAME_TAIL}"
    rf"(?P<apposition>{_APPOSITION}){_ADVERB}\s+(?P<verb>{_VERBS})\b"
)
# ``," said Esper`` / ``," said Cal Fire spokesman Jon Heggie`` / ``," wrote the influential US daily``.
_AFTER_INVERTED = re.compile(rf"{_LEAD}(?P<verb>{_VERBS})\s+(?P<subject>(?:the\s+)?{_NAMED}|{_DESCRIPTION_AFTER})")
# ``," the agency's chief hydrologist, Dr. Ines Falk, said`` : a name in apposition.
_AFTER_APPOSITION = re.compile(
    rf"{_LEAD}(?:[\w’'.-]+\s+){{0,6}}?[\w’'.-]+,\s+(?P<subject>{_NAME}),\s+(?P<verb>{_VERBS})\b"
)
# ``," according to the report``.
_AFTER_ACCORDING = re.compile(rf"{_LEAD}(?P<verb>according\s+to)\s+(?P<subject>{_NAME}|{_DESCRIPTION_AFTER})")
# ``" ― Pamela Padilla`` : a name after a dash, alone up to the end of its line or sentence.
_AFTER_DASH = re.compile(rf"^[\s'’”\"»]*[―—–]\s*(?P<subject>{_NAME})(?=\s*[.,;]?\s*(?:\n|$))")
# ``Raab also said ... that "`` in the same sentence before the opening mark; also
# ``Its director, Pieter Maas, told reporters: "`` and ``Trump saying during the debate, "``.
_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(,;:—–]))(?:{_SUBJECT}{_OF_WHAT})(?P<apposition>{_APPOSITION}|,)"
    rf"{_ADVERB}\s+(?P<verb>{_VERBS})\b"
)
# ``footage of Trump saying during the debate, "``: a name right before a participle.
_BEFORE_NAMED_PARTICIPLE = re.compile(rf"(?<![\w’'-])(?P<subject>{_NAME})\s+(?P<verb>{_PARTICIPLES})\b")
# ``Said Ellis: "`` / ``Said Dorothy Poynter, who grew up with Ali, "``.
_BEFORE_INVERTED = re.compile(
    rf"(?<![\w’'-])(?P<verb>{alternation(verb_forms('leads', ('past', 'third')), initial_case=True)})"
    rf"\s+(?P<subject>{_NAMED})"
    r"(?:,\s+(?:who|a|an|the)\s[^,\"“”\n]{1,100})?\s*[:,]\s*$"
)
# ``according to the report, "``.
_BEFORE_ACCORDING = re.compile(
    rf"(?:^|(?<=[\s(,;:—–]))(?P<verb>[Aa]ccording\s+to)\s+(?P<subject>{_NAME}|{_DESCRIPTION_AFTER})"
)
# ``the RBK news website quoted Ms. Simonyan, the editor in chief, as saying "``: the
# speaker is the one quoted.
_BEFORE_QUOTED_AS = re.compile(
    rf"(?P<verb>quoted)\s+(?P<subject>{_NAME}|{_DESCRIPTION_SUBJECT}){_APPOSITION}\s+as\s+(?:saying|telling|writing)\b"
)
# ``, adding: "`` / ``, writing "``: a participle whose subject is the sentence's.
_BEFORE_PARTICIPLE = re.compile(rf"(?:,|\band)\s+(?P<verb>{_PARTICIPLES})\b")
# The subject that opens a sentence: ``Blige sings ... before asking her, "``.
_OPENING_SUBJECT = re.compile(
    rf"^\s*(?:{listed('SENTENCE_ADVERBS', initial_case=True)}\b,?\s+)?"
    rf"(?:{listed('OPENING_PREPOSITIONS', initial_case=True)}\s+[\w ]{{1,60}},\s+)?"
    rf"(?P<subject>(?:{_NAMED}){_POSSESSIVE}|{_PRONOUN}|{_DESCRIPTION_SUBJECT}{_OF_WHAT})"
    rf"{_NAME_TAIL}{_APPOSITION}{_ADVERB}\s+(?P<verb>[a-z][\w-]*)"
)

# How far before a quote to look for ``Raab also said ... that "``.
_BEFORE_WINDOW = 1000

_ROLE_WORDS = words("ROLE_WORDS")
# Capitalised words that start a sentence or a clause, not a name ("When Clinton spoke").
_NOT_NAMES = capitalised(words("NOT_NAMES"))
_NAME_RUN = re.compile(rf"(?<![\w’'.-]){_NAME}")
_DESCRIPTION_RE = re.compile(_DESCRIPTION)
_CALENDAR_WORDS = words("WEEKDAYS") | words("MONTHS")


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


def _split_role(tokens: list[str]) -> tuple[list[str], list[str]]:
    """("Defense", "Secretary", "Mark", "Esper") -> (role tokens, name tokens).

    Honorifics are neither: "Mr. Esper" has no role and the name "Esper"."""
    last_role = -1
    for i, tok in enumerate(tokens):
        if (
            tok.lower() in _ROLE_WORDS
            or (tok[:1].islower() and tok not in _PARTICLES)
            or any(part in _ROLE_WORDS for part in tok.lower().split("-")[1:])
        ):
            last_role = i
    role = [t for t in tokens[: last_role + 1] if t.lower().removesuffix(".") not in HONORIFICS]
    return role, tokens[last_role + 1 :]


_PARTICLES = words("PARTICLES")
_GENERAL_DESCRIPTION = re.compile(
    rf"{_DESCRIPTION_SUBJECT}{_OF_WHAT}|{_DESCRIPTION_AFTER}|{_NAME}['’]s\s+(?:[\w-]+\s+){{0,2}}?{_HEAD}"
)


_LONGEST_NAME = 4


def _is_general_description(mention: str) -> bool:
    return _GENERAL_DESCRIPTION.fullmatch(mention) is not None and not mention[-1].isupper()


def _fuller_forms(text: str, name: list[str]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The article's names that end with ``name`` (or, for one word, start with it: "Xi
    Jinping" for "Xi"), each with the role written before it."""
    runs = _name_runs(text)
    fuller: dict[tuple[str, ...], tuple[str, ...]] = {}
    for run in runs.get(name[-1], ()):
        r_role, r_name = _split_role(list(run))
        if tuple(r_name[-len(name) :]) == tuple(name):
            fuller[tuple(r_name)] = tuple(r_role)
    # A run longer than a name is a headline or a title ("Obama Says Museum Will Tell").
    fuller = {form: r for form, r in fuller.items() if len(form) <= _LONGEST_NAME and _plain(form)}
    if len(name) == 1 and len(fuller) <= 1:
        # "Xi" for "Xi Jinping": a family name written first.
        for run in runs.get(name[0], ()):
            r_role, r_name = _split_role(list(run))
            if r_name and r_name[0] == name[0] and len(r_name) <= _LONGEST_NAME - 1 and _plain(r_name):
                fuller[tuple(r_name)] = tuple(r_role)
    return fuller


def _plain(form: Sequence[str]) -> bool:
    """A name holds no sentence-opening word, weekday or month ("Pentagon On Wednesday")."""
    return not any(t in _NOT_NAMES or t.lower() in _CALENDAR_WORDS for t in form)


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
    mention = re.sub(r"(?:['’]s)?[.,;:]+$|['’]s$", "", mention.strip())
    if not mention:
        return None
    if is_description(mention):
        return NamedSpeaker(name=mention, role=None)
    tokens = mention.split()
    while tokens and tokens[0] in _NOT_NAMES:
        tokens = tokens[1:]
    # "panel Chairman Rep. Jason Chaffetz", "9/11 widow Terry Strada": lower-case words
    # and numbers before a name describe it.
    prefix = 0
    while prefix < len(tokens) - 1 and not tokens[prefix][:1].isupper() and tokens[prefix] not in _PARTICLES:
        prefix += 1
    if prefix and not any(t[:1].isupper() for t in tokens[prefix:]):
        return None
    if not tokens or not (tokens[prefix][0].isupper() or tokens[prefix] in _PARTICLES):
        return None
    if tokens[-1].lower() in _CALENDAR_WORDS:
        return None
    role, name = _split_role(tokens)
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


@lru_cache(maxsize=4)
def _name_runs(text: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The distinct runs of capitalised words in ``text`` by each of their words, in order
    of first appearance, found once per article rather than once per quote."""
    runs: dict[str, dict[tuple[str, ...], None]] = {}
    for run in _NAME_RUN.finditer(text):
        tokens = run.group(0).split()
        while tokens and tokens[0] in _NOT_NAMES:
            tokens = tokens[1:]
        if tokens:  # "Donald Trump’s" is "Donald Trump"
            tokens[-1] = re.sub(r"['’]s$", "", tokens[-1])
        for token in dict.fromkeys(tokens):
            runs.setdefault(token, {})[tuple(tokens)] = None
    return {word: tuple(found) for word, found in runs.items()}


def _sentence_start(article: PreparedArticle, offset: int) -> int:
    sentence = article.sentence_at(offset)
    return sentence.start if sentence else article.body_start


def _previous_sentence(article: PreparedArticle, offset: int) -> tuple[int, int] | None:
    sentence = article.sentence_at(offset)
    if sentence is None:
        return None
    index = int(sentence.id[1:]) - 1
    if index == 0:
        return None
    previous = article.sentences[index - 1]
    return previous.start, previous.end


def _trim_subject(subject: str, start: int) -> tuple[str, int]:
    """The subject without a sentence's full stop or comma at its end; its end offset."""
    trimmed = subject.rstrip(".,;:")
    if trimmed != subject and re.search(r"\b[A-Z]\.$|\b(?:Jr|Sr|Inc|Co|Ltd)\.$", subject):
        trimmed = subject
    return trimmed, start + len(trimmed)


def _attribution(
    quote: QuoteCandidate,
    text: str,
    match: re.Match[str],
    base: int,
    *,
    speaker_group: str = "subject",
    cue: tuple[int, int] | None = None,
) -> ClauseAttribution:
    s_start = base + match.start(speaker_group)
    subject, s_end = _trim_subject(match.group(speaker_group), s_start)
    named = _APPOSED_NAME.fullmatch(match.group("apposition") or "") if "apposition" in match.re.groupindex else None
    if named and is_description(subject):
        # "Its director, Pieter Maas, told": the name, not the description.
        s_start = base + match.start("apposition") + named.start("name")
        subject, s_end = named.group("name"), base + match.start("apposition") + named.end("name")
    mention = (s_start, s_end)
    if cue is None and "verb" in match.re.groupindex:
        cue = (base + match.start("verb"), base + match.end("verb"))
    if re.fullmatch(_PRONOUN, subject):
        return ClauseAttribution(quote.id, mention, cue, None, pronoun=True)
    speaker = canonical_speaker(text, subject)
    if speaker is None:
        return ClauseAttribution(quote.id, None, None, None)
    return ClauseAttribution(quote.id, mention, cue, speaker)


_APPOSED_NAME = re.compile(rf",\s+(?P<name>{_NAME}),")


def _clause_after(text: str, quote: QuoteCandidate) -> tuple[re.Match[str], int] | None:
    after_start = quote.close_mark + 1
    after = text[after_start : min(len(text), after_start + 200)]
    after = after.split("\n", 1)[0] if not _AFTER_DASH.match(after) else after
    ends_sentence = quote.text.rstrip("'’”\"»").endswith(".")
    for pattern in (_AFTER_APPOSITION, _AFTER, _AFTER_INVERTED, _AFTER_ACCORDING, _AFTER_DASH):
        match = pattern.match(after)
        if match is None or not _names_someone(match):
            continue
        if (
            ends_sentence
            and pattern is _AFTER
            and "," not in after[: match.start("subject")]
            and not _SHORT_TAIL.match(after, match.end())
        ):
            continue
        return match, after_start
    return None


_PREPOSITIONS = words("PREPOSITIONS")
_QUANTIFIERS = words("QUANTIFIERS")
# After a quote that ends its own sentence, a clause opening the next one is its own
# statement ("…outlaw nation." Russia insisted that …) unless it ends soon ("…" Obama said.).
_SHORT_TAIL = re.compile(r"(?!\s+that\b)(?:\s+[\w’'.-]+){0,4}?\s*(?:[.,;:!?]|$)")


def _names_someone(match: re.Match[str]) -> bool:
    """Whether a clause's subject can be a speaker: not a weekday or a month ("on
    Saturday, said"), and a bare name joined to its verb by a comma only when it closes an
    apposition (", Pieter Maas, told", not "on the Mall, said")."""
    subject = match.group("subject").rstrip(".,;:")
    words = subject.split()
    if re.fullmatch(_PRONOUN, subject):
        return True
    if not words or words[-1].lower() in _CALENDAR_WORDS or words[-1] in _NOT_NAMES:
        return False
    if (
        words[-1].endswith(("'s", "’s"))
        and "verb" in match.re.groupindex
        and match.start("verb") > match.end("subject")
    ):
        # "Mr. Obama's remarks": a possessive is no subject; what follows it is a noun.
        return False
    if "verb" in match.re.groupindex and match.start("subject") < match.start("verb"):
        # "of Ashton, Md., who watched ..., said": a name after a preposition is no subject.
        previous = match.string[max(0, match.start("subject") - 12) : match.start("subject")].split()
        # "footage of Trump saying": a participle's subject may follow "of".
        after_of = match.re is _BEFORE_NAMED_PARTICIPLE and previous[-1:] == ["of"]
        if previous and previous[-1] in _PREPOSITIONS | _QUANTIFIERS and not after_of:
            # "so many Republican claims": a name after a quantifier modifies a noun.
            return False
    if "apposition" in match.re.groupindex and match.group("apposition") == ",":
        before = match.string[: match.start("subject")].rstrip(" ")
        return before.endswith(",") and not before.endswith(("”,", '",'))
    return True


def _named_clauses(pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """The matches of ``pattern`` in ``text[start:end]`` whose subject names someone. A
    match whose subject names no one ("Or, as Tom Ridge, ..., put it": the subject "Or")
    is tried again from the word after its subject's first, so that it does not hide a
    clause inside it."""
    end = len(text) if end is None else end
    found = []
    while (m := pattern.search(text, start, end)) is not None:
        if _names_someone(m):
            found.append(m)
            start = max(m.end(), start + 1)
        else:
            space = text.find(" ", m.start("subject"), end)
            start = max(space + 1 if space >= 0 else end, start + 1)
    return found


_EMBEDDED = re.compile(r"\b(?:that|whether|if|because)\s*$")

_Found = tuple[re.Match[str], int, str, "tuple[int, int] | None"]


def _clause_before(text: str, start: int, end: int) -> _Found | None:
    """The reporting clause nearest ``end`` in ``text[start:end]``: (match, base, the
    group naming the speaker)."""
    before = text[start:end]
    best: _Found | None = None
    for pattern in (_BEFORE, _BEFORE_ACCORDING, _BEFORE_QUOTED_AS, _BEFORE_NAMED_PARTICIPLE, _BEFORE_INVERTED):
        found = _named_clauses(pattern, before)
        if found and (best is None or found[-1].end() > best[0].end()):
            best = (found[-1], start, "subject", None)
    participle = list(_BEFORE_PARTICIPLE.finditer(before))
    if participle and (best is None or participle[-1].start() > best[0].end()):
        # ", adding: ..." : the participle's subject is its clause's, the nearest clause
        # before it or the subject opening the sentence.
        head = before[: participle[-1].start()]
        # Not a clause inside a that-clause ("repeated accusations that Rubio recites
        # ..., calling him"): the participle goes with the sentence's own subject.
        clauses = [m for m in _named_clauses(_BEFORE, head) if not _EMBEDDED.search(head, 0, m.start())]
        opening = _OPENING_SUBJECT.match(head)
        found_clause = clauses[-1] if clauses else opening if opening and _names_someone(opening) else None
        if found_clause is not None:
            cue = (start + participle[-1].start("verb"), start + participle[-1].end("verb"))
            return found_clause, start, "subject", cue
    return best


_NONBLANK = re.compile(r"\S")


def attribute(article: PreparedArticle, quote: QuoteCandidate) -> ClauseAttribution:
    """Find the reporting clause next to ``quote`` and the speaker it names, if any.

    In order: a clause right after the closing mark (``," Esper said``, ``," said the
    newspaper``, ``," according to the report``, ``" ― Pamela Padilla``); the nearest
    clause before the opening mark in the same sentence (``Raab said ... that "``,
    ``according to X, "``, ``quoted Y as saying "``, ``..., adding: "``); a clause
    ending the previous sentence with a colon (``He said:`` then the quote).
    """
    text = article.text
    after = _clause_after(text, quote)
    if after is not None:
        return _attribution(quote, text, *after)
    before_start = _sentence_start(article, quote.open_mark)
    if quote.open_mark - before_start > _BEFORE_WINDOW:
        # The clause sits near its quote; reading all of a huge sentence for each of
        # its many quotes would take quadratic time. Start at a word boundary.
        window = quote.open_mark - _BEFORE_WINDOW
        space = text.find(" ", window, quote.open_mark)
        before_start = space if space >= 0 else window
    index = int(quote.id[1:]) - 1
    if index > 0 and article.quotes[index - 1].close_mark + 1 > before_start:
        # A clause before an earlier quote of the sentence is that quote's: this one
        # continues it (see speakers.continue_quotes), and the text is not read again.
        before_start = article.quotes[index - 1].close_mark + 1
    found = _clause_before(text, before_start, quote.open_mark)
    if found is None and _NONBLANK.search(text, before_start, quote.open_mark) is None:
        previous = _previous_sentence(article, quote.open_mark)
        if previous is not None and text[previous[0] : previous[1]].rstrip().endswith(":"):
            start = max(previous[0], previous[1] - _BEFORE_WINDOW)
            found = _clause_before(text, start, previous[1])
    if found is None:
        return ClauseAttribution(quote.id, None, None, None)
    match, base, group, cue = found
    return _attribution(quote, text, match, base, speaker_group=group, cue=cue)


_CLAUSE_AFTER = re.compile(rf"[^.!?\n]{{0,60}}?\b(?:{_VERBS})\b")


def has_clause_after(article: PreparedArticle, quote: QuoteCandidate) -> bool:
    """True when a reporting verb follows the quote in its sentence, whoever its
    subject (``," someone added``): such a quote is not a continuation."""
    return _CLAUSE_AFTER.match(article.text, quote.close_mark + 1) is not None


def is_description(name: str) -> bool:
    """True for a descriptive source ("two US officials", "the newspaper"), not a name."""
    return _DESCRIPTION_RE.fullmatch(name) is not None or _is_general_description(name)


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


# Words that make a capitalised run an organisation or a place, not a person.
_ORG_WORDS = words("ORGANISATION_WORDS")
# Forms of address and role words that say whether a person is a man or a woman.
_MALE = words("MALE_WORDS")
_FEMALE = words("FEMALE_WORDS")
# Given names that almost always name a man or a woman.
_MALE_NAMES = words("MALE_NAMES")
_FEMALE_NAMES = words("FEMALE_NAMES")


_TITLES_AND_ROLES = frozenset(w.rstrip(".") for w in _ROLE_WORDS | _MALE | _FEMALE) | TITLE_ABBREVIATIONS


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


def is_person(speaker: NamedSpeaker, mention: str) -> bool:
    """Whether a named speaker is a person rather than an organisation or a place: a
    title or role, or a name of two or more words none of which names an organisation."""
    if is_description(speaker.name):
        return False
    words = speaker.name.split()
    if any(w.lower().strip(".") in _ORG_WORDS for w in words):
        return False
    if len(words) > _LONGEST_NAME:
        return False
    titled = speaker.role is not None or gender_of(mention.split()) is not None
    return titled or (len(words) >= 2 and all(w[:1].isupper() or w in _PARTICLES for w in words))


def may_be_person(text: str, speaker: NamedSpeaker) -> bool:
    """Whether the subject of a reporting clause ("Clinton said") may be a person: a
    name, not a description, an organisation or a place the article puts after "in"."""
    words = speaker.name.split()
    return (
        not is_description(speaker.name)
        and not all(w.lower() in _ROLE_WORDS for w in words)
        and 0 < len(words) <= _LONGEST_NAME
        and words[0][:1].isupper()
        and not any(w.lower().strip(".") in _ORG_WORDS for w in words)
        and speaker.name not in _places(text)
    )


@lru_cache(maxsize=4)
def _places(text: str) -> frozenset[str]:
    """Names the article puts after "in" or "across" somewhere ("in North Korea"): places,
    not people, whatever their number of words."""
    return frozenset(
        m.group(1) for m in re.finditer(rf"\b(?:in|across|throughout)\s+(?:the\s+)?({_NAME})(?![\w’']|['’]s)", text)
    )


def person_mentions(article: PreparedArticle) -> list[PersonMention]:
    """Every person named in the body outside quotes, in order."""
    text = article.text
    quotes = [(q.open_mark, q.close_mark + 1) for q in article.quotes]
    found: list[PersonMention] = []
    q = 0
    for run in _NAME_RUN.finditer(text, article.body_start, article.body_end):
        start, end = run.span()
        while q < len(quotes) and quotes[q][1] <= start:
            q += 1
        if q < len(quotes) and quotes[q][0] <= start < quotes[q][1]:
            continue
        mention = run.group(0)
        tokens = mention.split()
        while tokens and tokens[0] in _NOT_NAMES:
            tokens = tokens[1:]
        if not tokens:
            continue
        start = end - len(" ".join(tokens)) if mention.endswith(" ".join(tokens)) else start
        speaker = canonical_speaker(text, " ".join(tokens))
        if speaker is None:
            continue
        before = text[max(0, start - 16) : start].split()[-1:]
        if speaker.name in _places(text):
            continue
        if is_person(speaker, " ".join(before + tokens)):
            found.append(PersonMention(start, end, speaker, gender_of(before + tokens, len(before))))
    return found


# ``..., noted NBC’s Dante Chinni.``: a reporting clause after what it reports.
_INVERTED_CLAUSE = re.compile(rf",\s+(?P<verb>{_VERBS})\s+(?P<subject>{_NAMED}(?:['’]s\s+{_NAME})?)(?=\s*[.,])")


def clause_subjects(article: PreparedArticle) -> list[tuple[int, int, NamedSpeaker]]:
    """The named subjects of the article's reporting clauses outside quotes ("Reyes said
    the budget was tight"), in order: (start, end, speaker)."""
    text = article.text
    found = []
    start = article.body_start
    bounds = [(q.open_mark, q.close_mark + 1) for q in article.quotes] + [(article.body_end, article.body_end)]
    for open_mark, close in bounds:
        for m in [*_BEFORE.finditer(text, start, open_mark), *_INVERTED_CLAUSE.finditer(text, start, open_mark)]:
            if not _names_someone(m) or re.fullmatch(_PRONOUN, m.group("subject").strip()):
                continue
            subject_start = m.start("subject")
            subject, end = _trim_subject(m.group("subject"), subject_start)
            named = _APPOSED_NAME.fullmatch(m.group("apposition") or "") if m.re is _BEFORE else None
            if named and is_description(subject):
                # "The minister of the economy, Mr. Guajardo, argues": the name, as a quote's clause.
                at = m.start("apposition")
                subject_start, end = at + named.start("name"), at + named.end("name")
                subject = named.group("name")
            speaker = canonical_speaker(text, subject)
            if speaker is not None:
                found.append((subject_start, end, speaker))
        start = max(start, close)
    return sorted(found, key=lambda f: f[0])


# A sentence's named subject: after an opening phrase ("During a CNN town hall, ") and
# before an apposition and its verb ("Cruz openly admitted", "Ham, 67, said"), the verb
# being any lower-case word but a joining or a function word ("Cruz and Rubio").
_SENTENCE_SUBJECT = re.compile(
    rf"(?:{listed('SENTENCE_ADVERBS', initial_case=True)}\s+)?(?:[A-Z][^,.;:!?\n\"“”]{{2,60}},\s+)?"
    rf"(?P<subject>{_NAME})(?:,[^,\n\"“”]{{1,120}},)?\s+(?!{listed('NOT_VERBS_AFTER_NAMES')}\b)[a-z][\w’'-]*"
)


def sentence_subjects(article: PreparedArticle) -> list[tuple[int, NamedSpeaker]]:
    """The named subjects opening the article's sentences ("Cruz openly admitted ...",
    "During a town hall, Tina Houchins had ..."), in order: (offset, speaker)."""
    text = article.text
    found = []
    for sentence in article.sentences:
        if sentence.start < article.body_start:
            continue
        m = _SENTENCE_SUBJECT.match(text, sentence.start, sentence.end)
        if m is None or m.group("subject").split()[0] in _NOT_NAMES:
            continue
        speaker = canonical_speaker(text, m.group("subject"))
        if speaker is not None and may_be_person(text, speaker):
            found.append((m.start("subject"), speaker))
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
# The sources offered for claims keep the descriptions they had before speakers took more
# (the claims and events half of the work owns that list; see issue 13).
_MENTION_DESCRIPTION = (
    rf"{listed('MENTION_DETERMINERS', initial_case=True)}\s+(?:[\w-]+\s+){{0,3}}?{listed('SOURCE_NOUNS')}(?:e?s)?"
)
_MENTION = re.compile(rf"(?<![\w’'.-])(?=[A-Zatos])(?:{_MENTION_DESCRIPTION}|{_NAME})")
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
