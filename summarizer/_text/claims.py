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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .article import PreparedArticle, QuoteCandidate, Sentence
from .attribution import ClauseAttribution, names_words
from .grammar import (
    AMBIGUOUS,
    BE,
    CAPITAL_WORD,
    CUE_KINDS,
    CUE_RE,
    EDGE,
    FINITE_HINT,
    INVERTING,
    IRREGULAR_PAST,
    NOT_AFTER_ABBREVIATION,
    NP_NAME,
    NP_PRONOUN,
    QUANTIFIERS,
    QUOTE_MARKS,
    ROLE_NOUNS,
    CandidateKind,
    Cue,
    agrees,
    alternation,
    capitalised,
    find_cue,
    np_before_apposition,
    np_ending_at,
    np_ok,
    np_starting_at,
    pattern,
    sentence_subject,
    subject_ok,
    verb_forms,
    verb_pattern,
    word_before,
    words,
)
from .names import NamedSpeaker, canonical_speaker, role_of
from .speakers import resolve_pronouns

# Verbs whose object is the hearer, not the content: "told reporters that ...".
_HEARER_VERBS = verb_forms("hearer")
# What opens the next sentence after a stop that ends an abbreviation ("according to
# figures from the U.S. The data ...": the source ends at "U.S.").
_SENTENCE_OPENER = (
    rf"(?:{pattern('DETERMINERS', initial_case=True)}|{pattern('PERSONAL_PRONOUNS', initial_case=True)}"
    rf"|{pattern('PLURAL_PRONOUNS', initial_case=True)}|{pattern('OPENING_PREPOSITIONS', initial_case=True)}"
    rf"|{pattern('SENTENCE_ADVERBS', initial_case=True)})\s"
)
# "according to X": X runs to the end of its clause ("according to a new Washington
# Post-ABC News national poll", "according to federal statistics").
_ACCORDING = re.compile(
    r"(?P<cue>[Aa]ccording\s+to)\s+(?P<subject>[^,;:()“”\"—–―]{2,120}?)"
    # A title's or an initial's stop does not end it ("according to a speech Mrs. Clinton gave").
    rf"(?=\s*(?:[,;:()“”\"—–―]|{NOT_AFTER_ABBREVIATION}\.(?:\s|$)|\.\s+{_SENTENCE_OPENER}|$))"
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
    # The name in apposition to a source that is a role ("the city's director, Tomás
    # Reyes"): the speaker is that name, with the source as its role.
    name: tuple[int, int] | None = None


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return (start, end) if end - start >= 3 else None


_TIME_AFTER = re.compile(
    r"(?:\s+(?:on|in|at|during|last|this|earlier|late|early|late\s+on|over\s+the)\s+(?:an?\s+|the\s+)?[\w’'-]+"
    r"(?:\s+[\w’'-]+){0,3}?(?=\s*[,.;:!?]|\s*$)"
    rf"|\s+(?:on\s+)?(?:{alternation(capitalised(words('WEEKDAYS')) | words('RELATIVE_DAYS'))})"
    rf"(?:\s+{pattern('PARTS_OF_DAY')})?)"
)
_HEARER_AFTER = re.compile(
    rf"\s+(?:{pattern('HEARERS')}|the\s+press|him|her|them|us|me|"
    rf"(?:an?|the|his|her|their)\s+[\w’'-]+(?:\s+[\w’'-]+){{0,3}}?|{CAPITAL_WORD}(?:\s+{CAPITAL_WORD}){{0,4}})(?=[\s,.;:]|$)"
)
_THAT = re.compile(r"\s*[,:]?\s*(?:that\s+)?")
_COLON_SOURCE = re.compile(rf"^[\s{QUOTE_MARKS}]*(?P<subject>{CAPITAL_WORD}(?:\s+{CAPITAL_WORD}){{0,2}})\s*:\s+(?=\S)")
_NOT_COLON_SOURCES = words("LINE_LABELS")


# A short apposition after a source, closed by a comma, and no clause after it: ", Tomás
# Reyes, work begins", ", a consultant at the hospital, waiting lists".
_APPOSED = re.compile(r",\s+(?P<np>[^,;:()“”\"—–―]{2,80}?),\s+(?!(?:which|who|that|and|but|or)\b)")


def _is_role(description: str) -> bool:
    """A description of one person by their role ("the city's public works director"),
    not a source of its own ("police"). A role "of" something has its head before the "of"
    ("The Governor of the Bank of England")."""
    words = description.split()
    head_words = description.partition(" of ")[0].split()
    head = head_words[-1].lower() if head_words else ""
    return (description[:1].islower() or words[0] in {"The", "A", "An"}) and head in ROLE_NOUNS


def _quote_inside(quotes: list[tuple[int, int]], at: int) -> bool:
    return any(a <= at < b for a, b in quotes)


_BY = re.compile(r"\s+by\s")
_PASSIVE_PRONOUN = re.compile(r"it|this|that|they|these|those", re.IGNORECASE)
_OPENS_CONTENT = words("OPENS_CONTENT")


def _passive(cue: Cue) -> bool:
    """``was accused``, ``has been criticized``, ``is considered``: the subject is not the source."""
    participle = cue.verb.endswith("ed") or cue.verb in IRREGULAR_PAST
    return participle and any(w.lower() in BE for w in cue.between)


def _noun_like(s: str, cue: Cue) -> bool:
    """Whether an ambiguous form ("state", "plans") is used as a noun here."""
    if cue.verb not in AMBIGUOUS:
        return False
    after = s[cue.end :].lstrip()
    if not after or after[0] in ",.;:!?“\"‘'—–―(":
        return False
    word = after.split()[0].strip(",.;:")
    return not (word.lower() in _OPENS_CONTENT or word[:1].isupper())


def _source_of(s: str, cue: Cue, previous: list[tuple[int, int]]) -> tuple[tuple[int, int] | None, bool]:
    """The source of ``cue`` in ``s`` (or None), and whether it is written after the cue."""
    # "is saying", "He’s claiming", "began by saying": a finite clause, not a participle.
    progressive = any(
        w.lower() in {"is", "are", "was", "were", "been", "be", "’s", "'s", "’re", "'re"} or " " in w
        for w in cue.between
    )
    before = s[: cue.at].rstrip()
    word = word_before(s, len(before))
    last = word[1].lower() if word is not None and word[0] + len(word[1]) == len(before) else ""
    if cue.verb.endswith("ing") and not progressive or last in {"and", "but", "or"}:
        # ", adding that ...", "... and said ...": the subject of the clause before.
        if cue.verb.endswith("ing") and not progressive and not before.endswith(","):
            return None, False
        earlier = [p for p in previous if p[1] <= cue.at]
        return (earlier[-1] if earlier else sentence_subject(s)), False
    if last == "who" and word is not None:
        return np_before_apposition(s, len(s[: word[0]].rstrip().rstrip(",")) + 1), False
    if before.endswith(")"):
        opened = before.rfind("(", max(0, len(before) - 60))
        return (np_ending_at(s, len(s[:opened].rstrip())) if opened > 0 else None), False
    if before.endswith(","):
        source = np_before_apposition(s, len(before) - 1)
        if source is None and cue.verb in INVERTING and not cue.between:
            return np_starting_at(s, cue.end), True
        return source, False
    if before[-1:] in '”"’' and cue.verb in INVERTING and not cue.between:
        return np_starting_at(s, cue.end), True
    return np_ending_at(s, len(before)), False


# A stance held, written as an adjective after "be" with a "that" clause: "Many Democrats
# are afraid that ...". ``find_cue`` walks back over the "be" ("are", "has been acutely").
_STANCE_ADJECTIVE = re.compile(rf"(?<![\w’'-])(?P<verb>{pattern('STANCE_ADJECTIVES')})\s+that\s+(?=\S)")
# Sources a stance cannot have: an expletive ("It is certain that ...").
_EXPLETIVES = frozenset({"it", "this", "that", "there", "what", "which"})


def _stances(s: str, skip: list[tuple[int, int]]) -> list[tuple[tuple[int, int], tuple[int, int], int]]:
    """The stance adjectives of ``s`` with a "that" clause and the subject holding them:
    (source, cue, where the content starts). The adjective must follow a form of "be"."""
    out = []
    for m in _STANCE_ADJECTIVE.finditer(s):
        if _quote_inside(skip, m.start()):
            continue
        cue = find_cue(s, m)
        if not any(w.lower() in BE for w in cue.between):
            continue  # "the afraid voters", "came away convinced": no "be"
        source = np_ending_at(s, len(s[: cue.at].rstrip()))
        subject = s[source[0] : source[1]] if source is not None else ""
        if source is None or subject.lower() in _EXPLETIVES or not subject_ok(subject):
            continue
        out.append((source, m.span("verb"), m.end()))
    return out


# A name ending with an initial's stop ("John F.") or an abbreviation's ("Jr.").
_INITIAL_END = re.compile(r"\b[A-Z][a-z]?\.$")


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
        kind: CandidateKind,
        source: tuple[int, int],
        cue: tuple[int, int],
        contents: list[tuple[int, int]],
        name: tuple[int, int] | None = None,
    ) -> None:
        trimmed = [
            t
            for a, b in contents
            if (t := _trim(text, base + a, base + b)) is not None and _says_something(text[t[0] : t[1]])
        ]
        if not trimmed:
            return
        start, end = source
        # "said John Roe." : the sentence's full stop is not part of the name (an initial's is).
        if s[end - 1 : end] == "." and not _INITIAL_END.search(s[start:end]):
            end -= 1
        found.append(
            _Found(
                kind,
                (base + start, base + end),
                (base + cue[0], base + cue[1]),
                tuple(trimmed),
                name=(base + name[0], base + name[1]) if name else None,
            )
        )
        previous.append((start, end))

    for m in _ACCORDING.finditer(s):
        said_by = _author(s, m) or m.span("subject")
        if not _quote_inside(local_quotes, m.start()) and subject_ok(s[said_by[0] : said_by[1]]):
            # The content is the sentence without the "according to X" clause.
            end, name = _according_end(s, m)
            add("according_to", said_by, m.span("cue"), [(0, m.start()), (end, len(s))], name)
    colon = _colon_source(s)
    if colon is not None:
        mark = (colon.end("subject"), colon.end("subject") + 1)
        add("indirect", colon.span("subject"), mark, [(colon.end(), len(s))])
    for holder, adjective, content_start in _stances(s, local_quotes):
        add("indirect", holder, adjective, [(content_start, len(s))])
    stances = len(found)
    for m in CUE_RE.finditer(s):
        if _quote_inside(local_quotes, m.start()) or any(a <= base + m.start() < b for a, b in known):
            continue
        cue = find_cue(s, m)
        if _passive(cue):
            # "is supported by far fewer publications": the source follows "by". Not
            # "why it was mentioned by Ivanka Trump": a pronoun subject is no content.
            by = _BY.match(s, cue.end)
            agent = np_starting_at(s, by.end() - 1) if by else None
            subject = word_before(s, cue.at)
            if agent is not None and cue.at > 0 and (subject is None or not _PASSIVE_PRONOUN.fullmatch(subject[1])):
                add(CUE_KINDS[cue.verb], agent, (cue.start, cue.end), [(0, len(s[: cue.at].rstrip()))])
            continue
        if _noun_like(s, cue) or _no_topic(s, cue):
            continue
        source, after = _source_of(s, cue, previous)
        if source is None or cue.start <= source[0] < cue.end:
            continue
        if not after and not agrees(cue.verb, s[source[0] : source[1]], list(cue.between)):
            continue
        content = (0, len(s[: cue.at].rstrip()) - 1) if after else _content(s, cue.verb, source, cue.end)
        add(CUE_KINDS[cue.verb], source, (cue.start, cue.end), [content], None if after else _apposed_name(s, source))
    found[:stances] = _not_reported(found[:stances], found[stances:])
    return [_before_next(text, f, found) for f in found]


def _colon_source(s: str) -> re.Match[str] | None:
    """A source's name opening ``s`` before a colon and at least three words ("Lopez: Well,
    no one is like ...")."""
    colon = _COLON_SOURCE.match(s)
    if colon is None or colon.group("subject").lower() in _NOT_COLON_SOURCES or not subject_ok(colon.group("subject")):
        return None
    return colon if len(s[colon.end() :].split()) >= 3 else None


def _not_reported(stances: list[_Found], others: list[_Found]) -> list[_Found]:
    """The stances that are not inside what someone else is reported to say: in "Officials
    are confident that the dam will hold, the minister said", the claim is the minister's."""
    return [
        f
        for f in stances
        if not any(o.contents[0][0] <= f.cue[0] < o.contents[-1][1] and o.source[0] > f.cue[0] for o in others)
    ]


# A clause joined to the one before it: "..., but", "..., while", "; ".
_JOINED = re.compile(
    r"(?:,\s*(?:but|and|while|whereas|yet)|;\s*(?:but|and|while|whereas|yet)?|\s(?:but|while|whereas))\s+$"
)


# "... mishandled the investigation and Democrats accused ...": a clause (a verb in it)
# before "and", not a subject of two ("his band and Brian Burton wrote", "she and another
# reporter said"), nor a second "that" clause of the same report.
_AND_JOINED = re.compile(r"\sand\s+$")
_FINITE_HINT = re.compile(FINITE_HINT)


def _before_next(text: str, found: _Found, others: list[_Found]) -> _Found:
    """``found`` with its content ended before a clause joined to it that has a source
    and cue of its own: in "The mayor called the plan a disaster, but the governor said
    it would pass", what the mayor claims ends at "disaster"; the governor's words are
    his. A report nested in the content ("said the governor told her ...") stays."""
    *rest, (start, end) = found.contents
    for other in others:
        if start < other.source[0] < other.cue[0] < end and found.cue[1] <= other.source[0]:
            joined = _JOINED.search(text, start, other.source[0])
            if joined is None and not NP_PRONOUN.fullmatch(text[other.source[0] : other.source[1]]):
                # "Republicans said ... and Democrats accused the GOP of ...": a new source.
                joined = _AND_JOINED.search(text, start, other.source[0])
                word = word_before(text, joined.start()) if joined is not None else None
                if (
                    joined is None
                    or word is None
                    or not word[1][:1].islower()
                    or NP_PRONOUN.fullmatch(word[1])
                    or text[other.source[0] : other.source[0] + 5].lower() == "that "
                    or _FINITE_HINT.search(text, start, joined.start()) is None
                ):
                    joined = None
            if joined is not None and (t := _trim(text, start, joined.start())) is not None:
                return replace(found, contents=(*rest, t))
    return found


_NO_CONTENT = words("NO_CONTENT")


def _says_something(content: str) -> bool:
    """Whether a cue's content reports anything: not an adverb alone ("replied quickly"),
    nor opening with "nothing" or "little" ("said nothing about the cuts")."""
    found = content.strip(EDGE).split()
    if len(found) == 1 and found[0].lower().endswith("ly"):
        return False
    return bool(found) and found[0].lower() not in _NO_CONTENT


# Verbs whose content is a topic ("spoke about the plan"): with a hearer or a place after
# them instead ("spoke with residents", "spoke to reporters") they report nothing.
_TOPIC_VERBS = verb_forms("topic")
_TOPIC_FREE = re.compile(r"\s+(?:with|to|at|in|before|from|outside|inside|during|after|for)\b")


def _no_topic(s: str, cue: Cue) -> bool:
    return cue.verb in _TOPIC_VERBS and _TOPIC_FREE.match(s, cue.end) is not None


def _according_end(s: str, m: re.Match[str]) -> tuple[int, tuple[int, int] | None]:
    """Where the clause "according to X" (``m``) ends, and the name in apposition to X
    when X is a role: "According to the city's public works director, Tomás Reyes, work
    begins in May" is one source, the name with that role; "According to Dr Ciara Nolan,
    a consultant at the hospital, ..." leaves the apposition out of the content."""
    apposed = _APPOSED.match(s, m.end())
    if apposed is None:
        return m.end(), None
    np, subject = apposed.group("np"), m.group("subject")
    if NP_NAME.fullmatch(np) and _is_role(subject):
        return apposed.end(), apposed.span("np")
    if np[:1].islower() and NP_NAME.fullmatch(subject):
        return apposed.end(), None
    return m.end(), None


# "according to a speech Mrs. Clinton delivered", "according to a report the agency
# released": a writing and its author, who is the source.
# Where an agent after "by" ends: a time or a place after it ("by the city on Tuesday").
_AGENT_ENDS = r"\s+(?:on|in|at|last|this|earlier|for|to|after|before)\b"
_AUTHORED = re.compile(
    rf"(?:{pattern('DETERMINERS')})\s+(?:[\w’'-]+\s+){{0,3}}?(?:{pattern('WRITINGS')})s?\s+"
    rf"(?:(?P<author>.{{2,60}}?)\s+(?:{verb_pattern('authors', ('past',))})\b"
    # "a report released by the city on Tuesday"
    rf"|(?:{verb_pattern('authors', ('participle',))})\s+by\s+"
    rf"(?P<agent>.{{2,60}}?)(?={_AGENT_ENDS}|$))",
    re.IGNORECASE,
)


# A body's name that goes on after "for" or "on" and a capital ("the Office for National
# Statistics", "the Council on Foreign Relations"; not "the Treasury on Tuesday", nor "Ipsos
# for Reuters": a name with "the" and one word before it).
_THE_CAPITAL = re.compile(r"[Tt]he\s+[A-Z][\w’'-]*")
_NAME_GOES_ON = re.compile(
    r"\s+(?P<link>for|on)\s+"
    rf"(?!(?:{pattern('WEEKDAYS', initial_case=True)}|{pattern('MONTHS', initial_case=True)})\b)[A-Z]"
)
_AGENT_END = re.compile(_AGENT_ENDS)


def _author(s: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The author of the writing an "according to" clause (``m``) names, if it names one."""
    authored = _AUTHORED.match(s, m.start("subject"), m.end("subject"))
    if authored is None:
        return None
    group = "author" if authored.group("author") is not None else "agent"
    start, end = authored.span(group)
    goes_on = _NAME_GOES_ON.match(s, end, m.end("subject"))
    if group == "agent" and goes_on is not None and _THE_CAPITAL.fullmatch(s, start, end):
        # "released by the Office for National Statistics on Thursday": the name goes on.
        if goes_on.group("link") == "on":
            return None  # "the Council on Foreign Relations": names read it as "Relations"
        stop = _AGENT_END.search(s, goes_on.end(), m.end("subject"))
        end = stop.start() if stop is not None else m.end("subject")
    return (start, end) if np_ok(s[start:end]) else None


def _apposed_name(s: str, source: tuple[int, int]) -> tuple[int, int] | None:
    """The name in apposition to a source that is a role ("The Treasurer, Jim Chalmers,
    told parliament ..."), if any."""
    named = _NAME_APPOSED.match(s, source[1])
    return named.span("name") if named is not None and _is_role(s[source[0] : source[1]]) else None


_NAME_APPOSED = re.compile(rf",\s+(?P<name>{CAPITAL_WORD}(?:\s+{CAPITAL_WORD}){{1,3}}),\s*(?=\S)")


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
    if not rest.strip(EDGE) or rest.lstrip()[:1] in ",;" and source[0] > 0:
        start = 0
        end = source[0]
        if len(s[start:end].split()) >= 3:
            return (start, end)
    if that := _THAT.match(s, at):
        at = that.end()
    return (at, len(s))


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
        elif a.mention is None and dash is not None and subject_ok(dash.group("subject")):
            # "“...” ― Carla Sanchez": a name after a dash ends the quote's paragraph.
            out.append(_Found("quote", dash.span("subject"), dash.span("cue"), contents, quote.id))
        elif a.continued and a.speaker is not None and (first := by_speaker.get(a.speaker.name)) is not None:
            out[first] = replace(out[first], contents=out[first].contents + contents)
    return out


_DASH_SOURCE = re.compile(
    rf"[^\S\n]*(?P<cue>[―—–])[^\S\n]*(?P<subject>{CAPITAL_WORD}(?:[^\S\n]+{CAPITAL_WORD}){{1,3}})\.?[^\S\n]*(?=\n|$)"
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
_PLURAL_SOURCES = words("PLURAL_SOURCES")
_NUMBER = re.compile(rf"\d[\d,.]*|{pattern('NUMBER_WORDS')}")
_LINKED = re.compile(r"(?P<head>.+?)\s+(?P<link>of|at|in|for|from|with)\s+(?=\S)")


def _named(text: str, subject: str) -> NamedSpeaker | None:
    """The speaker a source names: a name in its fullest form, or a description as written."""
    if subject[:4].lower() == "the " and subject[4:5].isupper() and NP_NAME.fullmatch(subject):
        subject = subject[4:]  # "the Pentagon"
    linked = _LINKED.match(subject)
    if linked is not None:
        last = linked.group("head").split()[-1]
        if (
            linked.group("link") == "of"
            and last.lower().endswith("s")
            and last.lower() not in _TITLE_PLURALS
            or linked.group("link") != "of"
            and (last[:1].islower() or last.lower() in _PLURAL_SOURCES or last.lower() in QUANTIFIERS)
        ):
            # "Residents of Millford", "Members of Congress", "Officials at Homeland
            # Security Investigations", "supporters in Congress": people described by a
            # place or a body, not the place or the body: as written.
            return NamedSpeaker(name=subject, role=None) if subject_ok(subject) else None
        first = linked.group("head").split()[0].lower()
        if linked.group("link") in ("in", "at") and last[:1].isupper() and not _NUMBER.fullmatch(first):
            # "President Obama in Ohio": the name before the place (not "Nine in 10 voters",
            # nor the "for" inside a name: "the Center for Responsive Politics").
            return canonical_speaker(text, linked.group("head"))
    speaker = canonical_speaker(text, subject)
    if speaker is None and subject_ok(subject) and (not NP_NAME.fullmatch(subject) or len(subject.split()) > 1):
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
    for sentence in article.body_sentences:
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
        if NP_PRONOUN.fullmatch(subject):
            clauses.append(ClauseAttribution(str(i), f.source, f.cue, None, pronoun=True))
        else:
            # A role with a name in apposition: the name, with the role as written.
            named = _named(text, text[f.name[0] : f.name[1]] if f.name else subject)
            if named is not None and f.name is not None and named.role is None:
                named = replace(named, role=role_of(subject))
            clauses.append(ClauseAttribution(str(i), f.source, f.cue, named))
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


# Any verb that reports someone's words: a report nested in a claim's content ("Trump said
# Clinton called him “a liar”") makes the quoted words that other person's. Not a form that
# is as often a noun ("state", "plans"): "his home state" reports nothing.
_REPORTING = re.compile(
    rf"(?<![\w’'-])(?:{alternation((set(CUE_KINDS) | verb_forms('quote')) - AMBIGUOUS)})(?![\w’'-])", re.IGNORECASE
)
# A speaker's label between the cue and the quote: "polls did predict it - HuffPollster: “...”".
_LABEL = re.compile(rf"{CAPITAL_WORD}\s*:\s*$")


def _says_quote(text: str, claim: AttributionCandidate, quote: QuoteCandidate, inside: tuple[int, int]) -> bool:
    """Whether the words of ``quote``, inside the content span ``inside`` of ``claim``,
    are the claim's source's, as the text writes them."""
    assert claim.cue is not None
    cue = text[claim.cue[0] : claim.cue[1]].lower()
    if cue not in CUE_KINDS and claim.kind == "indirect":
        return False  # a line's label ("UN: ...") or a stance adjective: no words reported
    if names_words(text, quote):
        return False
    start = claim.cue[1] if claim.cue[1] <= quote.open_mark else inside[0]
    between = text[start : quote.open_mark]
    if claim.cue[1] <= quote.open_mark and not between.strip() and cue in AMBIGUOUS:
        return False  # "The new plans “will not ...”": a noun the quote's clause opens with
    # The content after the cue (or, for a source written after its content, the content
    # from its start) up to the quote holds no report and no label of its own.
    return _REPORTING.search(between) is None and _LABEL.search(between) is None


def quotes_in_claims(
    article: PreparedArticle, attributions: list[ClauseAttribution], claims: list[AttributionCandidate]
) -> list[ClauseAttribution]:
    """``attributions`` with each quote that has no reporting clause of its own, but lies
    inside what an indirect claim reports, given that claim's source and cue: in "He said
    the nation has become “more interested in protecting the criminals”", the quoted words
    are his. Not a quote of one word (a scare quote, as likely), nor when another report
    or a label stands between the cue and the quote, nor for a claim of stance ("thinks",
    "is afraid that"), nor when the claim's source is a pronoun the text leaves unresolved."""
    text = article.text
    out = list(attributions)
    # The indirect claims by sentence: a quote is looked for only in its own sentence's.
    by_sentence: dict[str, list[AttributionCandidate]] = {}
    for c in claims:
        if c.kind != "quote" and c.speaker is not None and c.cue is not None:
            for sid in c.sentence_ids:
                by_sentence.setdefault(sid, []).append(c)
    if not by_sentence:
        return out
    for i, (quote, a) in enumerate(zip(article.quotes, attributions, strict=True)):
        if a.mention is not None or a.speaker is not None or a.continued or len(quote.text.split()) < 2:
            continue
        sentence = article.sentence_at(quote.start)
        marks = (quote.open_mark, quote.close_mark + 1)
        for c in by_sentence.get(sentence.id, []) if sentence is not None else []:
            inside = next((span for span in c.contents if span[0] <= quote.start and quote.end <= span[1]), None)
            if inside is None or _overlaps(c.source, marks):
                continue
            if _says_quote(text, c, quote, inside):
                out[i] = ClauseAttribution(a.quote_id, c.source, c.cue, c.speaker, pronoun=c.pronoun)
            break
    return out
