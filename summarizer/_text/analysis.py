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

from ..models import When
from .article import PreparedArticle, QuoteCandidate, Sentence, prepare
from .attribution import ClauseAttribution, attribute, candidate_speakers
from .claims import AttributionCandidate, attribution_candidates, quotes_in_claims
from .clauses import attributions as clause_attributions
from .clauses import indirect_claims, person_names, quote_claims, speech_cues, supported
from .events import EventCandidate, event_candidates, lead_events
from .language import detect
from .names import Names, typed_names
from .speakers import continue_quotes, resolve_pronouns
from .timex import spans_in
from .timex_lex import dateline
from .timex_lex import dates as lexicon_dates
from .timex_lex import spans_in as lexicon_spans_in

__all__ = ["TextAnalysis", "analyse"]

# The languages whose rules the analyser has: English, and those with a lexicon folder
# of reporting verbs (``clauses``). Another language gets what needs no rules of its own
# (sentences, quotes by typography, metadata and absolute dates) and no speakers.
LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl")


class TextAnalysis:
    """What the text says, found deterministically: offsets index ``text`` as given."""

    def __init__(self, article: PreparedArticle, language: str) -> None:
        self.article = article
        self.language = language

    @property
    def english(self) -> bool:
        return self.language == "en"

    @property
    def supported(self) -> bool:
        """Whether the analyser has reporting-clause rules for the article's language:
        otherwise its quotes keep no speaker the text layer would have to guess."""
        return self.english or supported(self.language)

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
    def _clauses(self) -> tuple[ClauseAttribution, ...]:
        """One per quote, in order: the speaker its reporting clause names, a pronoun
        resolved where the text settles it, or the speaker it continues; else none."""
        if not self.english:
            if self.supported:
                return tuple(clause_attributions(self.article, self.language))
            return tuple(ClauseAttribution(q.id, None, None, None) for q in self.article.quotes)
        found = resolve_pronouns(self.article, [attribute(self.article, q) for q in self.article.quotes])
        return tuple(continue_quotes(self.article, found))

    @cached_property
    def attributions(self) -> tuple[ClauseAttribution, ...]:
        """One per quote, in order: the speaker its reporting clause names, a pronoun
        resolved where the text settles it, or the speaker it continues; a quote with
        none of these inside what an indirect claim reports ("He said the nation has
        become “more interested in ...”") takes that claim's source; else none."""
        if not self.english:
            return self._clauses
        return tuple(quotes_in_claims(self.article, list(self._clauses), list(self.claims)))

    @cached_property
    def claims(self) -> tuple[AttributionCandidate, ...]:
        """The claims the text attributes to someone (A1, A2, ...), direct quotes included."""
        if not self.english:
            found = list(quote_claims(self.article, self._clauses))
            if self.supported:
                found += indirect_claims(self.article, self.language)
            found.sort(key=lambda c: c.start)
            return tuple(replace(c, id=f"A{n}") for n, c in enumerate(found, 1))
        return tuple(attribution_candidates(self.article, list(self._clauses)))

    @cached_property
    def speaker_choices(self) -> tuple[str, ...]:
        """The names a model may choose from for quotes the text leaves unattributed."""
        if all(a.speaker is not None or a.pronoun for a in self.attributions):
            return ()
        if not self.english:
            return tuple(person_names(self.article, self.language))
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
        if not self.english:
            return list(dict.fromkeys(text[s:e] for s, e in lexicon_spans_in(text, start, end, self.language)))
        return list(dict.fromkeys(text[s:e] for s, e in spans_in(text, start, end)))

    def dates(self) -> list[When] | None:
        """The body's time expressions resolved, for a language other than English (its
        calendar words; ISO dates alone for a language without them); None for English,
        whose dates the pipeline resolves itself."""
        if self.english:
            return None
        return lexicon_dates(self.article, self.language)

    @cached_property
    def lead_events(self) -> tuple[EventCandidate, ...]:
        """The events of the lead: the action clauses of its first body sentences."""
        if not self.english:
            return ()  # English action clauses only
        return tuple(lead_events(self.article))

    @cached_property
    def events(self) -> tuple[EventCandidate, ...]:
        """The action clause of every body sentence that has one, in order."""
        if not self.english:
            return ()
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
    ``"en"``, the rules of another supported language on it (``LANGUAGES``); without it, the
    language is detected from the text.

    Raises ``InvalidArticleError`` for text that is not Unicode text (a lone surrogate).
    """
    language = language or detect(text)
    speech = None if language == "en" else speech_cues(language)
    article = prepare(text, published=published, speech=speech, english=language == "en")
    if article.published_source == "none" and language != "en":
        found = dateline(article, language)
        if found is not None:
            article = replace(article, published=found, published_source="dateline")
    if page_published is not None and article.published_source == "none":
        article = replace(article, published=page_published, published_source="metadata")
    return TextAnalysis(article, language)
