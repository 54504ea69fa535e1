"""Event candidates: who did what to whom, where and when, found in the text.

An event candidate is one sentence's action clause, found deterministically: a verb of
action in the past or set to happen (``struck``, ``has fired``, ``were arrested``, ``will
host``; in a headline also the present, ``Checks Into``, and ``to host``), its subject as
the actor (``who``), the noun phrase after it as what it acted on (``whom``), a place the
article names in the sentence (``where``) and the sentence's first time expression
(``when``). A passive clause swaps them: ``Two soldiers were killed by a roadside bomb``
makes "a roadside bomb" the actor and "Two soldiers" what it acted on, and so does a
headline's bare participle (``Teen Killed By Police``).

Verbs of saying, thinking and judging are not events: they make claims (see
``candidates``). Nothing inside a quote is read: a quote is the speaker's account, not
the reporter's. A clause with no subject the text writes (``the injured man``, a
participle) makes no candidate: every argument is a span of the article, and an
argument the clause does not settle is left out rather than guessed.

Each candidate is a claim the library makes about the article, so fewer that are right
beat more: only story sentences are read (not a headline, caption, credit, byline or
dateline, nor a caption in the body's flow, "FILE - ...", nor a credit, "... contributed
to this report"), and what did not happen ("was not charged", "denied reports that ...",
"no action was taken"), might have ("could have destroyed", "if ..."), someone forecasts
("Police say more details will be released"), happens as a habit ("was regularly
frequented") or over centuries, or is a state, role, schedule or stance ("the bag contained
...", "is made up of", "has served as", "is set to host", "played down"), a denial ("refuted the
claim"), a question, or a forecast after "expected" is no event; a participle that qualifies the
noun before it ("The man killed in the attack was named") is a passive, the noun its ``whom``. A
relative clause with no relative word ("cited remarks | Trump had made about her"), a verb in an
aside between dashes ("robbers -- two dressed as women -- made off"), "was headed to", and a
subject after "no one from" make no event. An argument is a whole noun phrase ("two men and a
woman", "Mr. Obama", "More than 100,000 people"), never a number alone nor a light verb's object
("took a step", "opened fire | at a party": what it was aimed at is), and it ends before a
particle or another noun phrase ("whisked her | away", "the claims | the mayor made"); ``who`` is
no means ("by helicopter"); ``where`` is a place of the name list, not one that qualifies a group
or affair ("the Wells Fargo scandal"); ``when`` the clause's own time, never a dateline's;
``what`` a clause whole, never cut mid-phrase (it runs through a short quote: "of being “duped”
by ..."). The rules' examples are the case rows of ``tests/text/cases/events.py``.

The events a summary keeps from these are the article's lead (``lead_events``): news
reports its main events first, and a later sentence's action is more often background
than news. So an article keeps events when the model gives none, or fails. The lead keeps
only happenings (``HAPPENINGS`` in the English lexicon: the kinds of the ACE 2005 and
KAIROS ontologies, "arrested", "killed", "met", "jolted"): a lead's "made", "took" or
"increased" tells background, a figure or a plan more often than the news. A model is
offered every candidate.
"""

from __future__ import annotations

import bisect
import re
import sys
from dataclasses import dataclass

from .article import PreparedArticle, Sentence
from .grammar import (
    CALENDAR,
    EN,
    LY,
    NAME_ABBREVIATION,
    OPENERS,
    alternation,
    find_cue,
    first_filtered,
    np_before_apposition,
    np_ending_at,
    np_ok,
    pattern,
    search_back,
    sentence_subject,
    verb_forms,
    words,
)
from .morphology import english_verb
from .names import qualified_by, typed_names
from .segment import glued_caption, glued_headline, opens_dateline
from .timex import time_expression_spans

# How many of the body's first sentences make its lead, and how many events it keeps.
LEAD_SENTENCES = 4
LEAD_EVENTS = 4


def _forms_of(lemma: str, past: str | None = None) -> tuple[str, ...]:
    """Every form of the verb ``lemma``: the English lexicon's own for its verbs, those
    derived from the lemma and its past where one is given or the lexicon has none ("hang"
    -> "hung" and "hanged"), and its British variants ("travelled")."""
    verb = EN.verb(lemma)
    own = verb.forms.all() if verb is not None and verb.lemma == lemma else ()
    derived = english_verb(lemma, past).all() if past or not own else ()
    variants = tuple(v for v, of in EN.variants.items() if of == lemma)
    return tuple(dict.fromkeys(own + derived + variants))


def _lemma_forms(name: str) -> frozenset[str]:
    """Every form of the verbs of the lexicon list ``name`` (``HAPPENINGS``), each entry a
    lemma and, after a slash, its past where the spelling rules cannot guess it."""
    forms: set[str] = set()
    for entry in words(name):
        lemma, _, past = entry.partition("/")
        forms.update(_forms_of(lemma, past or None))
    return frozenset(forms)


# The verbs of the events a lead keeps: happenings ("arrested", "killed", "fled", "met").
HAPPENING_FORMS = _lemma_forms("HAPPENINGS")
# Happenings with no object: "died | less than 400 meters from the shore".
_NO_OBJECT = _lemma_forms("NO_OBJECT_HAPPENINGS")
# Happenings that are none on a writing: "released | a 75-page report".
_NOT_ON_WRITINGS = _lemma_forms("NOT_HAPPENINGS_ON_WRITINGS")
_RECORDS = words("WRITINGS") | words("RECORDS")
# Happenings that are none with their particle: "walked back | his comments".
_NOT_PHRASALS = frozenset(
    f"{form} {particle}"
    for lemma, _, particle in (e.partition("/") for e in words("NOT_HAPPENING_PHRASALS"))
    for form in _forms_of(lemma)
)

# Verbs whose past is not "-ed": the actions news reports.
_IRREGULAR = verb_forms("action", ("past", "participle"))
# "-ed" words that are rarely the action of their clause: adjectives, verbs of wanting
# or seeming, and participles that introduce a name or a description.
_STATE_VERBS = words("STATE_VERBS")
_NOT_ACTIONS = words("NOT_ACTIONS") | _STATE_VERBS
# Cue verbs make claims, not events; an attack or a charge is an event all the same.
# A denial is a claim too: "the governor refuted the reports".
_CUES = (verb_forms("claim") | verb_forms("stance") | verb_forms("blame") | verb_forms("denies")) - {
    "attacked",
    "charged",
    "shot",
}
_BE = words("BE")
_VERB = re.compile(r"(?<![\w’'-])(?P<verb>(?:re-|co-)?[a-z]{2,})(?![\w’'-])")
# A headline writes its verbs capitalised too: "Teen Killed By Police", "Earthquake Jolts Iran".
_HEADLINE_VERB = re.compile(r"(?<![\w’'-])(?P<verb>[A-Za-z][a-z]{2,})(?![\w’'-])")
_PARTICLE = re.compile(rf"\s+{pattern('ACTION_PARTICLES')}\b")
# Where an object stops: a preposition, a conjunction, a relative word, a verb's "to".
_OBJECT_STOP = words("OBJECT_STOPS")
_OBJECT_WORD = re.compile(r"\s*(?P<w>(?:[\w’'$£€¥%.,&]|-(?!-))+)")
# Words an object never opens with: a preposition or a form of "be" ("died of the
# disease", "were of American nationality" are no objects).
_NOT_OBJECT_OPENERS = words("NOT_OBJECT_OPENERS") | words("BE")
# A score or a range alone ("6-1") is no one acted on.
_SCORE = re.compile(r"\d+[-–]\d+")
# Nor is a number alone ("wounded 71"): what it counts is not written.
_NUMBER = re.compile(r"[\d.,]+")
_SCORE_AFTER = re.compile(r"\s+\d+[-–]\d+")
_NOT_OBJECTS = words("NOT_OBJECTS")
_FINITE = words("FINITE_AUXILIARIES")
_NEXT_NOUNISH = re.compile(r"\s+(?!(?:in|on|at|to|for|with|from|by|and|or|as|that|after|before)\b)[a-z]")
_DETERMINER_WORDS = words("DETERMINERS")


@dataclass(frozen=True)
class EventCandidate:
    """One sentence's action clause: its verb and arguments as spans of the article."""

    sentence_id: str
    verb: tuple[int, int]
    who: tuple[int, int] | None
    whom: tuple[int, int] | None
    where: tuple[int, int] | None
    when: tuple[int, int] | None

    clause_end: int  # where the clause ends: a comma, a semicolon, a dash or the sentence's end
    # Where the clause's subject opens when it is no argument ("A fire-bomb attack on a bank
    # killed three people": an event noun never acted), so that the clause stays whole.
    subject_start: int | None = None

    @property
    def what(self) -> tuple[int, int]:
        """The clause as written: from its subject (its actor, or what it acted on, or its
        verb) to its end."""
        spans = [s for s in (self.who, self.verb, self.whom) if s is not None]
        start = min(a for a, _ in spans)
        if self.subject_start is not None:
            start = min(start, self.subject_start)
        return start, max(self.clause_end, *(b for _, b in spans))


_EVENT_NOUNS = words("EVENT_NOUNS")
# Nouns of people and bodies that act, though some end like an abstract noun ("government").
_ACTOR_NOUNS = (
    words("HEAD_NOUNS")
    | words("PLURAL_SOURCES")
    | words("SOURCE_NOUNS")
    | words("MORE_SOURCE_NOUNS")
    | words("ORGANISATION_NOUNS")
)
# Abstract nouns of an action or a state: "the confrontation", "economic mismanagement".
_ABSTRACT = re.compile(r"(?:tion|sion|ment|ness|ance|ence|ism|ings)s?$")
# Where a noun phrase's head ends: before what qualifies it ("Killings | of local figures").
_HEAD_END = re.compile(r"\s(?:of|against|into|in|on|at|from|over|with|for|by|near|between|among|and|or)\s")


def _agentive(s: str, span: tuple[int, int]) -> bool:
    """Whether the noun phrase ``s[span]`` may be who acted: a name, a pronoun or a noun
    phrase whose head is no event or abstract noun ("Russia's foray into Syria",
    "Killings of local tribal figures", "the disastrous state of the economy", "economic
    mismanagement" never acted), nor a quantifier cut from what it counts ("All | this has
    led", "Several | hundred protesters"). The head is the last word before what qualifies it, of
    each phrase "and" joins."""
    following = _NEXT_WORD.match(s, span[1])
    if s[span[0] : span[1]].lower() in _LONE_QUANTIFIERS and following and following.group(1).lower() in _CUT_AFTER:
        return False
    for part in re.split(r"\s+(?:and|or)\s+", s[span[0] : span[1]]):
        cut = _HEAD_END.search(part)
        written = (part[: cut.start()] if cut else part).split()
        if not written:
            continue
        head = _POSSESSIVE.sub("", written[-1])
        low = head.lower()
        if head[:1].isupper() and (len(written) > 1 or span[0] > 0 and s[: span[0]].strip()):
            continue  # a name ("Major General Gladkikh"), not a capitalised first word
        if low in _EVENT_NOUNS or low not in _ACTOR_NOUNS and _ABSTRACT.search(low):
            return False
    return True


def _participle(word: str) -> bool:
    return word in _IRREGULAR or word.endswith("ed") and len(word) >= 4


def _is_action(verb: str) -> bool:
    if verb in _CUES or verb in _NOT_ACTIONS:
        return False
    if verb in _IRREGULAR:
        return True
    return verb.endswith("ed") and len(verb) >= 4


_PREPOSITION_NEXT = re.compile(r"\s+(?:to|on|in|by|at|from|with|into|for|against|until|over)\b")
# Irregular pasts that are their base too ("cut", "hit", "put"): no participle to tell.
_IRREGULAR_BASE = frozenset(v.forms.base for v in EN.verbs if v.forms.base == v.forms.past)


def _object_at(s: str, at: int) -> tuple[int, int] | None:
    """The noun phrase opening ``s[at:]``: words up to a preposition, a conjunction or a
    mark, at most seven; None when what follows is not one ("to", "that", a pronoun)."""
    if particle := _PARTICLE.match(s, at):
        at = particle.end()
    quantity = _QUANTITY.match(s, at)
    start = end = None
    if quantity:
        start, end, at = quantity.start("q"), quantity.end(), quantity.end()
    pos, words = at, 0
    while words < 7:
        m = _OBJECT_WORD.match(s, pos)
        if m is None:
            break
        word = m.group("w")
        bare = word.rstrip(".,")
        low = bare.lower()
        # "her" alone is whom it acted on; "her longtime attorney" opens a noun phrase.
        possessive = low == "her" and word == bare and _NEXT_NOUNISH.match(s, m.end()) is not None
        if (
            words == 0
            and not possessive
            and (
                low in _NOT_OBJECTS
                or low in _OBJECT_STOP
                or low in _NOT_OBJECT_OPENERS
                or low in _SUBJECT_TAIL  # "soared even": an adverb
                or low.endswith("ly")
                and low not in _BEFORE_DETERMINER  # not "nearly all the jewels"
            )
        ):
            return None
        if low in _OBJECT_STOP or not bare or words and low in _FINITE:
            break  # "learned the gunman was known": a finite verb is no part of a noun phrase
        if words and start is not None and end is not None and _another_phrase(s, m.start("w"), low, end):
            end = _before_qualifier(s, start, end)  # "issued a warning early | this morning"
            break
        # "kept rising", "the infrastructure ... resulting in": a participle ends it,
        # unless a determiner makes it a noun ("the building").
        written_before = s[start:end].split()[-1] if start is not None and end is not None else ""
        previous = written_before.lower()
        # "the Boston Marathon bombing suspect": after a name and before a noun, "-ing" is
        # a noun too (not in "Kata'ib Hezbollah resulting in").
        # So after a count ("two fishing boats", "three shopping centres").
        noun = (written_before[:1].isupper() or previous in _NUMBER_WORDS or previous[:1].isdigit()) and (
            _NEXT_NOUNISH.match(s, m.end()) is not None
        )
        # "placed (undrafted rookie) running back Chris Ivory": a role before a name.
        noun = noun or _ROLE_THEN_NAME.match(s, m.end()) is not None
        if low.endswith("ing") and previous not in _DETERMINER_WORDS | _BEFORE_ING_ADJECTIVE and not noun:
            if words == 0:
                return None
            break
        # "ordered Matanov held until trial": a participle after a name is no part of it;
        # nor after a noun when a preposition follows ("searches related to the attacks",
        # "the mass deportation inflicted on their neighbours": a clause of its own).
        if words and bare.islower() and written_before[:1].isupper() and _participle(low):
            break
        if (
            words
            and bare.islower()
            and low not in _IRREGULAR_BASE
            and _participle(low)
            and previous not in _DETERMINER_WORDS
            and _PREPOSITION_NEXT.match(s, m.end())
        ):
            break
        if start is None:
            start = m.start("w")
        end = m.start("w") + len(bare)
        words += not (bare[:1].isupper() and written_before[:1].isupper())  # a name's words count once
        if word != bare and not _TITLE_STOP.match(s, m.start("w")):  # a comma or a full stop ends it
            break
        pos = m.end()
    if start is None or end is None or _SCORE.fullmatch(s[start:end]):
        return None
    whole = _object_whole(s, start, end, at_limit=words == 7)
    return _coordinated(s, whole) if whole is not None else None


# A full stop that ends no noun phrase: a title's before a name ("Mr. Obama", "Dr. James
# Andrews"), an initialism's before a word ("U.S. citizenship").
_TITLE_STOP = re.compile(
    rf"(?:(?:{NAME_ABBREVIATION})|(?:[A-Z]\.)+[A-Z])\.(?=\s+[A-Z])|(?:[A-Z]\.)+[A-Z]\.(?=\s+[a-z])"
)


# Prepositions that end an object too ("drove a 4x4 | through the front window", "issues |
# like the expansion"), and particles or adverbs that end it when no determiner makes them
# a noun ("whisked her | away", "faced a crossroads | back in May"; not "injured his back").
_MORE_OBJECT_STOPS = words("MORE_OBJECT_STOPS")
_OBJECT_TAIL = words("ACTION_PARTICLES") | {
    "aside", "apart", "again", "together", "overnight", "too", "instead", "ahead"
}  # fmt: skip


def _another_phrase(s: str, at: int, low: str, end: int | None) -> bool:
    """Whether the word ``low`` at ``at``, after an object's words ending at ``end``, is no
    part of it: a preposition ("drove a 4x4 | through the window"), a particle or adverb
    ("whisked her | away", "faced a crossroads | back"; not "injured his back"), or a
    determiner that opens another noun phrase after a noun ("repeated the claims | the
    governor made", "sent Mr. Xi | a letter"; not "all the men", "stock of the store")."""
    if low in _MORE_OBJECT_STOPS:
        return True
    if low in _OBJECT_TAIL:  # "injured his back", "running back Chris Ivory": a noun
        previous = _previous_word(s, end)
        return not (low == "back" and (previous in _DETERMINER_WORDS or previous.endswith("ing")))
    return low in _NEW_PHRASE and s[at - 1 : at] == " " and _previous_word(s, end) not in _BEFORE_DETERMINER | _LINKS


def _before_qualifier(s: str, start: int, end: int) -> int:
    """``end``, or before a word ending ``s[start:end]`` that qualifies a time after it
    ("a warning early | this morning")."""
    qualifier = _TIME_QUALIFIER_END.search(s, start, end)
    return end if qualifier is None else qualifier.start()


def _previous_word(s: str, end: int | None) -> str:
    """The word of ``s`` ending at ``end``, in lower case ("" when none)."""
    written = s[:end].split() if end is not None else []
    return written[-1].lower() if written else ""


# Determiners that open a noun phrase of their own after a noun, and the words they may
# follow inside one ("all the", "half a", "almost the entire stock").
_NEW_PHRASE = words("ARTICLES") | {"his", "their", "its", "our", "my", "your"}
_BEFORE_DETERMINER = words("BEFORE_DETERMINERS")
# Prepositions a determiner follows inside a noun phrase ("an area around the town").
_LINKS = words("PREPOSITIONS") | _MORE_OBJECT_STOPS | {"around", "off", "across", "per", "onto", "past"}


# A word in lower case then a capitalised one: after an "-ing" word, a role before a name
# ("running back | Chris Ivory").
_ROLE_THEN_NAME = re.compile(
    rf"\s+(?!(?:{pattern('OBJECT_STOPS')}|{pattern('DETERMINERS')}|of)(?![\w’'-]))[a-z]{{3,}}\s+[A-Z][a-z]"
)


# "and" then a noun phrase's first word: a determiner, a number or a capital.
_AND_PHRASE = re.compile(r"\s+and\s+(?=(?:the|a|an|his|her|their|its|two|three|four|five|several|\d|[A-Z]))")
_NEXT_WORD = re.compile(r"\s+([\w’'-]+)")


def _coordinated(s: str, obj: tuple[int, int]) -> tuple[int, int]:
    """``obj`` with the noun phrase "and" joins to it ("arrested two men and a woman",
    "closed the Ampere-Victor Hugo and Bellecour metro stations"), unless that phrase is
    the subject of another clause ("captured the town and the army said", "and the
    rebels pulled back")."""
    if (joined := _AND_PHRASE.match(s, obj[1])) is None:
        return obj
    second = _object_at(s, joined.end() - 1)
    if second is None or second[0] != joined.end() or s[second[0] : second[1]].lower() in _PRONOUNS_PLURAL:
        return obj
    if any(w.islower() and (w in _FINITE or _is_action(w)) for w in s[second[0] : second[1]].split()[1:]):
        return obj  # "and the army pulled back"
    following = _NEXT_WORD.match(s, second[1])
    after = following.group(1).lower() if following else ""
    if after in _FINITE or after in _SAID or _is_action(after) or _present(after) and after not in _OBJECT_STOP:
        return obj
    return obj[0], second[1]


# "IS’ last remaining territory", "the only surviving witness": an "-ing" word after these
# qualifies a noun.
_BEFORE_ING_ADJECTIVE = words("BEFORE_ING_ADJECTIVES")


def _object_whole(s: str, start: int, end: int, *, at_limit: bool) -> tuple[int, int] | None:
    """The object ``s[start:end]`` as read, made whole: without a score after it, past
    the rest of a name the word limit cut, before "of" when the limit cut a phrase, and
    without a word left hanging at its end."""
    if (score := _SCORE_AFTER.search(s, start, end)) is not None and score.end() == end:
        end = score.start()  # "beat Madrid 6-1": Madrid
    if at_limit:
        end = _name_continued(s, start, end)
    last = s[start:end].split()[-1]
    if (
        at_limit
        and (not last[:1].isupper() or last.endswith(("'", "’", "'s", "’s")))
        and (of := s.find(" of ", start, end)) > start
    ):
        # Cut at the limit inside a noun phrase ("a friend of the [bombing suspect's
        # ...]"): its head, before "of", is whole.
        end = of
    return _trimmed(s, (start, end))  # an object ends in a word, not in a determiner left hanging


_NAME_GOES_ON = re.compile(r"\s+[A-Z][\w’'-]*")


def _name_continued(s: str, start: int, end: int) -> int:
    """``end``, or past the rest of the name ``s[start:end]`` ends in ("... bombing suspect
    Dzokhar | Tsarnaev"): an object is not cut inside a name."""
    while s[start:end].split()[-1][:1].isupper() and (more := _NAME_GOES_ON.match(s, end)) is not None:
        end = more.end()
    return end


_CLAUSE_END = re.compile(
    # Not a comma of thousands ("£180,000") or a date's before its year ("on April 19, 1995").
    r"\s*(?:,(?!\d{3}(?!\d))(?!(?<=\d,)\s\d{4}(?!\d))"
    r"|:(?!\d\d)|[;(“”\"—–―]|\s-\s|--|(?<![ap]\.m)(?<![ap]\.\sm)(?<!\d\s[ap])"
    # Not the full stop of an abbreviation the sentence holds: "on Oct. 19", "Gen. Smith", "U.S. troops".
    r"(?<!\s[A-Z][a-z])(?<!\s[A-Z][a-z]{2})(?<!\sSept)(?<!\.[A-Z])\.\s|\.?$)"
)
_WHAT_MAX = 120


def _clause_end(s: str, at: int) -> int:
    """Where the clause running through ``s[at]`` (its verb and object) ends: at a mark;
    when that is past ``_WHAT_MAX`` characters, before the first word within them that
    opens another clause; never after a word that opens a phrase ("termed an", "near the
    city of"): a ``what`` is a clause whole, not cut mid-phrase."""
    m = _CLAUSE_END.search(s, at)
    while m is not None and (close := _quote_closed(s, m)) is not None:
        m = _CLAUSE_END.search(s, close)  # "of being “duped” by ...": a quote the clause runs through
    end = m.start() if m else len(s)
    if (joined := _another_clause(s, at, end)) is not None:
        end = joined  # "tweaked his knee last Thursday | and coach Sean Payton said ..."
    if end - at <= _WHAT_MAX and _whole(s, at, end):
        return end
    # Else up to the first word that opens another clause ("was examined over the weekend
    # | and coach Sean Payton said"), where what comes before is whole.
    quoted = [q.span() for q in _QUOTED.finditer(s, at, end)]
    for b in [b.start() for b in _CLAUSE_BREAK.finditer(s, at, min(end, at + _WHAT_MAX))]:
        if b > at and _whole(s, at, b) and not any(a < b < z for a, z in quoted):
            return b  # not inside a quote ("calling the test “a clear violation | and ...”")
    if _whole(s, at, end):
        return end  # a long clause whole rather than cut
    # "will take on the sequel to “Twilight”": up to the last word that closes a phrase.
    trimmed = _trimmed(s, (at - 1, end))  # from the verb's (or object's) last letter
    return trimmed[1] if trimmed is not None and at < trimmed[1] <= at + _WHAT_MAX else at


_QUOTED = re.compile(r"“[^”]*”|(?<!\w)\"[^\"]*\"")


def _quote_closed(s: str, mark: re.Match[str]) -> int | None:
    """Where the quote that the clause end ``mark`` opens closes ("accuse the campaign of
    being “duped” by ..."): a short quote inside a clause is part of it, not its end; None
    when ``mark`` opens no quote, or one that is long or does not close in the sentence."""
    at = mark.end() - 1
    if s[at : at + 1] == "“":
        close = s.find("”", at + 1)
    elif s[at : at + 1] == '"' and (at == 0 or s[at - 1].isspace()):
        close = s.find('"', at + 1)
    else:
        return None
    if close < 0 or close > at + _QUOTE_IN_CLAUSE or _FINITE.intersection(s[at + 1 : close].lower().split()):
        return None  # "know that “torches and pitchforks are not ...”": a speech, a clause of its own
    if s[close - 1 : close] in (",", ".", "!", "?") and s[close + 1 :].strip(" .”\"’'"):
        return None  # "seized two boats and “a cache of arms,” | the military said": its mark ends the clause
    return close + 1


# How long a quote a clause runs through may be: a phrase ("“duped”", "a “walk-in”"), not
# a speech.
_QUOTE_IN_CLAUSE = 60


_CLAUSE_BREAK = re.compile(
    r"\s+(?=(?:and|but|or|that|which|who|whom|whose|where|when|while|because|after|before|as|since|until|"
    r"although|though|if|following|saying)\b)"
)


# "and coach Sean Payton said", "but the team has", "when he escaped": a conjunction, then
# a subject of one to four words, then a finite verb, an action or a verb of saying:
# another clause, with its own actor.
_JOINED = re.compile(
    r"[\s,]+(?:and|but|when|while|after|before|because|as|until|since|although|though)\s+(?=[\w“‘\"'])"
)
_JOINED_WORDS = re.compile(r"[^\s,;:]+")


def _another_clause(s: str, at: int, end: int) -> int | None:
    """Where another clause joined by "and" or "but" opens within ``s[at:end]``: its
    subject and verb are written ("and coach Sean Payton said"); a verb shared with the
    clause's subject ("and wounded 71") or a noun phrase ("and his brother") opens none."""
    for m in _JOINED.finditer(s, at, end):
        following = [w.group() for w in _JOINED_WORDS.finditer(s, m.end(), min(end, m.end() + 60))][:6]
        first = following[0].lower() if following else ""
        if not first or first in _OBJECT_STOP or first.endswith("ing") or first in _FINITE or _is_action(first):
            continue  # "after being struck", "and wounded 71": no subject of its own
        for word in following[1:]:
            low = word.lower()
            if low in _OBJECT_STOP or not word.isalpha():
                break
            if word.islower() and (low in _SAID or low in _FINITE or _is_action(low)):
                return m.start()
    return None


def _whole(s: str, at: int, end: int) -> bool:
    """Whether ``s[at:end]`` ends on a word that closes a phrase: not "termed an", "near
    the city of"."""
    last = (s[at:end].split()[-1:] or [""])[0].lower()
    return last == "her" or last not in _OBJECT_STOP | _DETERMINER_WORDS | _NOT_OBJECT_OPENERS  # "hit her"


_PLACE_PHRASE = re.compile(r"\s(?:in|from|of|at|near|outside)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}$")


_WORD_START = re.compile(r"(?<![\w’'.&-])[\w]")
# After these a clause may begin: "said it has captured", "says the actress checked".
_CLAUSE_OPENERS = words("CLAUSE_OPENERS")
_AND_BEFORE = re.compile(r"\s+and\s+$")


# A noun phrase after one of these is a preposition's object, not a clause's subject:
# "the number of people involved in the attempt against President Maduro has risen".
_AFTER_PREPOSITION = re.compile(
    r"(?<![\w’'-])(?:against|of|for|with|from|by|into|onto|about|among|toward|towards|over|under|in|on|at|near|"
    r"outside|inside|(?!morning|evening)[a-z]{2,}ing)\s+$",
    re.IGNORECASE,
)


def _subject(s: str, end: int) -> tuple[int, int] | None:
    """The clause's subject ending at ``end``: past an apposition ("Bettie Page, the
    pin-up model ..., has died"), after a verb of saying ("said it has captured"), with a
    place it is "in" or "from" ("Police in Cairo", "The man from Hampton East")."""
    subject = np_ending_at(s, end)
    # A noun phrase after a preposition or a participle is no subject ("the plot against
    # President Maduro has risen", "suspected of stabbing two people in Croydon was"):
    # the subject is then the phrase that holds it, from the sentence's start.
    # So is one after a possessive that a preposition leads to ("the head of | the
    # government’s | National Elections Council popped up").
    held = False
    if subject is not None:
        owner = search_back(_POSSESSOR, s, subject[0])
        lead = subject[0] if owner is None else owner.start()
        held = _AFTER_PREPOSITION.search(s, max(0, lead - 20), lead) is not None
    if subject is not None and not held:
        return subject
    if s[:end].endswith(","):
        return np_before_apposition(s, end - 1)
    for m in _WORD_START.finditer(s, max(0, end - 80), end):
        before = s[: m.start()].split()
        if before and before[-1].lower() in CALENDAR | {"today", "yesterday", "tonight"}:
            before = before[:-1]  # "said Saturday it had captured"
        if before and before[-1].lower() in _CLAUSE_OPENERS and np_ok(s[m.start() : end]):
            return m.start(), end
        if (
            before
            and (before[-1].lower() in _CLAUSE_OPENERS or before[-1].endswith(","))
            and _acting(s, m.start(), end)
        ):
            return m.start(), end  # "Police said | gunmen killed", "According to police, | gunmen killed"
    phrase = search_back(_PLACE_PHRASE, s, end)
    if phrase is not None and (head := np_ending_at(s, phrase.start())) is not None:
        if not held or head[0] == _LEADING.match(s).end():  # type: ignore[union-attr]
            return head[0], end
    return _leading_subject(s, end)


_ACTING_GROUPS = words("ACTING_GROUPS")
_NOT_BEFORE_GROUP = words("NOT_IN_SUBJECTS") | _DETERMINER_WORDS | words("PREPOSITIONS") | {"and", "or", "but"}


def _acting(s: str, start: int, end: int) -> bool:
    """Whether ``s[start:end]`` is a bare plural of people or forces that act
    (``ACTING_GROUPS``), with at most two words before it that qualify it ("gunmen",
    "armed militants", "Syrian government troops")."""
    *ahead, head = s[start:end].split() or [""]
    return (
        head in _ACTING_GROUPS
        and len(ahead) <= 2
        and not any(w.lower() in _NOT_BEFORE_GROUP or not w.replace("-", "").isalpha() for w in ahead)
    )


def _noun_before(word: str) -> bool:
    """Whether ``word`` may end a noun phrase before a verb: written in lower case, no
    determiner, number or quantity ("The bag | contained", not "two | suspected")."""
    low = word.lower()
    return word.islower() and word.isalpha() and low not in _DETERMINER_WORDS | _NUMBER_WORDS | _QUANTIFIERS


_NUMBER_WORDS = words("NUMBER_WORDS")
# A quantifier alone is no actor: what it counts is written elsewhere.
_LONE_QUANTIFIERS = words("QUANTIFIERS") | {"both", "each", "either", "any", "half", "much"}
# Words after a quantifier that go on its noun phrase: a determiner or a number.
_CUT_AFTER = _DETERMINER_WORDS | _NUMBER_WORDS | {"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens"}
_QUANTIFIERS = words("QUANTIFIERS") | frozenset({"both", "dozens", "hundreds"})
_POSSESSOR = re.compile(r"(?<![\w’'-])(?:(?:the|a|an|its|their|his|her)\s+)?[\w.-]+[’']s?\s+$", re.IGNORECASE)
_LEADING = re.compile(r"[\s“‘\"'(]*")
_NOT_IN_SUBJECT = words("NOT_IN_SUBJECTS")
_ARTICLE_WORDS = words("LEDE_ARTICLES")


def _leading_subject(s: str, end: int) -> tuple[int, int] | None:
    """Everything from the sentence's start to ``end`` when it is one noun phrase with
    what qualifies it ("An earthquake with a magnitude of 5.6 on the Richter scale"): at
    most twelve words, no mark between them, no verb or clause word."""
    start = _LEADING.match(s).end()  # type: ignore[union-attr]
    words = s[start:end].split()
    if not words or len(words) > 12 or not words[0][:1].isupper() or any(c in s[start:end] for c in ',;:()“”"—–'):
        return None
    if words[0].lower() in OPENERS - {"a", "an", "the"}:
        return None
    # An acronym is a name, though a word in capitals ("IS militants attacked"); a cue's
    # form that is an event noun ending a phrase an article opens is its head ("The blast |
    # killed", "A suicide attack | wounded").
    head = words[-1].lower() if len(words) > 1 and words[0].lower() in _ARTICLE_WORDS else None
    if any(
        (w.lower() in _NOT_IN_SUBJECT or w.lower() in _CUES and not (i == len(words) - 1 and head in _EVENT_NOUNS))
        and not (w.isupper() and len(w) > 1)
        for i, w in enumerate(words)
    ):
        return None
    if any(w in _STATE_VERBS and _noun_before(words[i - 1]) for i, w in enumerate(words) if i):
        return None  # "The bag contained altered fireworks the friends | threw away": a verb of its own
    if words[-1].lower() in _OBJECT_STOP | _DETERMINER_WORDS:
        return None  # "Brooklyn vigil for": no noun phrase ends so
    return start, end


# What a noun phrase never ends with: "the ringleader of", "a bakery on the".
_DANGLING = _OBJECT_STOP | _DETERMINER_WORDS | {"of"}


def _trimmed(s: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """``span`` without blanks, marks or a dangling linking word or determiner at its end;
    None when nothing (or a lone determiner) is left."""
    start, end = span
    while True:
        end = len(s[:end].rstrip(" ,;:"))
        cut = s.rfind(" ", start, end)
        if cut > start and s[cut + 1 : end].lower() in _DANGLING:
            end = cut
            continue
        break
    if end <= start or s[start:end].lower() in _DETERMINER_WORDS - {"her"}:  # "whisked her | away"
        return None
    return start, end


def _in_quote(quotes: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` is inside one of ``quotes`` (sorted, not overlapping): found by
    bisection, since a sentence of thousands of quotes asks at each of its words."""
    i = bisect.bisect_right(quotes, (at, sys.maxsize)) - 1
    return i >= 0 and quotes[i][0] <= at < quotes[i][1]


def _qualified(follower: str) -> bool:
    """Whether a place the word ``follower`` comes after qualifies it, a noun ("the Wells
    Fargo | scandal"); not a participle or an adverb ("in Kabul | killing three", "in
    Leeds | recently")."""
    return qualified_by(follower) and not follower.endswith(("ing", "ly"))


_NOT_PLACE_HEADS = words("NOT_PLACE_HEADS") | _EVENT_NOUNS


def _no_place_after(follower: str) -> bool:
    """Whether a name the noun ``follower`` comes after is no place: it qualifies a group,
    an affair or an occasion ("the Wells Fargo | scandal", "the Pink Panther | gang"), not
    a facility ("a Los Angeles | hospital", "Qeshm | island")."""
    return _qualified(follower) and follower.lower() in _NOT_PLACE_HEADS


# The word after a place, when no mark comes between.
_PLACE_FOLLOWER = re.compile(r"[ \t]+([\w’'-]+)")
# A lower-case particle joined to a capitalised word goes on a name: "ez-Zor", "al-Sham".
_PARTICLE_NAME = re.compile(r"\s+[a-z]{1,3}-[A-Z]")


# A place is where the clause happened when a preposition of place leads to it, with at
# most four words between ("in central Paris", "near the city of Deir ez-Zor"), no mark.
_AT_PLACE = first_filtered(
    re.compile(
        r"(?<![\w’'-])(?:in|into|at|near|outside|inside|across|throughout|around|off|on)\s+(?:[\w’'-]+\s+){0,4}$",
        re.IGNORECASE,
    )
)


_INTO = first_filtered(re.compile(r"(?<![\w’'-])into\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE))


def _place_acted_on(
    s: str, place: tuple[int, int], base: int, verb: tuple[int, int], whom: tuple[int, int] | None
) -> bool:
    """Whether ``place`` is what the verb acted on, right after it ("hit southern Iran",
    "struck Qeshm island"): the object, with at most two lower-case words before the name
    and one after it."""
    if whom is None or not whom[0] <= place[0] < whom[1] or s[verb[1] - base : whom[0] - base].strip():
        return False
    ahead, after = s[whom[0] - base : place[0] - base].split(), s[place[1] - base : whom[1] - base].split()
    return len(ahead) <= 2 and all(w.islower() for w in ahead) and len(after) <= 1 and all(w.islower() for w in after)


def _first_place(
    sentence: Sentence,
    places: tuple[str, ...],
    verb: tuple[int, int],
    before: int,
    whom: tuple[int, int] | None = None,
) -> tuple[int, int] | None:
    """The first of the article's places (by the name list: never a capitalised word
    that happens to follow "in") a preposition of place leads to in the verb's clause:
    after the verb up to the clause's end ``before``, not past a relative word ("the
    Euphrates, which is controlled by ..."); or ahead of the verb, in no clause of its own
    ("After spraining his knee at Chicago, Bush was placed ..."). Not a place a name
    or noun qualifies ("Russia's foray into Syria", "a Caracas bus driver")."""
    s, base = sentence.text, sentence.start
    found = []
    for name in places:
        if name.isupper() and name.lower() in _BE:
            continue  # "IS", the group: a form of "be" in capitals is never a place
        if name not in s:
            continue  # no pattern built for a place the sentence does not name
        # Not a name a number follows ("in Weeks 14-16", "in the Saints 17-14 victory"): a
        # team, a week or an event, not where it happened.
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])(?!\s+[A-Z])(?!\s+\d)", s):
            if _PARTICLE_NAME.match(s, m.end()):
                continue  # "Deir ez-Zor", "Badia al-Sham": the first word of a longer name
            if (follower := _PLACE_FOLLOWER.match(s, m.end())) is not None and _no_place_after(follower.group(1)):
                continue  # "in the Wells Fargo scandal", "at the Pink Panther gang": a name that qualifies a noun
            if _AT_PLACE.search(s, max(0, m.start() - 60), m.start()) is None and not _place_acted_on(
                s, (base + m.start(), base + m.end()), base, verb, whom
            ):
                continue
            if base + m.start() >= verb[1]:
                if base + m.end() > before:
                    continue
            elif (
                _OPENS_CLAUSE.search(s, 0, m.start()) is not None
                or _OPENS_CLAUSE.search(s, m.end(), verb[0] - base) is not None
                or _INTO.search(s, max(0, m.start() - 60), m.start())
            ):
                continue  # "After spraining his knee at Chicago", "Russia's push into Syria"
            found.append((base + m.start(), base + m.end()))
    if not found:
        return None
    later = [f for f in found if f[0] >= verb[1]]
    return min(later or found, key=lambda f: (f[0], -f[1]))  # "the Sorrel Valley", not "Sorrel"


def _present(verb: str) -> bool:
    """A third-person present form, as headlines write actions ("checks into", "dies")."""
    return len(verb) >= 4 and verb.endswith("s") and not verb.endswith(("ss", "us", "is", "ous"))


def _after_opener(s: str, end: int) -> tuple[int, int] | None:
    """The noun phrase ending at ``end`` that a verb of saying opens ("said 20-year-old
    Tazhayakov"), of at most four words."""
    for m in _WORD_START.finditer(s, max(0, end - 50), end):
        before = s[: m.start()].split()
        if before and before[-1].lower() in _CLAUSE_OPENERS and len(s[m.start() : end].split()) <= 4:
            return (m.start(), end) if np_ok(s[m.start() : end]) else None
    return None


_OPENING_TIME = re.compile(r"[\s“‘\"'(]*(?:(?:early|late)\s+)?", re.IGNORECASE)


def _after_opening_time(s: str, end: int) -> tuple[int, int] | None:
    """The noun phrase between a time that opens the sentence and ``end`` ("On Saturday
    evening | police", "Early this morning | firefighters"): at most five words, no mark,
    no verb of saying or clause word among them, no determiner or preposition last."""
    opening = _OPENING_TIME.match(s).end()  # type: ignore[union-attr]
    time = next(iter(time_expression_spans(s, 0, end)), None)
    if time is None or time[0] != opening:
        return None
    start = time[1] + len(s[time[1] : end]) - len(s[time[1] : end].lstrip(" ,"))
    words = s[start:end].split()
    if not 0 < len(words) <= 5 or any(c in s[start:end] for c in ',;:()“”"—–'):
        return None
    if any(w.lower() in _NOT_IN_SUBJECT or w.lower() in _CUES for w in words) or words[-1].lower() in _DANGLING:
        return None
    return start, end


def _clause_subject(s: str, end: int) -> tuple[int, int] | None:
    """The subject of a verb whose subject ends at ``end`` (before its auxiliaries), with
    a noun phrase joined to it by "and" ("20-year-old Tazhayakov and another college
    friend removed")."""
    subject = _subject(s, end)
    if subject is not None and (joined := _AND_BEFORE.search(s, max(0, subject[0] - 8), subject[0])):
        first = np_ending_at(s, joined.start())
        if first is None or not all(w[:1].isupper() for w in s[first[0] : first[1]].split()):
            # A name, or a phrase after "said", or one ending in a name after an opening
            # phrase's comma ("three days after the bombing, 20-year-old Tazhayakov and").
            named = first is not None and s[first[1] - 1 : first[1]].isalpha() and _NAME_LAST.search(s, 0, first[1])
            after_comma = first is not None and s[: first[0]].rstrip().endswith(",")
            first = first if named and after_comma else _after_opener(s, joined.start())
        if first is not None:
            subject = first[0], subject[1]
    if subject is None and (time := search_back(_TIME_BEFORE_VERB, s, end)) is not None:
        subject = _subject(s, len(s[: time.start()].rstrip()))  # "Staunton Police this morning arrested"
    if subject is None:
        subject = _after_opening_time(s, end)  # "On Saturday evening police arrested"
    if subject is None and s[:end].endswith(" and"):
        subject = sentence_subject(s)  # "has decided to ... and has entered rehab"
        if subject is not None and _RELATIVE_AFTER_VERB.search(s, subject[1], end):
            subject = None  # "..., Spain which killed 13 people and wounded 71": not its subject
    return subject


# Words that open a time or a manner phrase: "who in 1998", "who later", "who last week".
_ADVERBIAL_OPENERS = words("ADVERBIAL_OPENERS")
_NAME_LAST = re.compile(r"(?<![\w’'-])[A-Z][a-z][\w’'-]*$")
_RELATIVE_BEFORE = re.compile(r"(?:,\s*)?\s(?:who|which)\s+$")
_RELATIVE_IN_SUBJECT = re.compile(r"\s(?:who|which)\s+(?=\S)[^,;:()“”\"—–]+$")


def _relative_subject(s: str, end: int) -> tuple[int, int] | None:
    """The subject ending at ``end`` when it holds a relative clause ("The man who stabbed
    two guards | was jailed"): the noun phrase before "who" or "which", with its clause;
    None when no noun phrase comes before it."""
    relative = search_back(_RELATIVE_IN_SUBJECT, s, end, 120)
    if relative is None:
        return None
    head = np_ending_at(s, relative.start())
    if head is None:
        return None
    # "the legendary fighter who in the 19th century | spearheaded": only a time or an
    # adverb between "who" and the verb, so "who" is the verb's own subject: the actor is
    # the noun phrase it stands for (not "the queen who many credit").
    inside = s[relative.start() : end].split()[1:]
    adverbial = bool(inside) and (inside[0].lower() in _ADVERBIAL_OPENERS or inside[0].lower().endswith("ly"))
    if adverbial and not any(w.islower() and (w in _FINITE or _is_action(w) or w in _CUES) for w in inside):
        return head
    return head[0], end


def _clause(
    s: str, m: re.Match[str], present: bool, headline: bool, lower: frozenset[str]
) -> tuple[tuple[int, int], tuple[int, int] | None, tuple[int, int] | None, int] | None:
    """The clause of the verb ``m`` matched: its verb span, actor, what it acted on and
    where its object ends; None when it is no action clause with a subject. ``lower``
    holds the words the article writes in lower case: a capitalised word of a headline is
    a verb only if the article writes its past in lower case ("Checks Into" and
    "checked"; not "Williams", nor "Minutes" for all its "minutes")."""
    written = m.group("verb")
    verb = written.lower()
    if written[0].isupper() and (not headline or m.start() == 0 or not _pasts(verb) & lower):
        return None
    # "will host", and in a headline "to host": what is set to happen.
    will = search_back(_WILL, s, m.start()) or (search_back(_TO, s, m.start()) if headline else None)
    future = will is not None and verb.isalpha() and verb not in _NOT_FUTURE
    if present:
        if not _present(verb) or verb in _CUES or verb[:-1] in _NOT_ACTIONS:
            return None
    elif not _is_action(verb) and not future:
        return None
    cue = find_cue(s, m)
    between = [w.lower() for w in cue.between]
    if _not_finite(verb, between, headline=headline, past=not present and not future) or _GETTING.search(
        s, max(0, m.start() - 12), m.start()
    ):
        return None  # "Prior to getting | injured": a gerund's participle
    if _not_happened(s, m.start(), between, future):
        return None
    if present and (between or _AUX_AFTER.match(s, cue.end)):
        return None  # "standings have claimed", "riots Greece has seen": a noun, not a verb
    if _state_phrase(s, verb, between, cue.end):
        return None  # "is made up of", "has served as", "is set to host", "was caught on video"
    end = len(s[: cue.at].rstrip())
    if will is not None and will.start() >= end - 4:
        end = len(s[: will.start()].rstrip())  # "Ellen DeGeneres to host"
    while (adverb := search_back(_ADVERB_BEFORE, s, end)) is not None:
        end = adverb.start()  # "has almost totally destroyed"
        between += adverb.group(1).lower().split()
    subject = _verb_subject(s, end)
    if subject is None or not _subject_of_clause(s, subject, present) or _OWNER_LAST.search(s, subject[0], end):
        return None  # "Stumpf’s | repeated emphasis": after a possessive, an adjective
    # A headline's bare participle is a passive: "Teen Killed By Police".
    passive = any(w in _BE for w in between) or headline and not present and not future and not between
    if passive:
        return (cue.start, cue.end), _agent(s, cue.end), subject, cue.end
    obj = _object_at(s, cue.end)
    # What stands between the subject and the verb, less adverbs: "a man fatally shot by
    # police" is a participle as "a man shot by police" is.
    helpers = [w for w in between if not LY.fullmatch(w)]
    if obj is None and (
        # "cited derogatory comments | Trump had made about her": a relative clause
        _contact_relative(s, subject)
        # "A woman hit and killed by a motorist": a participle, not the clause's verb
        or not helpers
        and not future
        and _agent(s, cue.end) is not None
    ):
        return None
    bare = obj is None and not helpers and not future and not headline
    if bare and _reduced_relative(s, verb, subject, cue.end, lower):
        # "The man killed in the attack was identified": a participle that qualifies the
        # noun, a passive: the man was killed, he killed no one.
        return (cue.start, cue.end), _agent(s, cue.end), subject, cue.end
    obj = _acted_on(verb, obj)
    return (cue.start, cue.end), subject, obj, obj[1] if obj else cue.end


def _acted_on(verb: str, obj: Span | None) -> Span | None:
    """``obj``, unless the verb takes none: "died | less than 400 meters from the shore"."""
    return None if verb in _NO_OBJECT else obj


# Cue verbs, after which a clause opens ("thought the army had fled", "tests show the boy
# died"); not their third person, which may be a noun ("remarks", "claims").
_CUE_PASTS = verb_forms("claim", ("base", "past", "participle")) | verb_forms("stance", ("base", "past", "participle"))
# Words after which a subject may open with no mark: no noun a relative clause qualifies.
_NOT_NOUN_BEFORE = (
    _CLAUSE_OPENERS
    | _OBJECT_STOP
    | _DETERMINER_WORDS
    | _FINITE
    | _BE
    | words("SUBJECT_TAIL_ADVERBS")
    | CALENDAR
    | words("NOT_OBJECTS")
    | words("PREPOSITIONS")
    | _MORE_OBJECT_STOPS
    | {"and", "or", "but", "yet", "so", "nor", "today", "yesterday", "tonight", "per", "around", "off", "across"}
    | {"how", "why", "what", "whether", "where", "when", "while", "who", "whose", "if", "because", "unless", "than"}
    | {"least", "most"}  # "said at least | seven workers died"
)


def _contact_relative(s: str, subject: Span) -> bool:
    """Whether the subject opens a relative clause with no relative word, after the noun it
    qualifies ("Clinton cited derogatory comments | Trump had made about her", "the same
    fire | Mr. Obama has"), its verb then having no object: the word before the subject is
    a noun in lower case, and a verb comes before it in the sentence (so not "After the
    attack | police withdrew"); or the relative word is written, "whom" or "which", and is
    the verb's object ("an aide whom | Mr. Obama recruited to lead ...")."""
    ahead = s[: subject[0]]
    if not ahead[-1:].isspace() or not (words := ahead.split()):
        return False
    noun = words[-1]
    if noun.lower() in ("whom", "which"):
        return True  # "an aide whom | Mr. Obama recruited to lead ...": the relative word is its object
    if not noun.isalpha() or not noun.islower() or noun in _NOT_NOUN_BEFORE or noun.endswith("ly"):
        return False
    if _is_action(noun) or noun in _CUE_PASTS or _participle(noun) or noun.endswith("ing"):
        return False
    return any(w in _CUES or w in _FINITE or _is_action(w) for w in (w.lower() for w in words[:-1]))


_GETTING = re.compile(r"(?<![\w’'-])getting\s+$", re.IGNORECASE)
# A possessive that ends a subject: the "verb" after it qualifies a noun.
_OWNER_LAST = re.compile(r"(?:[’']s|s[’'])$")


# A verb with the words after it that tell a state, a role or a stance, not an action:
# "is made up of three groups", "has served as an intermediary", "is set to host the final",
# "was caught on surveillance video" (what a recording shows). The verb, and the words
# after it (a regular expression) that make the phrase.
_STATE_PHRASES = {
    "made": re.compile(r"\s+up\s+of\b"),
    "served": re.compile(r"\s+as\b"),
    # A stance, not an action: "played down the chances", "shrugged off the criticism".
    "played": re.compile(r"\s+down\b"),
    "shrugged": re.compile(r"\s+off\b"),
    "brushed": re.compile(r"\s+(?:aside|off)\b"),
    "caught": re.compile(r"\s+on\s+(?:\w+\s+){0,2}(?:video|camera|cameras|tape|film|cctv|footage)\b", re.IGNORECASE),
}
# A participle of a schedule after "be", then "to" and a verb: "is set to host", "are poised
# to win" (what is planned, not done).
_SCHEDULED = words("SCHEDULE_PARTICIPLES")
_HEADING = words("BE_HEADING_PARTICIPLES")
_TO_VERB = re.compile(r"\s+to\s+(?!(?:the|a|an|his|her|their|its)\b)[a-z]")


def _state_phrase(s: str, verb: str, between: list[str], at: int) -> bool:
    """Whether the verb ending at ``at``, with the words after it, tells a state or a
    schedule (``_STATE_PHRASES``, ``_SCHEDULED``), no action."""
    if (after := _STATE_PHRASES.get(verb)) is not None and after.match(s, at):
        return True
    if verb in _HEADING and _BE.intersection(between):
        return True  # "was headed to an emergency room": where she was going, not an action done to her
    return verb in _SCHEDULED and bool(_BE.intersection(between)) and _TO_VERB.match(s, at) is not None


_PARTICIPLES = verb_forms("action", ("participle",))
_IRREGULAR_PAST = verb_forms("action", ("past",)) - _PARTICIPLES
# A pronoun is never qualified by a participle ("he killed in ..." is his action).
_PERSONAL = words("PERSONAL_PRONOUNS") | words("PLURAL_PRONOUNS")
# A finite verb after the participle in its clause, right after it or after a phrase that a
# preposition, "to" or an adverb opens, with no mark, conjunction or relative word between:
# "The man killed | in the attack | was identified", "the members killed | were".
_FINITE_LATER = re.compile(
    r"(?:\s+(?:in|on|at|to|by|from|with|near|during|after|before|for|into|outside|inside|across|[a-z]+ly)\b"
    r"(?:\s+(?!(?:and|or|but|who|whom|which|that|when|where|while|as|because|since|until|if|unless|whether|there|he|she|it|they|we|i|you)\b)[\w’'-]+){0,10}?)?"
    r"\s+(?:was|were|is|are|has|have|had|will|would)\b"
)


def _reduced_relative(s: str, verb: str, subject: tuple[int, int], at: int, lower: frozenset[str]) -> bool:
    """Whether the verb ending at ``at``, with no auxiliary and no object, qualifies the
    noun before it (a reduced relative clause: "the man killed in the attack was named",
    "Troops stationed in the north were attacked"): the subject ends in a noun in lower
    case, not a pronoun, the verb is a participle ("killed", "taken"; not "broke"), and a
    finite verb follows in the clause."""
    if verb not in _PARTICIPLES and not (verb.endswith("ed") and verb not in _IRREGULAR_PAST):
        return False
    written = s[subject[0] : subject[1]].split()
    last = written[-1]
    # "Troops stationed in the north were attacked": a noun opening the sentence is
    # capitalised; a noun of people or one the article writes in lower case, not a name
    # ("Palin apologized to the pastor if the fire was ...").
    opening = (
        len(written) == 1
        and subject[0] == _LEADING.match(s).end()  # type: ignore[union-attr]
        and (last.lower() in _ACTOR_NOUNS or last.lower() in lower)
    )
    if not last.isalpha() or not (last.islower() or opening and last[1:].islower()) or last.lower() in _PERSONAL:
        return False
    return _FINITE_LATER.match(s, at) is not None


def _subject_of_clause(s: str, subject: tuple[int, int], present: bool) -> bool:
    """Whether ``subject`` may be the subject of the verb after it: not a plural pronoun
    before a headline's present ("they come"), nor a phrase ending in "of", a determiner
    or a conjunction ("A number of | loved ones stood": the word qualifies a noun)."""
    written = s[subject[0] : subject[1]]
    if present and written.lower() in _PRONOUNS_PLURAL:
        return False
    return written.split()[-1].lower() not in _DANGLING


# A subject that opens with these tells of what did not happen.
_NO_ONE = words("NO_ONE")


def _not_finite(verb: str, between: list[str], *, headline: bool, past: bool) -> bool:
    """Whether the verb is no finite verb of its own clause: "the groups being targeted",
    "to keep"; or a participle written like its base with no "has" before it, a present
    ("they come as a reminder")."""
    if between and (between[-1] == "being" or between[-1] == "to" and not headline):
        return True
    return past and verb in _BASE_PARTICIPLES and not _AUXILIARY.intersection(between)


def _verb_subject(s: str, end: int) -> tuple[int, int] | None:
    """The subject of the verb whose subject ends at ``end``, with the relative clause it
    may hold; None when there is none, or when it is no subject of an event: a clause
    standing for a thing ("scarred by what they had witnessed") or a phrase ending in a
    verb ("The bag contained | altered fireworks": "altered" qualifies an object)."""
    subject = _clause_subject(s, end)
    if subject is not None and (relative := search_back(_RELATIVE_BEFORE, s, subject[0])) is not None:
        # "the man who killed four people ... was sentenced": the subject is the man the
        # relative clause tells of, with it, not the relative clause from its verb.
        head = np_ending_at(s, relative.start())
        subject = (head[0], subject[1]) if head is not None else None
    elif subject is None:
        subject = _relative_subject(s, end) or _subject_before_aside(s, end)
    if subject is None or _FREE_RELATIVE.search(s, max(0, subject[0] - 12), subject[0]):
        return None
    # "Up the coast... the Sixers canned", "Days after Catherine Hardwicke was ousted": an
    # ellipsis, or a lapse of time before "after", opens no subject: it starts after it.
    if (
        (lead := _SUBJECT_LEAD.match(s, subject[0], subject[1])) is not None
        and lead.end() < subject[1]
        and "," not in s[lead.end() : subject[1]]
        # "Hours after Thursday's announcement": a time after "after" is no subject's start
        and not any(t[0] == lead.end() for t in time_expression_spans(s, lead.end(), subject[1]))
    ):
        subject = lead.end(), subject[1]
    first, *rest = s[subject[0] : subject[1]].split(maxsplit=1)
    if first.lower() == "that" and rest:
        subject = subject[1] - len(rest[0]), subject[1]  # "stressed, however, that | no action was"
        first = rest[0].split()[0]
    if first.lower() in _NO_ONE or _NO_ONE_OF.search(s, max(0, subject[0] - 60), subject[0]):
        # "no action was contemplated", "None of the guards was hurt", "no one from the state
        # Department of Revenue | released ...": nothing happened
        return None
    if any(w in _MAYBE for w in s[subject[0] : subject[1]].split()[1:]):
        return None  # "The line may as well | have been lifted": a modal is no part of a subject
    *ahead, last = s[subject[0] : subject[1]].split()
    if ahead and last.islower() and (_participle(last) or last in _NOT_ACTIONS):
        return subject if ahead[-1].lower() in _DETERMINER_WORDS else None  # "The accused"
    return _before_aside(s, subject)


# "no one from", "none of", "neither of" and at most four words before a subject: the
# subject is what holds it, and nothing happened.
_NO_ONE_OF = re.compile(
    r"(?<![\w’'-])(?:no\s+one|nobody|none|neither|not\s+one)\s+(?:of|from|at|in)\s+(?:[\w’'.-]+\s+){0,4}$",
    re.IGNORECASE,
)


_SUBJECT_LEAD = re.compile(
    r"[^.…]*?(?:\.\.\.|…)\s*"
    rf"|(?:(?:[\w-]+\s+){{0,2}}{pattern('DURATION_UNITS')}|shortly|soon|moments|just)\s+(?:after|before)\s+",
    re.IGNORECASE,
)


# Participles written like their base ("come", "run", "become"): with no auxiliary, a present.
_BASE_PARTICIPLES = verb_forms("action", ("participle",)) & verb_forms("action", ("base",)) - verb_forms(
    "action", ("past",)
)
_AUXILIARY = frozenset({"has", "have", "had", "having"}) | _BE

# "by what they had witnessed": a clause that stands for a thing, not an event.
_FREE_RELATIVE = re.compile(r"(?<![\w’'-])(?:what|whatever)\s+$", re.IGNORECASE)

_BY = re.compile(r"\s[Bb]y\s")
_BY_MEANS = words("BY_MEANS")
_HABITUAL = words("HABITUAL_ADVERBS")
_MAYBE = words("MAYBE_MODALS")
# "if" or "unless" opening the verb's clause, with no mark between them.
_CONDITION = first_filtered(re.compile(r"(?<![\w’'-])(?:if|unless|whether)\s[^,;:.!?—–()]*$", re.IGNORECASE))
_IF_OPENING = re.compile(r"\W*(?:if|unless|should)\s", re.IGNORECASE)
_SEEMING = words("SEEMING")
_NEGATION = words("NEGATIONS")
_NEGATED = first_filtered(re.compile(r"(?:\bnot|\bnever|n[’']t)\s+(?:(?:been|yet|be|have|ever)\s+)*$"))


def _agent(s: str, at: int) -> tuple[int, int] | None:
    """Who acted in a passive clause whose verb ends at ``at``: the noun phrase after
    "by" in the clause ("was killed in Syria by an improvised explosive device"), not
    past a mark or a relative word, and not a time ("by Monday")."""
    mark = _CLAUSE_END.search(s, at)
    bound = mark.start() if mark else len(s)
    by = _BY.search(s, at, bound)
    if by is None or _RELATIVE_AFTER_VERB.search(s, at, by.start()) or _OPENS_CLAUSE.search(s, at, by.start()):
        return None  # "died after being struck by a van": the "by" of another clause
    if (joined := _JOINED_VERB.match(s, at, by.start())) is not None and _participle(joined.group("verb")):
        return None  # "returned to his bike | and left by the same path": the "by" of the other verb
    agent = _object_at(s, by.end() - 1)
    if agent is None or s[agent[0] : agent[1]] in _BY_MEANS:
        return None  # "dropped off by helicopter": how, not who
    times = time_expression_spans(s, agent[0], agent[1])
    if not times:
        return agent
    # "by Monday" is a time; "by intelligence forces Monday night", the forces.
    return None if times[0][0] <= agent[0] else _trimmed(s, (agent[0], times[0][0] - 1))


# A verb joined after words of the clause's own ("returned to his bike | and left"; not "hit
# and killed by a motorist", where the two verbs share the "by").
_JOINED_VERB = re.compile(r"\s+[^\s,;]+(?:\s+[^\s,;]+)*?\s+(?:and|or)\s+(?:then\s+)?(?P<verb>[a-z]+)(?![\w’'-])")


# "will host": what is set to happen is an event too.
# Asked at every word: the word first, so that a search finds it at once, and the
# lookbehind ("not after a word character") checked from behind it.
_WILL = re.compile(r"will(?<![\w’'-]will)\s+$")
_TO = re.compile(r"[Tt]o(?<![\w’'-][Tt]o)\s+$")
_NOT_FUTURE = words("NOT_FUTURE")
_ADVERB_BEFORE = re.compile(rf"\s((?:(?:has|have|had|was|were|is|are|been)\s+)*{pattern('ADVERBS_BEFORE_ACTION')})\s*$")
_TIME_BEFORE_VERB = re.compile(
    r"\s(?:this|last|early|late|on|yesterday|today)(?:\s+(?:morning|afternoon|evening|night|week|month|"
    r"[A-Z][a-z]+))?\s*$"
)


# Words of expectation before a future: "It is expected the elections will be monitored".
_EXPECTING = words("EXPECTING")
# Verbs that present what is set to happen as settled, not forecast: "has confirmed that
# Chris Weitz will direct the sequel".
_SETTLING = verb_forms("settles", ("base", "third", "past"))
# A verb of denial whose "that" clause runs on to the verb, with no mark between.
_DENIED = re.compile(
    rf"(?<![\w’'-]){alternation(verb_forms('denies'))}"
    r"(?:\s+[^\s,;:.!?“”\"]+){0,4}?\s+that\s[^,;:.!?“”\"]*$",
    re.IGNORECASE,
)


def _not_happened(s: str, verb: int, between: list[str], future: bool) -> bool:
    """Whether the verb starting at ``verb`` tells what did not happen ("He is not
    charged", "had never fired", "denied reports that a deal had been offered"), what a
    source forecasts ("say more details will be released"), what might have ("could have
    killed", "if the driver had stopped", "If the talks fail, the union will strike") or a
    habit ("was regularly frequented by police"): no event."""
    if future and _IF_OPENING.match(s):
        return True
    if (future or "will" in between) and ((_CUES - _SETTLING) | _EXPECTING).intersection(_SAYING.findall(s, 0, verb)):
        # "Police say more details will be released", "It is expected the vote will be
        # monitored": a forecast someone makes
        return True
    if _DENIED.search(s, max(0, verb - 120), verb):
        return True  # "Guevara denied reports that a deal had been offered"
    if _NEGATION.intersection(between) or _NEGATED.search(s, max(0, verb - 40), verb):
        return True
    if _MAYBE.intersection(between) or _CONDITION.search(s, max(0, verb - 80), verb):
        return True
    if _SEEMING.intersection(s[max(0, verb - 40) : verb].lower().split()[-4:]):
        return True  # "appears to have been shot"
    before = s[max(0, verb - 30) : verb].lower().split()[-2:]
    return bool(_HABITUAL.intersection(between) or _HABITUAL.intersection(before))


def _pasts(verb: str) -> set[str]:
    """The past forms a verb may have: "checks" -> "checked", "dies" -> "died"; a past is its own."""
    if not verb.endswith("s"):
        return {verb}
    base = verb[:-1]
    return {base + "ed", base + "d", verb[:-2] + "ed", verb[:-3] + "ied", _IRREGULAR_PRESENT.get(verb, "")}


# "strikes" -> "struck": the irregular pasts of action verbs by their present.
_IRREGULAR_PRESENT = {v.forms.third: v.forms.past for v in EN.verbs if "action" in v.roles}


_PRONOUNS_PLURAL = words("PLURAL_PRONOUNS")
# A finite verb after an object, with no mark, conjunction or subordinator between, makes the "object"
# the subject of a clause the verb reports: "learned the suspect had fled".
_CLAUSE_AFTER = re.compile(
    r"(?:\s+(?!(?:and|or|but|who|whom|which|that|when|where|while|after|before|because|since|until|as|if|"
    r"although|though|once)\b)[\w’'-]+){0,8}?"
    r"\s+(?:was|were|is|are|has|have|had|will|would)\b"
)
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
_AUX_AFTER = re.compile(r"\s+(?:has|have|had|is|are|was|were|will|would|can|could|[\w’'-]+ed|[\w’'-]+ing)\b")
# "killed at least three people": a quantity opens the object, though "at" stops one.
# "about" or "around" before a number and a noun counts it ("arrested about two dozen
# protesters"); before anything else it is a preposition ("spoke about the plan"), and before
# a number of a unit a measure ("fell about 600 metres", "by about 10am"), and before "in"
# a share ("made up about 2 in 10 voters").
_QUANTITY = re.compile(
    r"\s+(?P<q>at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than|up\s+to"
    r"|(?:about|around|roughly|approximately)"
    rf"(?=\s+(?:\d[\d,.]*|a\s+(?:dozen|hundred|thousand)|{pattern('NUMBER_WORDS')})\s+(?!(?:{pattern('MEASURE_UNITS')}|in|of|out|to)\b)[a-z]))"
    r"(?=\s)"
)


_CAPTION_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A caption in the body's flow (wire and VOA style): "FILE - Salman Abedi ... is seen in
# this image taken from CCTV.", "Protesters are pictured outside the court."
_CAPTION = first_filtered(
    re.compile(
        r"^\W*FILE(?:\s+PHOTO)?\s*[-–—:]\s"
        r"|\b(?:is|are|was|were)\s+(?:seen|shown|pictured)\s+(?:in\s+)?(?:this|a|an)\s+(?:\w+\s+){0,2}"
        r"(?:image|photo|photograph|picture|video|frame|still)s?\b"
        r"|\b(?:is|are)\s+pictured\b"
        # A web page's player and gallery furniture run into the text: "View Photos", "Caption People took ...".
        r"|\b(?:View\s+Photos|Skip\s+Ad|Full\s+Screen|Autoplay)\b|(?<![\w’'-])Caption\s+[A-Z]"
        # A credit in the body's last lines: "Mariana Zuñiga contributed to this report."
        r"|\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\b"
        # A wire photo's caption ends with its place and full date after a comma, no "on" or
        # weekday before it: "A man injured in the blast is helped to an ambulance in Kabul,
        # Afghanistan, Oct. 3, 2019." (a story writes "on Thursday, June 16, 2016").
        rf"|(?<!day),\s+{_CAPTION_MONTH}\s+\d{{1,2}},\s+\d{{4}}\.?[\"”’']?\s*$"
    )
)


# A dateline the article's own did not find, opening a body sentence: a place in capitals,
# then a state, a date or an agency, then a dash ("HEMPSTEAD, N.Y., Sept. 26 (UPI) — ",
# "WASHINGTON ― "). Its date is the report's, not the event's.
_DATELINE = re.compile(r"[A-Z]{2}[A-Z.’'-]*(?:\s+[A-Z]{2}[A-Z.’'-]*)*(?:,[^—–―\n]{1,40}?)?\s*[—–―]\s+")


def _story(article: PreparedArticle, sentence: Sentence) -> tuple[str, int] | None:
    """The sentence's text after the news dateline it may open with ("ANKARA, Turkey (AP)
    — Turkish police detained ...") or the headline scraped text glues to the first one
    with a hyphen, and where that starts; None for a caption written as a sentence (what a
    picture shows is no event of the story)."""
    s, base = sentence.text, sentence.start
    dateline = article.dateline
    if dateline is not None and base <= dateline[0] < sentence.end:
        skip = len(s) - len(s[dateline[1] - base :].lstrip())
        s, base = s[skip:], base + skip
    elif (opening := _DATELINE.match(s)) is not None:
        s, base = s[opening.end() :], base + opening.end()  # "HEMPSTEAD, N.Y., Sept. 26 (UPI) — ..."
    elif article.body_sentences[:1] == (sentence,) and (opens := _story_start(article.text, base, sentence.end)):
        # "CHARLOTTE - The wife of ...", "Burma Releases More Political Prisoners-Five prisoners were released"
        s, base = article.text[opens : sentence.end], opens
    if (caption := glued_caption(s)) is not None:
        s = s[:caption]  # "... on the same day.-FILE - Governor ...": a caption glued on is no story
    # A line that leads into what follows ("Sports news in brief from around the world:")
    # tells nothing itself.
    return None if _CAPTION.search(s) or s.rstrip().endswith(":") else (s, base)


def _story_start(text: str, start: int, end: int) -> int | None:
    """Where the story starts in the body's first sentence ``text[start:end]``: after a
    dateline in the wider forms a paragraph may open with ("CHARLOTTE - ") or a headline
    scraped text glues to it ("...Prisoners-Five prisoners"); None when it starts at once."""
    return opens_dateline(text, start, end) or glued_headline(text, start, end)


# An aside between a pair of dashes or in brackets: "Four robbers -- two dressed as women
# -- made off with ...".
_ASIDE = re.compile(r"\s(?:--|[—–―])\s[^—–―;]*?\s(?:--|[—–―])\s|\([^()]*\)")


_ASIDE_THEN_TIME = re.compile(
    r"(?:\s(?:--|[—–―])\s[^—–―;]*?\s(?:--|[—–―])|\([^()]*\))\s*(?:(?:on|last|this|early|late)\s+)?[\w.]*\s*$"
)


def _subject_before_aside(s: str, end: int) -> Span | None:
    """The subject ending before an aside (and a time) that ends at ``end``: "A gang of four
    thieves | -- two of them disguised as women -- on Thursday | stole"."""
    aside = search_back(_ASIDE_THEN_TIME, s, end)
    if aside is None:
        return None
    time = s[aside.start() : end]
    between = time[time.rfind("-") + 1 :] if "-" in time else time[time.rfind(")") + 1 :]
    if between.strip() and not time_expression_spans(between):
        return None  # a word that is no time stands between
    return _clause_subject(s, len(s[: aside.start()].rstrip()))


def _before_aside(s: str, span: Span) -> Span | None:
    """``span`` without the aside it ends with ("Four armed robbers | -- two dressed as
    women --")."""
    for aside in _ASIDE.finditer(s, span[0], span[1] + 1):
        if aside.start() > span[0] and aside.end() >= span[1]:
            return _trimmed(s, (span[0], aside.start()))
    return span


def _first_clause(
    s: str, base: int, quotes: list[tuple[int, int]], lower: frozenset[str], spoken: int | None = 0
) -> tuple[tuple[int, int], tuple[int, int] | None, tuple[int, int] | None, int] | None:
    """The first action clause of sentence ``s`` (at ``base``) out of quotes with an actor
    or what it acted on: a past action first; a present one ("Lindsay Lohan checks into
    rehab") only in a line without a full stop, as headlines write, where it has none. Verbs
    before ``spoken`` are a quote's the article holds none of (``_spoken_until``)."""
    if spoken is None:
        return None  # the sentence is all speech (``_spoken_until``)
    headline = not s.rstrip(" ”\"’'").endswith((".", "!", "?"))
    asides = [a.span() for a in _ASIDE.finditer(s)]
    for present in (False, True) if headline else (False,):
        for m in (_HEADLINE_VERB if headline else _VERB).finditer(s, spoken):
            if _in_quote(quotes, base + m.start()) or any(a <= m.start() < b for a, b in asides):
                continue  # "Four robbers -- two dressed as women -- made off": an aside is no clause
            found = _clause(s, m, present, headline, lower)
            if found is not None and (found[1] is not None or found[2] is not None):
                return found
    return None


# Verbs whose object tells the action itself ("took a step", "found a way", "gave an
# interview"), and those objects.
_LIGHT_VERBS = words("LIGHT_VERBS")
_LIGHT_OBJECTS = words("LIGHT_VERB_OBJECTS")
# A span of history, not an event: "over the centuries", "for decades".
_GENERIC_TIME = re.compile(
    r"(?<![\w’'-])(?:over|for|across|through)\s+(?:the\s+)?(?:past\s+|last\s+|many\s+)?"
    r"(?:centuries|decades|generations|millennia)(?![\w’'-])",
    re.IGNORECASE,
)


# Verbs of contact whose object follows a preposition: "crashed into a patrol".
_CONTACT = words("CONTACT_VERBS")
_AT_TARGET = re.compile(r"\s+(?:at|on|upon|into|to)\s")


def _target(s: str, at: int) -> tuple[int, int] | None:
    """What an action of contact was aimed at: the noun phrase after "at", "on", "upon",
    "into" or "to" right after ``at`` ("opened fire | at an office party"); not a time."""
    if (prep := _AT_TARGET.match(s, at)) is None:
        return None
    target = _object_at(s, prep.end() - 1)
    if target is None or time_expression_spans(s, target[0], target[1]):
        return None
    return target


def _light(verb: str, obj: str) -> bool:
    """Whether ``obj`` is the object of a light verb that names the action ("took yet another
    heavy toll", "figured out a way", "made a decision", "took steps backward"): a word of
    its head, before what qualifies it."""
    if verb.lower() not in _LIGHT_VERBS:
        return False
    cut = _LIGHT_HEAD_END.search(obj)
    return any(w.lower() in _LIGHT_OBJECTS for w in (obj[: cut.start()] if cut else obj).split())


_LIGHT_HEAD_END = re.compile(rf"\s(?:{pattern('OBJECT_STOPS')}|of|towards?)\s")


# Words a subject never ends with: an adverb before the verb ("These people somehow |
# figured out"), a conjunction ("which killed 13 people and | wounded 71").
_SUBJECT_TAIL = words("SUBJECT_TAIL_ADVERBS") | {"and", "or"}


# "for the first time", "for a third time": how often, never part of who acted.
_TIMES_OVER = re.compile(r"\s+for\s+(?:the|a)\s+(?:first|second|third|fourth|fifth|sixth|last|\w+th)\s+time$")


def _subject_trimmed(s: str, who: tuple[int, int]) -> tuple[int, int] | None:
    """``who`` without the adverbs ending it; None when it ends in a conjunction (the verb
    shares another clause's subject, which is not written here)."""
    start, end = who
    if (times := _TIMES_OVER.search(s, start, end)) is not None and times.start() > start:
        end = times.start()  # "A Russian court | for the first time has sentenced"
    while (cut := s.rfind(" ", start, end)) > start:
        last = s[cut + 1 : end]
        if last in {"and", "or"}:
            return None
        if last not in _SUBJECT_TAIL:
            break
        end = len(s[:cut].rstrip(" ,"))
    return start, end


Span = tuple[int, int]


_TIME_QUALIFIER_END = re.compile(r"\s+(?:early|late|earlier|later)$", re.IGNORECASE)


def _before_time(s: str, span: Span, cuts: list[Span]) -> Span | None:
    """``span`` up to the first of the times ``cuts`` it runs into, without a word that
    qualifies that time left at its end ("issued a statement early | this morning")."""
    cut = next((t[0] - 1 for t in cuts if span[0] < t[0] < span[1]), None)
    if cut is None:
        return _trimmed(s, span)
    if (qualifier := _TIME_QUALIFIER_END.search(s, span[0], cut)) is not None:
        cut = qualifier.start()
    return _trimmed(s, (span[0], cut))


def _without_times(
    s: str, verb: Span, who: Span | None, whom: Span | None, times: list[Span]
) -> tuple[Span | None, Span | None]:
    """The actor and what it acted on without a time they run into: "reached the lower
    valley this week", "attacked by an arsonist last night", "Early today Mr Whitelaw
    gave ..."; a time that qualifies a noun ("the ringleader of Saturday’s attack") stays."""
    cuts = [t for t in times if not _POSSESSIVE.match(s, t[1])]
    if whom is not None and whom[0] > verb[0]:
        whom = _before_time(s, whom, cuts)
    if who is not None and who[0] > verb[0]:
        who = _before_time(s, who, cuts)
    if who is not None and (lead := next((t for t in times if t[0] == who[0] and t[1] < who[1]), None)):
        rest = s[lead[1] : who[1]]
        who = _trimmed(s, (who[1] - len(rest.lstrip()), who[1]))
    return who, whom


def _kept(s: str, verb: Span, who: Span | None, whom: Span | None) -> tuple[Span | None, Span | None] | None:
    """The actor and what it acted on, as arguments: no light verb's object ("found a
    way", "took a step": the noun tells the action, no one is acted on), no subject's
    adverb ("These people somehow") and no subject ending in a conjunction ("killed 13
    people and"); None when neither is left, or when the subject is that of a reporting
    verb ahead of the clause's (see ``_speaker_of``) or what an infinitive before the verb
    acts on ("desperate to reach | Europe died")."""
    if whom is not None and _light(s[verb[0] : verb[1]], s[whom[0] : whom[1]]):
        # "took a step", and in a passive "The decision was made"; but "opened fire at a
        # party", "set fire to the vehicle": what the fire was aimed at.
        fire = whom[0] > verb[0] and s[whom[0] : whom[1]].lower() == "fire"
        whom = _target(s, whom[1]) if fire else None
    elif whom is None and s[verb[0] : verb[1]].lower() in _CONTACT:
        whom = _target(s, verb[1])  # "crashed into a foot patrol", "fired upon two officers"
    if who is not None and who[1] <= verb[0]:
        if _speaker_of(s, who, verb):
            return None  # "Officials said Friday the military ... have entered": who says, not who acted
        if _INFINITIVE_BEFORE.search(s, 0, who[0]):
            return None  # "migrants desperate to reach | Europe died": what an infinitive acts on
        who = _subject_trimmed(s, who)
    return None if who is None and whom is None else (who, whom)


def _spoken_until(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> int | None:
    """Where a quote the article holds none of ends in the sentence ``text[start:end]``
    (0 when none runs into it; None when it runs past its end): a paragraph that opens
    with a quote mark never closed ("“We've gone through this before.", a speech that runs
    on) is the speaker's words, not the reporter's."""
    line = text.rfind("\n", 0, start) + 1
    opening = line + len(text[line:end]) - len(text[line:end].lstrip())
    if text[opening : opening + 1] not in ("“", '"') or _in_quote(quotes, opening):
        return 0
    close = text.find("”" if text[opening] == "“" else '"', opening + 1, end)
    if close < 0:
        return None
    return max(0, close - start)


def _in_sentence(
    article: PreparedArticle,
    sentence: Sentence,
    quotes: list[tuple[int, int]],
    places: tuple[str, ...],
    lower: frozenset[str],
) -> EventCandidate | None:
    story = _story(article, sentence)
    if story is None:
        return None
    s, base = story
    if s.rstrip(" ”\"’')").endswith("?"):
        return None  # "Who ordered the strike?": a question tells of no event
    found = _first_clause(s, base, quotes, lower, _spoken_until(article.text, base, base + len(s), quotes))
    if found is None:
        return None
    verb, who, whom, object_end = found
    who, whom = _number_whole(s, who), _number_whole(s, whom)
    if whom is not None and whom[0] > verb[0] and _CLAUSE_AFTER.match(s, whom[1]):
        return None  # "It emerged the ringleader ... was known to them": a clause, not an object
    after = s[verb[1] :].split(maxsplit=1)
    if whom is None and after and after[0].lower() in _DETERMINER_WORDS:
        return None  # "termed an “act of terrorism”": an object not read whole makes no clause whole
    if whom is not None and _NUMBER.fullmatch(s[whom[0] : whom[1]]):
        whom = None
    clause_end = _clause_end(s, max(verb[1], object_end))
    if _GENERIC_TIME.search(s, verb[0], max(clause_end, _reach(s, verb[1]))):
        return None  # "have settled among the valleys over the centuries": a history, not an event
    every_time = [t for t in time_expression_spans(s) if not _in_quote(quotes, base + t[0])]
    times = [t for t in every_time if _own_time(s, t, verb, clause_end)]
    who, whom = _without_times(s, verb, who, whom, every_time)
    if (kept := _kept(s, verb, who, whom)) is None:
        return None
    who, whom = kept
    subject_start = None
    if who is not None and not _agentive(s, who):
        # "A fire-bomb attack on a bank killed three people": an event or a state never
        # acted; "Arrests of activists have accelerated", with nothing acted on, is no event.
        if who[0] < verb[0]:
            subject_start = base + who[0]
        who = None
        if whom is None:
            return None
    # "At 5:30 p.m., ...": a time is no actor; "died Thursday": nor what it acted on.
    who, whom = _outside(who, every_time), _outside(whom, every_time)
    if (opens := _pronoun_subject(s, verb, who, whom)) is not None:
        subject_start = base + opens if subject_start is None else min(subject_start, base + opens)
    who, whom = _named(s, who), _named(s, whom)

    def at(span: tuple[int, int] | None) -> tuple[int, int] | None:
        return (base + span[0], base + span[1]) if span else None

    return EventCandidate(
        clause_end=base + clause_end,
        sentence_id=sentence.id,
        subject_start=subject_start,
        verb=(base + verb[0], base + verb[1]),
        who=at(who),
        whom=at(whom),
        where=_first_place(sentence, places, (base + verb[0], base + verb[1]), base + _reach(s, verb[1]), at(whom)),
        when=at(times[0]) if times else None,
    )


def _outside(span: Span | None, times: list[Span]) -> Span | None:
    """``span``, or None when it is one of the ``times`` or inside one."""
    return None if span is None or any(t[0] <= span[0] and span[1] <= t[1] for t in times) else span


_PRONOUNS = _PERSONAL | words("OBJECT_PRONOUNS")


def _named(s: str, span: Span | None) -> Span | None:
    """``span``, or None when it is a bare pronoun ("They", "him"): a pronoun names no one
    out of its sentence ("They stabbed one police officer", "He was then flown to ..."),
    so the event keeps its verb and says nothing of who."""
    return None if span is None or s[span[0] : span[1]].lower() in _PRONOUNS else span


def _pronoun_subject(s: str, verb: Span, who: Span | None, whom: Span | None) -> int | None:
    """Where a pronoun subject that ``_named`` drops opens, so the clause stays whole ("She
    admired ..."); None when there is none."""
    dropped = [span[0] for span in (who, whom) if span is not None and span[0] < verb[0] and _named(s, span) is None]
    return min(dropped, default=None)


# "to" and a verb right before a subject: the subject found is what the infinitive acts on,
# and the clause's own subject is further back ("migrants desperate to reach | Europe died").
_INFINITIVE_BEFORE = re.compile(r"(?<![\w’'-])to\s+(?!(?:why|how|what|whether|where|when)\s)[a-z]+\s+$")
# Verbs that report speech ("said", "told"), not "spoke Hebrew" or "decided to shut him down".
_REPORTING = verb_forms("quote") & _CUES


def _speaker_of(s: str, who: Span, verb: Span) -> bool:
    """Whether ``who``, ahead of the verb, is the subject of a verb of saying or thinking
    that comes first ("Officials | said Friday the military ... have entered"): the one who
    reports the event, not its actor."""
    if who[1] > verb[0]:
        return False
    after = s[who[1] : verb[0]].split(maxsplit=1)
    if not after or after[0].lower().strip(",") not in _REPORTING:
        return False
    # "Smith said nothing and left the court": what was said is no clause, and the verb joined
    # after it is the speaker's own; "the witness said the gunman wore a mask and fled" is not.
    said = after[1].split() if len(after) > 1 else []
    return not (
        said
        and said[-1].lower() in {"and", "then"}
        and any(w.lower().strip(",") in _SAID_NOTHING for w in said[:3])
        and not any(_finite_word(w.lower().strip(",")) for w in said)
    )


# What a speaker says that is no clause: "said nothing and left", "told reporters little".
_SAID_NOTHING = words("SAID_NOTHING")
# Words that tell a clause: a finite auxiliary, a past, a subject pronoun, "that".
_CLAUSE_WORDS = _FINITE | words("MAYBE_MODALS") | words("PERSONAL_PRONOUNS") | words("PLURAL_PRONOUNS") | {"that"}
_PASTS = frozenset(f for v in EN.verbs for f in (v.forms.past, v.forms.participle)) | HAPPENING_FORMS


def _finite_word(word: str) -> bool:
    """Whether ``word`` may be the verb or the subject of a clause of its own."""
    return word in _CLAUSE_WORDS or word.endswith("ed") or (word in _PASTS and word not in _SAID_NOTHING)


# A number that a comma of thousands cut ("More than 100,| 000 people", "― 5,| 300
# employees") or "per cent" ("90 per | cent of voters"), with what may count it ahead of it
# ("more than", "about").
_NUMBER_CUT = re.compile(
    r"(?:(?<![\w’'-])(?:(?:more|fewer|less)\s+than|at\s+least|up\s+to|about|around|almost|nearly|over|some|roughly)\s+)?"
    r"(?<![\w,.])(?:\d{1,3}(?:,\d{3})*,|\d[\d,.]*\s+per\s+)$",
    re.IGNORECASE,
)


# What qualifies a count right before it: "at least | seven workers died".
_COUNT_QUALIFIER = re.compile(
    r"(?<![\w’'-])(?:(?:more|fewer|less)\s+than|at\s+(?:least|most)|up\s+to|almost|nearly|roughly|approximately)\s+$",
    re.IGNORECASE,
)


def _number_whole(s: str, span: Span | None) -> Span | None:
    """``span`` with the rest of the number it opens with, when a comma of thousands cut it
    ("000 people" in "More than 100,000 people took part", "cent of voters" in "90 per cent
    of voters"), and with what qualifies the count ("at least | seven workers"): an
    argument is never part of a number, nor a count without its "at least"."""
    if span is None:
        return span
    first = s[span[0] : span[1]].split(maxsplit=1)[0].lower() if span[1] > span[0] else ""
    if first in _NUMBER_WORDS or first[:1].isdigit():
        qualifier = _COUNT_QUALIFIER.search(s, max(0, span[0] - 20), span[0])
        if qualifier is not None:
            return qualifier.start(), span[1]
    if not (s[span[0] : span[0] + 1].isdigit() or s.startswith("cent", span[0])):
        return span
    cut = _NUMBER_CUT.search(s, max(0, span[0] - 40), span[0])
    return span if cut is None else (cut.start(), span[1])


# Words that open a relative clause: a time after one is the relative clause's
# ("earmarked ... for the library, which opened in 1911").
_RELATIVE = first_filtered(re.compile(r"(?<![\w’'-])(?:who|whom|whose|which|where)(?![\w’'-])", re.IGNORECASE))
_RELATIVE_AFTER_VERB = first_filtered(
    re.compile(r"(?<![\w’'-])(?:who|whom|whose|which|where|that)(?![\w’'-])", re.IGNORECASE)
)


# A word that opens a clause of its own before the verb: "since 2017, | when a lieutenant
# general was killed": a time before it is not the verb's.
_OPENS_CLAUSE = first_filtered(
    re.compile(
        r"(?<![\w’'-])(?:who|whom|whose|which|where|when|while|after|before|because|since|until|as|if|that)"
        r"(?![\w’'-])",
        re.IGNORECASE,
    )
)


# The verbs of saying that tell their own clause: "said", "says", "told", "reported".
_SAID = verb_forms("claim", ("past", "third"))
_SAYING = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")


def _reach(s: str, at: int) -> int:
    """How far past the verb ending at ``at`` its arguments may be read: to the
    sentence's end, or to the first relative word ("..., which opened in 1911"), verb of
    saying ("..., police said on Monday") or clause with its own subject and verb ("and
    coach Sean Payton said") after it. The clause's mark is no bound: its place and time
    often follow a comma ("..., snatching jewels from a boutique in Paris")."""
    end = len(s)
    if (relative := _RELATIVE_AFTER_VERB.search(s, at)) is not None:
        end = relative.start()
    saying = next((m.start() for m in _SAYING.finditer(s, at, end) if m.group() in _SAID), None)
    if saying is not None:
        end = saying
    joined = _another_clause(s, at, end)
    return joined if joined is not None else end


# A time that says when another thing happened, not the clause: one measured from an event
# ("Three weeks after | the jet crashed ...", "two days before"), one owned by a noun
# ("ahead of Monday's planned protests", "last week's attack") or one inside a noun
# phrase ("the February 18 presidential election", "under a 2014 law").
_TIME_ANCHOR = re.compile(r"(?<![\w’'-])(?:after|before)$", re.IGNORECASE)
# A time after "after" or "before" bounds when the clause happened, and often belongs to
# another event ("three days after | April 15, 2013, bombing").
_TIME_BOUND = re.compile(r"(?<![\w’'-])(?:after|before|until)\s+$", re.IGNORECASE)
_TIME_MODIFIER = re.compile(r"[’']s?(?![\w’'-])")
_TIME_DETERMINER = re.compile(r"(?<![\w’'-])(?:the|a|an|its|their|his|her|our)\s+$", re.IGNORECASE)


def _own_time(s: str, time: tuple[int, int], verb: tuple[int, int], clause_end: int) -> bool:
    """Whether ``time`` is the clause's own: not measured from another event, owned by
    a noun or inside a noun phrase (``_TIME_ANCHOR``, ``_TIME_MODIFIER``,
    ``_TIME_DETERMINER``), not after a relative word (between the verb
    and it, or before it ahead of the verb), nor with a clause opening between it and the
    verb ahead of it ("since 2017, when ... was killed"), nor after a verb of saying or
    another clause's subject and verb ("was examined | and coach Sean Payton said on
    Wednesday"). ``clause_end`` is not a bound: a time often follows the object's comma
    ("..., killing 40 people, on Sunday")."""
    if _TIME_ANCHOR.search(s, time[0], time[1]) or _TIME_MODIFIER.match(s, time[1]):
        return False
    if _TIME_BOUND.search(s, max(0, time[0] - 8), time[0]):
        return False
    if _TIME_DETERMINER.search(s, 0, time[0]) and _NEXT_NOUNISH.match(s, time[1]):
        return False
    if time[0] >= verb[1]:
        return time[1] <= _reach(s, verb[1])
    if _OPENS_CLAUSE.search(s, time[1], verb[0]) is not None:
        return False
    return _RELATIVE.search(s, 0, time[0]) is None


def event_candidates(article: PreparedArticle, limit: int | None = None) -> list[EventCandidate]:
    """The action clause of each body sentence that has one, in text order; only the
    first ``limit`` sentences are read when it is given."""
    quotes = [(q.open_mark, q.close_mark + 1) for q in article.quotes]
    places = typed_names(article).places
    body = article.text[article.body_start : article.body_end]
    lower = frozenset(re.findall(r"(?<![\w’'-])[a-z]{3,}", body))
    sentences = article.body_sentences if limit is None else article.body_sentences[:limit]
    return [c for s in sentences if (c := _in_sentence(article, s, quotes, places, lower)) is not None]


def lead_events(article: PreparedArticle) -> list[EventCandidate]:
    """The events of the article's lead: the action clauses of its first sentences whose
    verb tells of a happening (``HAPPENING_FORMS``: "arrested", "killed", "met"), not of
    making, taking or helping, which a lead more often tells as background."""
    return [c for c in event_candidates(article, LEAD_SENTENCES) if _happening(article.text, c)][:LEAD_EVENTS]


def _happening(text: str, candidate: EventCandidate) -> bool:
    """Whether the candidate's verb tells of a happening ("arrested", "killed"), and not of
    one on a writing or record ("released | a 75-page report", "released | notes")."""
    verb = text[candidate.verb[0] : candidate.verb[1]].split()[0].lower().removeprefix("re-")
    if verb not in HAPPENING_FORMS:
        # "took | to the streets", "opened | fire on": the words after it tell the happening
        after = " ".join(text[candidate.verb[1] : candidate.verb[1] + 24].lower().split()) + " "
        return any(verb in forms and after.startswith(words) for forms, words in _HAPPENING_PHRASES)
    following = text[candidate.verb[1] : candidate.verb[1] + 12].split(maxsplit=1)
    if following and f"{verb} {following[0].lower()}" in _NOT_PHRASALS:
        return False  # "walked back his comments": took them back
    if verb in _LEAVE and candidate.whom is not None:
        # "The flooding left | hundreds of families homeless": a consequence, no one left
        ends = text[candidate.whom[0] : candidate.whom[1]].split()[-1:] + text[candidate.whom[1] :].split()[:1]
        if any(w.lower().strip(".,;") in _LEFT_STATES for w in ends):
            return False
    if verb in _LIGHT_VERBS and (obj := _object_at(text, candidate.verb[1])) and _light(verb, text[obj[0] : obj[1]]):
        return False  # "paid tribute to the victims": the noun tells the action, no payment
    if verb in _SCORING and (_headed(text, candidate.whom, _SCORES) or _score(text, candidate.whom)):
        return False  # "Root hit a century", "Smith shot a five-under 67": sport, no attack
    if _headed(text, candidate.whom, _HELD_BACK):
        return False  # "fought back tears": no fight
    if _headed(text, candidate.who, _FIGURES) or _headed(text, candidate.whom, _LEVELS):
        return False  # "Oil prices crashed", "Inflation hit 10 per cent": a figure, no happening
    if verb in _NOT_ON_WRITINGS:
        # "released | a 75-page report", and "The latest poll | released Friday shows"
        return not any(_headed(text, span, _RECORDS) for span in (candidate.whom, candidate.who))
    return True


_HAPPENING_PHRASES = tuple(
    (frozenset(_forms_of(lemma)), rest.replace("_", " ") + " ")
    for lemma, _, rest in (e.partition("/") for e in words("HAPPENING_PHRASES"))
)
_LEAVE = frozenset(_forms_of("leave"))
_LEFT_STATES = words("LEFT_STATES")


# Figures of markets and the economy: a happening's verb on them tells a rise or a fall
# ("Stocks rallied", "The index hit a record high", "crashed to a 20-year low").
_FIGURES = words("FIGURES")
_LEVELS = words("LEVELS")
_HELD_BACK = words("HELD_BACK")
_SCORES = words("SCORES")
# The happenings that score in sport: shooting, firing, hitting, striking, blowing a lead.
_SCORING = frozenset(f for lemma in ("shoot", "fire", "hit", "strike", "blow") for f in _forms_of(lemma))
# "a 66", "a five-under 67": one number after "a" is a score, not a count ("killed 40").
_A_SCORE = re.compile(r"an?\s+(?:[\w-]+\s+)?\d+")


def _score(text: str, span: Span | None) -> bool:
    """Whether the noun phrase at ``span`` is a score: a number after "a" ("shot a 67")."""
    return span is not None and _A_SCORE.fullmatch(text, span[0], span[1]) is not None


def _headed(text: str, span: Span | None, nouns: frozenset[str]) -> bool:
    """Whether the noun phrase at ``span`` has its head noun among ``nouns`` (a writing or a
    record, a figure)."""
    if span is None:
        return False
    head = _HEAD_END.split(text[span[0] : span[1]], maxsplit=1)[0].split()
    noun = head[-1].lower() if head else ""
    return noun in nouns or noun.removesuffix("s") in nouns
