"""The text layer's one entry point: ``analyse(text)`` finds everything the library reads
from an article without a model.

The sentences (with their kinds), quotes and publication date come first; the reporting
clauses and speakers, claim candidates, typed names and event candidates are found when
first asked for, once. The pipeline calls ``analyse`` once per article; tests and
benchmarks use it too.

    >>> a = analyse('"We will not back down," Keir Starmer told the Commons.')
    >>> a.attributions[0].speaker.name
    'Keir Starmer'
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import cached_property

from .article import PreparedArticle, QuoteCandidate, Sentence, prepare
from .attribution import ClauseAttribution, attribute, candidate_speakers
from .claims import AttributionCandidate, attribution_candidates
from .events import EventCandidate, event_candidates, lead_events
from .names import Names, typed_names
from .speakers import continue_quotes, resolve_pronouns
from .timex import spans_in

__all__ = ["TextAnalysis", "analyse"]

# The languages whose rules the analyser has. Another language gets what needs no rules
# of its own (sentences, quotes by typography, metadata dates) and no speakers.
LANGUAGES = ("en",)


class TextAnalysis:
    """What the text says, found deterministically: offsets index ``text`` as given."""

    def __init__(self, article: PreparedArticle, language: str) -> None:
        self.article = article
        self.language = language

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self.article.sentences

    @property
    def quotes(self) -> tuple[QuoteCandidate, ...]:
        return self.article.quotes

    @property
    def published(self) -> dt.date | None:
        return self.article.published

    @cached_property
    def attributions(self) -> tuple[ClauseAttribution, ...]:
        """One per quote, in order: the speaker its reporting clause names, a pronoun
        resolved where the text settles it, or the speaker it continues; else none."""
        found = resolve_pronouns(self.article, [attribute(self.article, q) for q in self.article.quotes])
        return tuple(continue_quotes(self.article, found))

    @cached_property
    def claims(self) -> tuple[AttributionCandidate, ...]:
        """The claims the text attributes to someone (A1, A2, ...), direct quotes included."""
        return tuple(attribution_candidates(self.article, list(self.attributions)))

    @cached_property
    def speaker_choices(self) -> tuple[str, ...]:
        """The names a model may choose from for quotes the text leaves unattributed."""
        if all(a.speaker is not None or a.pronoun for a in self.attributions):
            return ()
        return tuple(candidate_speakers(self.article, list(self.attributions)))

    @cached_property
    def names(self) -> Names:
        """The body's names, typed: actors (people, organisations, sources) and places."""
        return typed_names(self.article)

    def names_in(self, start: int, end: int) -> Names:
        """The names of ``text[start:end]`` (a part of a long article), typed."""
        return typed_names(self.article, start, end)

    def times_in(self, start: int, end: int) -> list[str]:
        """The time expressions of ``text[start:end]`` as written, unique, in order."""
        text = self.article.text
        return list(dict.fromkeys(text[s:e] for s, e in spans_in(text, start, end)))

    @cached_property
    def lead_events(self) -> tuple[EventCandidate, ...]:
        """The events of the lead: the action clauses of its first body sentences."""
        return tuple(lead_events(self.article))

    @cached_property
    def events(self) -> tuple[EventCandidate, ...]:
        """The action clause of every body sentence that has one, in order."""
        return tuple(event_candidates(self.article))


def analyse(
    text: str,
    *,
    published: dt.date | None = None,
    language: str | None = None,
    page_published: dt.date | None = None,
) -> TextAnalysis:
    """Analyse one article's text.

    ``published``: the publication date, which wins over any the text gives (a dateline,
    a header or footer line). ``page_published``: the date an HTML page's metadata gives,
    used when the text gives none. ``language``: an ISO 639-1 code; English rules run on
    ``"en"`` (the default).

    Raises ``InvalidArticleError`` for text that is not Unicode text (a lone surrogate).
    """
    article = prepare(text, published=published)
    if page_published is not None and article.published_source == "none":
        article = replace(article, published=page_published, published_source="metadata")
    return TextAnalysis(article, language or "en")
