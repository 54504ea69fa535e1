"""Speakers: reporting clauses next to quotes, canonical names and roles.

Where the clause next to a quote names its speaker (``..." Esper told reporters``,
``Raab also said ... that "...``), the speaker is settled here, deterministically,
and the model is only asked about quotes whose clause is a pronoun or missing.
A tiny model then cannot spoil an attribution the text states outright.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .article import PreparedArticle, QuoteCandidate
from .grammar import (
    ABBREVIATIONS,
    ADVERB,
    AFTER_ABBREVIATION,
    APPOSITION,
    ARTICLES_ETC,
    CALENDAR,
    DESCRIPTION_AFTER,
    DESCRIPTION_SUBJECT,
    FORMER,
    HEAD,
    INNER_ROLE,
    LEAD,
    NAME,
    NAME_TAIL,
    NAMED,
    NOT_NAMES,
    OF_WHAT,
    POSSESSIVE,
    PREPOSITIONS,
    PRONOUN,
    QUANTIFIERS,
    REPORTING_PARTICIPLES,
    REPORTING_VERBS,
    ROLE_NOUNS,
    ROLE_WORDS,
    SUBJECT,
    alternation,
    first_filtered,
    verb_forms,
    words,
)
from .grammar import pattern as listed
from .names import (
    NamedSpeaker,
    _split_role,
    canonical_speaker,
    is_description,
    is_organisation,
    may_be_person,
    participle_clause,
    person_mentions,
    role_name_runs,
    role_of,
)

# ``," Esper told reporters`` / ``," the agency's director, Pieter Maas, said``.
_AFTER = re.compile(
    rf"{LEAD}(?P<subject>(?:(?:the\s+)?{NAMED}){POSSESSIVE}|{PRONOUN}|{DESCRIPTION_SUBJECT}{OF_WHAT}){NAME_TAIL}"
    rf"(?P<apposition>{APPOSITION}){ADVERB}\s+(?P<verb>{REPORTING_VERBS})\b"
)
# A lower-case role word after a capitalised one: "said the Conservative leader" is a
# description, not "the Conservative".
_ROLE_NOUN = rf"(?:{alternation(w for w in ROLE_WORDS if w.isalpha())}|{INNER_ROLE}|{HEAD})"
_ROLE_AFTER = rf"(?:[A-Z][\w’'-]*\s+)*{_ROLE_NOUN}\b"
# Words that may follow a speaker's name in its clause ("said Trump in Iowa", "on Tuesday").
_FUNCTION = alternation(PREPOSITIONS | words("DESCRIPTION_ENDS") | words("NOT_VERBS_AFTER_NAMES"))
# "said Republican party boss Reince Priebus", "said former Utah governor Michael Leavitt":
# capitalised words, lower-case ones and a role noun before the name qualify it.
_QUALIFIED_NAME = (
    rf"{FORMER}(?:[A-Z][\w’'-]*\s+){{1,3}}(?:(?!{_FUNCTION}\b)[a-z][\w-]*\s+){{0,2}}{_ROLE_NOUN}\s+{FORMER}{NAME}"
)
# A name followed by lower-case words that are no function word and then a capital
# ("said Oversight ranking Democrat Elijah Cummings") is no subject alone.
_NOT_ALONE = rf"\s+(?:(?!{_FUNCTION}\b)[a-z][\w-]*\s+){{1,2}}[A-Z]"
# Nor the first words of a longer name ("said Met Office meteorologist Grace Hollins": not
# "Met"): the name goes on with a capitalised word that is no weekday or month.
_NAME_GOES_ON = rf"\s+(?!{alternation(CALENDAR, initial_case=True)}\b)[A-Z][a-z]"
# ``," said Esper`` / ``," said Cal Fire spokesman Jon Heggie`` / ``," wrote the influential US daily``;
# ``," said the minister, Jane Doe.``: the name in apposition to a description, alone up
# to the sentence's end or a comma.
_AFTER_INVERTED = re.compile(
    rf"{LEAD}(?P<verb>{REPORTING_VERBS})\s+(?P<subject>{_QUALIFIED_NAME}|(?:the\s+)?{NAMED}(?![\w’'-]|\s+{_ROLE_AFTER}|{_NOT_ALONE}|{_NAME_GOES_ON})|{DESCRIPTION_AFTER})"
    rf"(?P<apposition>,\s+(?P<name>{NAME})(?=\s*(?:[.;!?,]|$)))?"
)
# ``," the agency's chief hydrologist, Dr. Ines Falk, said`` : a name in apposition.
_AFTER_APPOSITION = re.compile(
    rf"{LEAD}(?:[\w’'.-]+\s+){{0,6}}?[\w’'.-]+,\s+(?P<subject>{NAME}),\s+(?P<verb>{REPORTING_VERBS})\b"
)
# A full stop after a word that is no abbreviation, then a capital: a sentence ends there.
_SENTENCE_END = re.compile(r"(?P<word>[\w’'-]+)\.[\s'’”\"»]+[A-Z]")


def _crosses_sentence(s: str) -> bool:
    """Whether ``s`` runs past a sentence's end ("...,' Keir Starmer told the Commons. The
    chancellor, Rachel Reeves, added"): a clause after a quote stays in its sentence."""
    return any(
        len(m.group("word")) > 1 and m.group("word").lower() not in ABBREVIATIONS for m in _SENTENCE_END.finditer(s)
    )


# ``," according to the report``.
_AFTER_ACCORDING = re.compile(rf"{LEAD}(?P<verb>according\s+to)\s+(?P<subject>{NAME}|{DESCRIPTION_AFTER})")
# ``" ― Pamela Padilla`` : a name after a dash, alone up to the end of its line or sentence.
_AFTER_DASH = re.compile(rf"^[\s'’”\"»]*[―—–]\s*(?P<subject>{NAME})(?=\s*[.,;]?\s*(?:\n|$))")
# ``"A city that cannot house its nurses ..." — Councillor Ines Varga, at Tuesday's
# committee``: after a quote that opens its line (an epigraph, a pull quote), the name
# may go on with where or when it was said, up to the line's end.
_AFTER_DASH_LINE = re.compile(rf"^[^\S\n]*[―—–][^\S\n]*(?P<subject>{NAME}),[^\S\n]+[^\n\"“”]{{1,80}}(?=\n|$)")
# ``Raab also said ... that "`` in the same sentence before the opening mark; also
# ``Its director, Pieter Maas, told reporters: "`` and ``Trump saying during the debate, "``.
_BEFORE = first_filtered(
    re.compile(
        rf"(?:^|(?<=[\s(,;:—–]))(?:{SUBJECT}{OF_WHAT})(?P<apposition>{APPOSITION}|,)"
        rf"{ADVERB}\s+(?P<verb>{REPORTING_VERBS})\b"
    )
)
# Where _BEFORE's verb may be: any of its reporting verbs, followed by a word boundary.
_VERB = first_filtered(re.compile(rf"(?:{REPORTING_VERBS})\b"))
# ``footage of Trump saying during the debate, "``: a name right before a participle.
_BEFORE_NAMED_PARTICIPLE = first_filtered(
    re.compile(rf"(?<![\w’'-])(?P<subject>{NAME})\s+(?P<verb>{REPORTING_PARTICIPLES})\b")
)
# ``Said Ellis: "`` / ``Said Dorothy Poynter, who grew up with Ali, "``.
_BEFORE_INVERTED = first_filtered(
    re.compile(
        rf"(?<![\w’'-])(?P<verb>{alternation(verb_forms('leads', ('past', 'third')), initial_case=True)})"
        rf"\s+(?P<subject>{NAMED})"
        r"(?:,\s+(?:who|a|an|the)\s[^,\"“”\n]{1,100})?\s*[:,]\s*$"
    )
)
# ``He was responding to Sir Keir Starmer, who had said: "``: a name's relative clause.
_BEFORE_RELATIVE = first_filtered(
    re.compile(
        rf"(?<![\w’'-])(?P<subject>{NAMED}),\s+who(?:\s+(?:had|has|have|also|later|then|once))?"
        rf"{ADVERB}\s+(?P<verb>{REPORTING_VERBS})\b"
    )
)
# A relative clause after "the lawyer for X" or "the wife of X" may be either's.
_NOT_BEFORE_RELATIVE = frozenset({"of", "for"})
# ``is, in the words of Trade Minister Hamid Sarwar, "not dead yet"`` / ``to quote the
# governor, "``: the name right before the quote.
_BEFORE_WORDS_OF = first_filtered(
    re.compile(
        rf"(?:^|(?<=[\s(,;:—–]))(?P<verb>[Ii]n\s+the\s+words\s+of|[Tt]o\s+quote)\s+"
        rf"(?P<subject>{NAME}|{DESCRIPTION_AFTER}),?\s*$"
    )
)
# ``according to the report, "``.
_BEFORE_ACCORDING = first_filtered(
    re.compile(rf"(?:^|(?<=[\s(,;:—–]))(?P<verb>[Aa]ccording\s+to)\s+(?P<subject>{NAME}|{DESCRIPTION_AFTER})")
)
# ``the RBK news website quoted Ms. Simonyan, the editor in chief, as saying "``: the
# speaker is the one quoted.
_BEFORE_QUOTED_AS = re.compile(
    rf"(?P<verb>quoted)\s+(?P<subject>{NAME}|{DESCRIPTION_SUBJECT}){APPOSITION}\s+as\s+(?:saying|telling|writing)\b"
)
# ``, adding: "`` / ``, writing "``: a participle whose subject is the sentence's.
_BEFORE_PARTICIPLE = first_filtered(re.compile(rf"(?:,|\band)\s+(?P<verb>{REPORTING_PARTICIPLES})\b"))
# The subject that opens a sentence: ``Blige sings ... before asking her, "``.
_OPENING_SUBJECT = re.compile(
    rf"^\s*(?:{listed('SENTENCE_ADVERBS', initial_case=True)}\b,?\s+)?"
    rf"(?:{listed('OPENING_PREPOSITIONS', initial_case=True)}\s+[\w ]{{1,60}},\s+)?"
    rf"(?P<subject>(?:{NAMED}){POSSESSIVE}|{PRONOUN}|{DESCRIPTION_SUBJECT}{OF_WHAT})"
    rf"{NAME_TAIL}{APPOSITION}{ADVERB}\s+(?P<verb>[a-z][\w-]*)"
)
# How far before a quote to look for ``Raab also said ... that "``.
_BEFORE_WINDOW = 1000


@dataclass(frozen=True)
class ClauseAttribution:
    quote_id: str
    mention: tuple[int, int] | None  # the subject of the reporting clause
    cue: tuple[int, int] | None  # the reporting verb
    speaker: NamedSpeaker | None  # set when the clause names someone (not a pronoun)
    pronoun: bool = False  # the clause's subject is a pronoun ("he said")
    continued: bool = False  # no clause of its own: it continues the previous quote


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


def _role_only(subject: str) -> bool:
    """Whether a subject is a title alone ("The Taoiseach", "the Treasurer"): no name."""
    words = [w.lower() for w in subject.split() if w.lower() not in ARTICLES_ETC]
    return bool(words) and all(w in ROLE_WORDS for w in words)


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
    if named is None and "name" in match.re.groupindex and match.group("name") and is_description(subject):
        # "...," said the minister, Jane Doe.": the description is where the text names
        # the speaker, the name in apposition who it is, with the description as role.
        speaker = canonical_speaker(text, match.group("name"))
        if cue is None:
            cue = (base + match.start("verb"), base + match.end("verb"))
        if speaker is not None and speaker.role is None:
            speaker = replace(speaker, role=role_of(subject))
        return ClauseAttribution(quote.id, (s_start, s_end), cue, speaker)
    if named and (is_description(subject) or _role_only(subject)):
        # "Its director, Pieter Maas, told", "The Taoiseach, Micheál Martin, said": the name,
        # not the description or the bare title.
        s_start = base + match.start("apposition") + named.start("name")
        subject, s_end = named.group("name"), base + match.start("apposition") + named.end("name")
    if match.re is _BEFORE and speaker_group == "subject":
        # "Consumer Council for Water chief Mike Keil told": the "for" tail ends with a
        # role word and a person's name; the name is the subject, not the body before it.
        tail = _OF_ROLE_NAME.fullmatch(match.string, match.end("subject"), match.start("apposition"))
        if tail is not None:
            speaker = canonical_speaker(text, tail.group("name"))
            if speaker is not None:
                if speaker.role is None:
                    speaker = replace(speaker, role=f"{subject}{tail.group('role')}")
                mention = (base + tail.start("name"), base + tail.end("name"))
                return ClauseAttribution(quote.id, mention, cue or _cue(match, base), speaker)
    longer = _role_of_name(match.string, match.end(speaker_group), subject)
    if longer is not None:
        # "Chancellor of the Exchequer Rachel Reeves said", "said Superintendent of Police
        # (SP) Rakesh Singh": the role's "of" and an acronym are no end of the subject.
        title = _role_only(" ".join(w for w in subject.split() if w not in _ROLE_CONNECTORS))
        subject, s_end = longer[0], s_end + longer[1]
        apposed = _LAST_APPOSED_NAME.match(match.string, match.end(speaker_group) + longer[1])
        if apposed is not None and title:
            # "said the Secretary of State for Wales, Jo Stevens.": the name in apposition.
            speaker = canonical_speaker(text, apposed.group("name"))
            if speaker is not None:
                speaker = replace(speaker, role=speaker.role or role_of(subject))
                return ClauseAttribution(quote.id, (s_start, s_end), cue or _cue(match, base), speaker)
    mention = (s_start, s_end)
    if cue is None and "verb" in match.re.groupindex:
        cue = (base + match.start("verb"), base + match.end("verb"))
    if re.fullmatch(PRONOUN, subject):
        return ClauseAttribution(quote.id, mention, cue, None, pronoun=True)
    speaker = canonical_speaker(text, subject)
    if speaker is None:
        return ClauseAttribution(quote.id, None, None, None)
    return ClauseAttribution(quote.id, mention, cue, speaker)


_APPOSED_NAME = re.compile(rf",\s+(?P<name>{NAME}),")
# "for Water chief Mike Keil": what a body's subject goes on with, a lower-case role
# word and a name of two words or more at its end.
_OF_ROLE_NAME = re.compile(
    rf"(?P<role>\s+(?:of|for)\s+(?:[A-Z][\w’'-]*\s+){{0,2}}(?:{_ROLE_NOUN}))\s+"
    rf"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+)"
)
# What a role's subject may go on with up to the name: "of the Exchequer Rachel Reeves",
# "(SP) Rakesh Singh".
_ROLE_TAIL = first_filtered(
    re.compile(
        r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*|\s+\([A-Z]{1,6}\)(?:\s+[A-Z][\w’'.-]*){1,3})"
        r"(?![\w’'-])"
    )
)
_ACRONYM = re.compile(r"\s+\([A-Z]{1,6}\)")


_ROLE_CONNECTORS = frozenset({"of", "for"})
# A name in apposition that ends the sentence: "..., Jo Stevens."
_LAST_APPOSED_NAME = re.compile(rf",\s+(?P<name>{NAME})(?=\s*(?:[.;!?]|$))")


def _cue(match: re.Match[str], base: int) -> tuple[int, int] | None:
    return (base + match.start("verb"), base + match.end("verb")) if "verb" in match.re.groupindex else None


def _role_of_name(string: str, at: int, subject: str) -> tuple[str, int] | None:
    """A subject that is a role alone ("Chancellor", "Superintendent of Police") with the
    rest of what the text writes before the verb ("of the Exchequer Rachel Reeves", "(SP)
    Rakesh Singh"), when that rest ends with a person's name: (the subject as a name may
    be read, the length the mention grows by); else None."""
    tail = _ROLE_TAIL.match(string, at)
    if tail is None or string[at - 1 : at] in (".", ",", ";", ":"):
        return None
    grown = tail.group(0).rstrip(".")
    whole = _ACRONYM.sub("", subject + grown)
    role, name = _split_role(whole.split())
    if subject[:1].isupper() and role and len(name) >= 2 and all(w[:1].isupper() for w in name):
        return whole, len(grown)
    if _role_only(" ".join(w for w in subject.split() if w not in _ROLE_CONNECTORS)) and "(" not in grown:
        # "said the Governor of the Reserve Bank": a title with what it is of, no name.
        return whole, len(grown)
    return None


def _clause_after(text: str, quote: QuoteCandidate) -> tuple[re.Match[str], int] | None:
    after_start = quote.close_mark + 1
    after = text[after_start : min(len(text), after_start + 200)]
    after = after.split("\n", 1)[0] if not _AFTER_DASH.match(after) else after
    ends_sentence = quote.text.rstrip("'’”\"»").endswith(".")
    patterns = [_AFTER_APPOSITION, _AFTER, _AFTER_INVERTED, _AFTER_ACCORDING, _AFTER_DASH]
    if quote.open_mark == 0 or text[quote.open_mark - 1] == "\n":
        patterns.append(_AFTER_DASH_LINE)
    for pattern in patterns:
        match = pattern.match(after)
        if match is None or not _names_someone(match) or _crosses_sentence(after[: match.start("subject")]):
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


# After a quote that ends its own sentence, a clause opening the next one is its own
# statement ("…outlaw nation." Russia insisted that …) unless it ends soon ("…" Obama said.).
_SHORT_TAIL = re.compile(r"(?!\s+that\b)(?:\s+[\w’'.-]+){0,4}?\s*(?:[.,;:!?]|$)")


def _names_someone(match: re.Match[str]) -> bool:
    """Whether a clause's subject can be a speaker: not a weekday or a month ("on
    Saturday, said"), and a bare name joined to its verb by a comma only when it closes an
    apposition (", Pieter Maas, told", not "on the Mall, said")."""
    subject = match.group("subject").rstrip(".,;:")
    words = subject.split()
    if re.fullmatch(PRONOUN, subject):
        return True
    if not words or words[-1].lower() in CALENDAR or words[-1] in NOT_NAMES:
        return False
    if (
        words[-1].endswith(("'s", "’s"))
        and "verb" in match.re.groupindex
        and match.start("verb") > match.end("subject")
    ):
        # "Mr. Obama's remarks": a possessive is no subject; what follows it is a noun.
        return False
    if match.re is _AFTER_APPOSITION and words[0].lower() in ROLE_WORDS and " of " in subject:
        # "Representative Steve Cohen, Democrat of Tennessee, said": the apposition is a
        # role of a place, the name is before it.
        return False
    if match.re is _BEFORE_RELATIVE:
        previous = match.string[max(0, match.start("subject") - 12) : match.start("subject")].split()
        # Nor the tail of a longer name ("John Smith": not "Smith" alone, when "of John
        # Smith" was refused).
        return not previous or (previous[-1] not in _NOT_BEFORE_RELATIVE and not previous[-1][:1].isupper())
    if "verb" in match.re.groupindex and match.start("subject") < match.start("verb"):
        # "of Ashton, Md., who watched ..., said": a name after a preposition is no subject.
        previous = match.string[max(0, match.start("subject") - 12) : match.start("subject")].split()
        # "footage of Trump saying": a participle's subject may follow "of".
        after_of = match.re is _BEFORE_NAMED_PARTICIPLE and previous[-1:] == ["of"]
        if previous[-1:] == ["the"] and match.re is _BEFORE:
            # "In a statement to the Observer, her senior policy adviser, Jake Sullivan,
            # said": nor a name after a preposition and "the"; but "of the" may be a
            # role's ("Chancellor of the Duchy of Lancaster Pat McFadden said").
            previous = match.string[max(0, match.start("subject") - 20) : match.start("subject")].split()[:-1]
            previous = [] if previous[-1:] == ["of"] else previous
        if previous and previous[-1].lower() in PREPOSITIONS | QUANTIFIERS and not after_of:
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
            if m.groupdict().get("apposition") and _AFTER_PREPOSITION.search(
                text, max(0, m.start("subject") - 12), m.start("subject")
            ):
                # "Speaking to ITV News, the health secretary, ... said": the name after a
                # preposition is no subject, nor is its last word ("News"); the apposition
                # names the speaker.
                space = m.end("subject") - 1
            start = max(space + 1 if space >= 0 else end, start + 1)
    return found


_AFTER_PREPOSITION = re.compile(
    rf"\b(?:(?:{alternation(PREPOSITIONS | QUANTIFIERS)})|(?:{alternation(PREPOSITIONS - {'of'})})\s+the)\s+$"
)


_EMBEDDED = re.compile(r"\b(?:that|whether|if|because)\s*$")
_Found = tuple[re.Match[str], int, str, "tuple[int, int] | None"]


def _clause_before(text: str, start: int, end: int) -> _Found | None:
    """The reporting clause nearest ``end`` in ``text[start:end]``: (match, base, the
    group naming the speaker)."""
    before = text[start:end]
    best: _Found | None = None
    for pattern in (
        _BEFORE,
        _BEFORE_ACCORDING,
        _BEFORE_QUOTED_AS,
        _BEFORE_NAMED_PARTICIPLE,
        _BEFORE_INVERTED,
        _BEFORE_RELATIVE,
        _BEFORE_WORDS_OF,
    ):
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
    # `Starmer told MPs: "We will act." The chancellor, Rachel Reeves, added: ...`: a
    # quote that a colon clause introduces and that ends its sentence is that clause's; a
    # clause after it opens the next statement.
    introduced = _introduced(text, quote)
    found = _found_before(article, quote) if introduced else None
    if found is None:
        after = _clause_after(text, quote)
        if after is not None:
            return _role_holder(article, _attribution(quote, text, *after))
        if not introduced:
            found = _found_before(article, quote)
    if found is None:
        return ClauseAttribution(quote.id, None, None, None)
    match, base, group, cue = found
    return _role_holder(article, _attribution(quote, text, match, base, speaker_group=group, cue=cue))


def _role_holder(article: PreparedArticle, found: ClauseAttribution) -> ClauseAttribution:
    """A speaker named by a role alone ("the judge said", "the Deputy Chief Minister
    said") is the one person the text has named before with that role ("Judge Robert
    Quayle told Marsh ...", "Maharashtra Deputy Chief Minister Suresh Patil"); with none or
    several, the role stays as written."""
    if found.speaker is None or found.mention is None or found.pronoun:
        return found
    role = [w.lower() for w in found.speaker.name.split()]
    if role[:1] == ["the"]:
        role = role[1:]
    if not role or len(role) > _LONGEST_ROLE or not all(w in ROLE_NOUNS for w in role):
        return found
    holders = {
        p.speaker.name.casefold(): p.speaker
        for p in person_mentions(article)
        if p.start < found.mention[0]
        and p.speaker.role
        and [w.lower() for w in p.speaker.role.split()][-len(role) :] == role
        and p.speaker.name.casefold() != found.speaker.name.casefold()
    }
    if len(holders) != 1:
        return found
    return replace(found, speaker=next(iter(holders.values())))


_LONGEST_ROLE = 4


_COLON_BEFORE = re.compile(r":\s*$")


def _introduced(text: str, quote: QuoteCandidate) -> bool:
    """Whether a colon introduces ``quote`` and the quote ends its sentence (``X told MPs:
    "… ."``)."""
    return (
        quote.text.rstrip("'’”\"»").endswith((".", "!", "?"))
        and _COLON_BEFORE.search(text, max(0, quote.open_mark - 4), quote.open_mark) is not None
    )


# What makes a quote a name for words, or someone else's words, rather than what the
# clause before it reports: a noun naming a phrase before it ("the slogan “Homes for all”")
# or "so-called"; or a possessive before it and such a noun after it ("the mayor’s “build it
# now” pledge", "his ''Feel the Bern'' wave"). A possessive alone is not: in "praised his
# brother’s “deep faith”" the words are the clause's speaker's.
_PHRASE_BEFORE = re.compile(rf"\b(?:so[- ]called|{listed('PHRASE_NOUNS')})\s*$", re.IGNORECASE)
_OWNER_BEFORE = re.compile(r"(?:[’']s?|\b(?:his|her|their|its))\s*$", re.IGNORECASE)
_PHRASE_AFTER = re.compile(rf"[,.]?\s*(?:{listed('PHRASE_NOUNS')})\b", re.IGNORECASE)


def names_words(text: str, quote: QuoteCandidate) -> bool:
    """Whether the words around ``quote`` make it a name for words (see ``_PHRASE_BEFORE``)."""
    before = max(0, quote.open_mark - 40)
    if _PHRASE_BEFORE.search(text, before, quote.open_mark):
        return True
    return bool(_OWNER_BEFORE.search(text, before, quote.open_mark) and _PHRASE_AFTER.match(text, quote.close_mark + 1))


def _found_before(article: PreparedArticle, quote: QuoteCandidate) -> _Found | None:
    """The reporting clause before ``quote``: in its own sentence, or ending the previous
    sentence with a colon."""
    text = article.text
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
    if names_words(text, quote):
        return None  # "said the mayor’s “build it now” pledge was sound": not the clause's words
    found = _clause_before(text, before_start, quote.open_mark)
    if found is None and _NONBLANK.search(text, before_start, quote.open_mark) is None:
        previous = _previous_sentence(article, quote.open_mark)
        if previous is not None and text[previous[0] : previous[1]].rstrip().endswith(":"):
            start = max(previous[0], previous[1] - _BEFORE_WINDOW)
            found = _clause_before(text, start, previous[1])
    return found


# Within the quote's sentence: a title's stop ends none (``," Gov. Lena Marsh said``).
_CLAUSE_AFTER = re.compile(rf"(?:[^.!?\n]|{AFTER_ABBREVIATION}){{0,60}}?\b(?:{REPORTING_VERBS})\b")


def has_clause_after(article: PreparedArticle, quote: QuoteCandidate) -> bool:
    """True when a reporting verb follows the quote in its sentence, whoever its
    subject (``," someone added``): such a quote is not a continuation."""
    return _CLAUSE_AFTER.match(article.text, quote.close_mark + 1) is not None


# ``..., noted NBC’s Dante Chinni.``: a reporting clause after what it reports.
# Not "told": what follows it is the hearer (", told Sky News").
_INVERTED_CLAUSE = re.compile(
    rf",\s+(?!told\b)(?P<verb>{REPORTING_VERBS})\s+(?P<subject>{NAMED}(?:['’]s\s+{NAME})?)(?=\s*[.,])"
)


def clause_subjects(article: PreparedArticle) -> list[tuple[int, int, NamedSpeaker]]:
    """The named subjects of the article's reporting clauses outside quotes ("Reyes said
    the budget was tight"), in order: (start, end, speaker)."""
    # Found once per article: quotes, claims and pronouns all ask.
    return list(article.once("clause_subjects", lambda: _clause_subjects(article)))


def _clause_subjects(article: PreparedArticle) -> tuple[tuple[int, int, NamedSpeaker], ...]:
    text = article.text
    found = []
    start = article.body_start
    bounds = [(q.open_mark, q.close_mark + 1) for q in article.quotes] + [(article.body_end, article.body_end)]
    for open_mark, close in bounds:
        # A match of _BEFORE ends with its reporting verb: none starts after the last verb
        # of the stretch, and the text after that verb is not searched (the matches are the
        # same: each ends at a verb, at or before the last one's end, whose word boundary the
        # shorter text keeps). A stretch with no reporting verb has none at all.
        verb_end = max((v.end() for v in _VERB.finditer(text, start, open_mark)), default=start)
        for m in [*_BEFORE.finditer(text, start, verb_end), *_INVERTED_CLAUSE.finditer(text, start, open_mark)]:
            if not _names_someone(m) or re.fullmatch(PRONOUN, m.group("subject").strip()):
                continue
            if not article.in_story(m.start("subject")):
                continue  # a caption's or a byline's "said" names no one the story quotes
            subject_start = m.start("subject")
            subject, end = _trim_subject(m.group("subject"), subject_start)
            named = _APPOSED_NAME.fullmatch(m.group("apposition") or "") if m.re is _BEFORE else None
            if named and (is_description(subject) or _role_only(subject)):
                # "The minister of the economy, Mr. Guajardo, argues": the name, as a quote's clause.
                at = m.start("apposition")
                subject_start, end = at + named.start("name"), at + named.end("name")
                subject = named.group("name")
            speaker = canonical_speaker(text, subject)
            if speaker is not None:
                found.append((subject_start, end, speaker))
        start = max(start, close)
    return tuple(sorted(found, key=lambda f: f[0]))


# A sentence's named subject: after an opening phrase ("During a CNN town hall, ") and
# before an apposition and its verb ("Cruz openly admitted", "Ham, 67, said"), the verb
# being any lower-case word but a joining or a function word ("Cruz and Rubio").
_SENTENCE_SUBJECT = first_filtered(
    re.compile(
        rf"(?:{listed('SENTENCE_ADVERBS', initial_case=True)}\s+)?(?:[A-Z][^,.;:!?\n\"“”]{{2,60}},\s+)?"
        rf"(?P<subject>{NAME})(?:,[^,\n\"“”]{{1,120}},)?\s+(?!{listed('NOT_VERBS_AFTER_NAMES')}\b)"
        # Nor a pronoun: "When Obama flew to Boise, Idaho, for a speech, he met ...".
        rf"(?!(?:{listed('PERSONAL_PRONOUNS')}|{listed('PLURAL_PRONOUNS')})\b)"
        # Nor a noun the name qualifies: "Union leaders met ...", "Opposition leader Kemi Badenoch".
        rf"(?!(?:{HEAD}|{INNER_ROLE}(?:e?s)?)\b)[a-z][\w’'-]*"
    )
)


def sentence_subjects(article: PreparedArticle, *, people: bool = True) -> list[tuple[int, NamedSpeaker]]:
    """The named subjects opening the article's sentences ("Cruz openly admitted ...",
    "During a town hall, Tina Houchins had ..."), in order: (offset, speaker); those that
    may be people, or with ``people=False`` the organisations ("The Department for
    Education issued ...")."""
    return list(article.once(("sentence_subjects", people), lambda: _sentence_subjects(article, people)))


def _sentence_subjects(article: PreparedArticle, people: bool) -> tuple[tuple[int, NamedSpeaker], ...]:
    text = article.text
    found = []
    for sentence in article.body_sentences:
        if sentence.start < article.body_start:
            continue
        m = _SENTENCE_SUBJECT.match(text, sentence.start, sentence.end)
        if m is None or m.group("subject").split()[0] in NOT_NAMES or participle_clause(text, *m.span("subject")):
            continue
        speaker = canonical_speaker(text, m.group("subject"))
        if speaker is not None and (may_be_person(text, speaker) if people else is_organisation(text, speaker)):
            found.append((m.start("subject"), speaker))
    return tuple(found)


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
