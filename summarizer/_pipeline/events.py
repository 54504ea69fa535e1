"""Event candidates offered to a model by ID, as claims are offered by attribution ID.

Each action clause the text layer finds (``TextAnalysis.events``) becomes an offer:
``E1``, ``E2``, ... in article order (the same ID in every part of a long article), with
its sentence, its clause as written, its verb, and its argument candidates, each with
an ID of its own (``E1a``, ``E1b``, ...): first the clause's own reading (who, whom,
where, when), then the other actors and places of the article's name list and the time
expressions written in the same sentence. A model picks events and their arguments by
these IDs and may drop any; it never writes an argument span, so every argument of an
event it reports is a span of the article by construction.

An event told in someone's speech (its verb inside the content of an attribution: a
quote or an indirect-speech clause) carries that attribution, which says who reports it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from string import ascii_lowercase
from typing import Literal

from .._text import timex
from .._text.analysis import TextAnalysis
from .._text.article import PreparedArticle
from .._text.claims import AttributionCandidate
from .._text.events import EventCandidate

ArgumentKind = Literal["actor", "object", "place", "time"]
Role = Literal["who", "whom", "where", "when"]
ROLES: tuple[Role, ...] = ("who", "whom", "where", "when")
# The kinds of argument each role takes: who acted and on whom or what may be a named
# actor or a noun phrase of the clause ("a roadside bomb", "two soldiers").
ROLE_KINDS: dict[Role, frozenset[ArgumentKind]] = {
    "who": frozenset({"actor", "object"}),
    "whom": frozenset({"actor", "object"}),
    "where": frozenset({"place"}),
    "when": frozenset({"time"}),
}
# The kind of the clause's own reading of each role.
_OWN_KIND: dict[Role, ArgumentKind] = {"who": "actor", "whom": "object", "where": "place", "when": "time"}

# Bounds on what one request offers, which keep the schema's enums within what strict
# providers accept (see _llm.schema) and the prompt short: the first events of a part
# (news tells its main events first), and an event's first arguments (its own reading
# first).
MAX_EVENTS_PER_PART = 12
MAX_ARGUMENTS = 8


@dataclass(frozen=True)
class ArgumentOffer:
    """One argument candidate of an offered event: a span of the article and its kind.
    ``role`` is the role the clause itself gives it, if any."""

    id: str  # "E1a", "E1b", ...
    kind: ArgumentKind
    span: tuple[int, int]
    role: Role | None = None


@dataclass(frozen=True)
class EventOffer:
    """One event candidate as offered: its sentence, its clause and verb as written, its
    arguments, and the attribution whose content holds it (who reports it), if any."""

    id: str  # "E1", "E2", ...
    sentence_id: str
    what: tuple[int, int]
    verb: tuple[int, int]
    arguments: tuple[ArgumentOffer, ...]
    reporter: AttributionCandidate | None = None

    def argument(self, argument_id: str) -> ArgumentOffer | None:
        return next((a for a in self.arguments if a.id == argument_id), None)

    def reading(self, role: Role) -> ArgumentOffer | None:
        """The argument the clause itself gives ``role``."""
        return next((a for a in self.arguments if a.role == role), None)


def reporter(claims: Iterable[AttributionCandidate], at: int) -> AttributionCandidate | None:
    """The attribution whose content holds ``at`` (an event's verb): who reports the event."""
    return next((c for c in claims if any(a <= at < b for a, b in c.contents)), None)


def _occurrences(text: str, phrase: str, start: int, end: int) -> list[tuple[int, int]]:
    pattern = re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])")
    return [(m.start(), m.end()) for m in pattern.finditer(text, start, end)]


def _arguments(
    analysis: TextAnalysis, candidate: EventCandidate, event_id: str, times: Sequence[tuple[int, int]]
) -> tuple[ArgumentOffer, ...]:
    article = analysis.article
    sentence = article.sentence(candidate.sentence_id)
    found: list[tuple[ArgumentKind, tuple[int, int], Role | None]] = [
        (_OWN_KIND[role], span, role)
        for role in ROLES
        if (span := getattr(candidate, role)) is not None and span[1] > span[0]
    ]
    named: list[tuple[ArgumentKind, tuple[str, ...]]] = [
        ("actor", analysis.names.actors),
        ("place", analysis.names.places),
    ]
    spans = {
        span: kind
        for kind, phrases in named
        for phrase in phrases
        for span in _occurrences(article.text, phrase, sentence.start, sentence.end)
    }
    # A name inside a longer one ("Esper" in "Mark Esper") is no choice of its own, nor is
    # one in the news dateline opening the body ("WASHINGTON (Reuters) -"): it says where
    # the report was filed, not where or by whom anything happened.
    dateline = article.dateline or (0, 0)
    found += [
        (kind, span, None)
        for span, kind in sorted(spans.items())
        if not any(a <= span[0] and span[1] <= b and (a, b) != span for a, b in spans)
        and not (span[0] < dateline[1] and dateline[0] < span[1])
    ]
    found += [("time", s, None) for s in times if sentence.start <= s[0] and s[1] <= sentence.end]
    seen: set[tuple[int, int]] = set()
    arguments: list[ArgumentOffer] = []
    for kind, span, role in found:
        if span in seen:
            continue
        seen.add(span)
        letter = ascii_lowercase[len(arguments)]
        arguments.append(ArgumentOffer(f"{event_id}{letter}", kind, span, role))
        if len(arguments) == MAX_ARGUMENTS:
            break
    return tuple(arguments)


def offers(analysis: TextAnalysis) -> tuple[EventOffer, ...]:
    """Every event candidate of the article as an offer, in article order."""
    article: PreparedArticle = analysis.article
    times = timex.spans_in(article.text, article.body_start, article.body_end) if analysis.english else ()
    out = []
    for number, candidate in enumerate(analysis.events, start=1):
        event_id = f"E{number}"
        out.append(
            EventOffer(
                id=event_id,
                sentence_id=candidate.sentence_id,
                what=candidate.what,
                verb=candidate.verb,
                arguments=_arguments(analysis, candidate, event_id, times),
                reporter=reporter(analysis.claims, candidate.verb[0]),
            )
        )
    return tuple(out)


def in_part(all_offers: Iterable[EventOffer], sentence_ids: Iterable[str]) -> list[EventOffer]:
    """The offers of one part (those whose sentence it holds), at most MAX_EVENTS_PER_PART."""
    ids = set(sentence_ids)
    return [o for o in all_offers if o.sentence_id in ids][:MAX_EVENTS_PER_PART]
