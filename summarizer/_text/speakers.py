"""One speaker list per summary: canonical names, pronouns resolved, the IDs quotes
and claims point to.

A speaker is listed once however the article names them: "Esper" and "Defense
Secretary Mark Esper" are one entry, "Mark Esper" with the role "Defense Secretary".
A pronoun in a reporting clause ("he said") is resolved to the nearest earlier
named speaker it is compatible with, within the same or the previous paragraph;
where the text gives none, the quote keeps the pronoun as its mention and is
flagged ``unresolved_pronoun``. Nothing here calls a model.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..models import Span, Speaker
from .article import PreparedArticle
from .attribution import (
    ClauseAttribution,
    NamedSpeaker,
    canonical_speaker,
    descriptions,
    has_clause_after,
    is_description,
    role_name_runs,
)

_PERSONAL = {"he", "she"}
# How far back a pronoun looks for its speaker: its own paragraph and the one before.
_PARAGRAPHS_BACK = 2


@dataclass
class _Entry:
    name: str
    role: str | None
    kind: str
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
            kind = "description" if is_description(speaker.name) else "person"
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
                kind="description" if entry.kind == "description" else "person",
                mentions=[Span(text=self._text[a:b], start=a, end=b) for a, b in sorted(entry.mentions)],
            )
            for key, entry in ordered
        ]
        return speakers, ids


def _paragraph_starts(text: str, start: int, end: int) -> list[int]:
    breaks = re.finditer(r"\n[ \t]*(?:\r?\n[ \t]*)+", text[start:end])
    return [start] + [start + m.end() for m in breaks]


def resolve_pronouns(article: PreparedArticle, attributions: list[ClauseAttribution]) -> list[ClauseAttribution]:
    """Attributions with each pronoun speaker replaced by the nearest compatible
    speaker named before it, where the text supports one; the others unchanged.

    Candidates are the speakers named in reporting clauses, the names the article
    introduces with a role ("Chancellor Angela Merkel") and descriptive sources
    ("two US officials"). "he"/"she" take
    a person; "they"/"it" take a description ("two officials") or an organisation.
    """
    if not any(a.pronoun and a.mention is not None for a in attributions):
        return list(attributions)  # nothing to resolve: spare the search for candidates
    text = article.text
    named: list[tuple[int, NamedSpeaker]] = [
        (a.mention[0], a.speaker) for a in attributions if a.speaker is not None and a.mention
    ]
    for start, tokens in role_name_runs(article):
        speaker = canonical_speaker(text, " ".join(tokens))
        if speaker is not None:
            named.append((start, speaker))
    named += [(start, NamedSpeaker(name=phrase, role=None)) for start, phrase in descriptions(article)]
    named.sort(key=lambda item: item[0])
    offsets = [at for at, _ in named]
    paragraphs = _paragraph_starts(text, article.body_start, article.body_end)

    out = []
    for a in attributions:
        if not a.pronoun or a.mention is None:
            out.append(a)
            continue
        pronoun = text[a.mention[0] : a.mention[1]].lower()
        here = bisect.bisect_right(paragraphs, a.mention[0]) - 1
        window_start = paragraphs[max(0, here - (_PARAGRAPHS_BACK - 1))]
        chosen = None
        for i in range(bisect.bisect_left(offsets, a.mention[0]) - 1, -1, -1):
            at, speaker = named[i]
            if at < window_start:
                break
            personal = not is_description(speaker.name) and (speaker.role is not None or len(speaker.name.split()) >= 2)
            if personal == (pronoun in _PERSONAL):
                chosen = speaker
                break
        out.append(ClauseAttribution(a.quote_id, a.mention, a.cue, chosen, pronoun=True) if chosen else a)
    return out


def continue_quotes(article: PreparedArticle, attributions: list[ClauseAttribution]) -> list[ClauseAttribution]:
    """A quote with no reporting clause right after an attributed quote in the same
    paragraph (``"This budget fixes nothing," he said. "It moves the problem."``)
    continues it: same speaker, marked ``continued``."""
    out: list[ClauseAttribution] = []
    for quote, a in zip(article.quotes, attributions, strict=True):
        if out and a.mention is None and a.speaker is None and not a.pronoun:
            previous_quote = article.quotes[len(out) - 1]
            previous = out[-1]
            between = article.text[previous_quote.close_mark + 1 : quote.open_mark]
            if (
                previous.speaker is not None
                and "\n" not in between
                and len(between) < 200
                and not has_clause_after(article, quote)
            ):
                a = ClauseAttribution(a.quote_id, None, None, previous.speaker, continued=True)
        out.append(a)
    return out
