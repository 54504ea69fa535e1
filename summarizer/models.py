"""Public result types. Pure pydantic: this module imports nothing else of ours.

Every offset is a character offset into the article string exactly as the caller
passed it, so ``article[item.start:item.end] == item.text`` always holds.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "ArticleSummary",
    "Claim",
    "Event",
    "FailedArticle",
    "Provenance",
    "Quote",
    "Span",
    "Usage",
    "When",
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Frozen):
    """A verbatim piece of the article: ``article[start:end] == text``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Quote(_Frozen):
    """A direct quote, verbatim, with its speaker.

    ``speaker`` is the canonical name where the article gives one ("Mark Esper"
    for a quote attributed to "Esper"); ``speaker_mention`` is the name as written
    next to the quote.
    """

    text: str = Field(description="The quoted words, verbatim, without the quote marks.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    speaker: str | None = Field(description="Canonical speaker name, or null if unattributed.")
    speaker_mention: Span | None = Field(
        default=None, description="The speaker as named in the reporting clause next to the quote."
    )
    speaker_role: str | None = Field(
        default=None, description="The speaker's role where the article states it."
    )
    cue: Span | None = Field(
        default=None, description="The reporting verb, e.g. 'said' or 'told'."
    )
    attribution: Literal["reporting_clause", "model", "unattributed"] = Field(
        description="How the speaker was found: the reporting clause next to the quote "
        "(deterministic), the model's answer, or neither."
    )


class When(_Frozen):
    """A time expression as written, and the date it resolves to."""

    text: str
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    date: dt.date | None = Field(
        default=None, description="ISO date, when the article makes it resolvable."
    )
    resolution: Literal["resolved", "unresolved"]


class Event(_Frozen):
    """Who did what to whom, where and when."""

    what: str = Field(description="What happened, in the model's words.")
    who: Span | None = Field(default=None, description="Who acted.")
    whom: Span | None = Field(default=None, description="On whom or what.")
    where: Span | None = None
    when: When | None = None
    evidence: list[Span] = Field(description="Sentences of the article that support the event.")


class Claim(_Frozen):
    """An assertion and who makes it."""

    statement: str = Field(description="The assertion, in the model's words.")
    source: str | None = Field(description="Who makes the claim, as the article names them.")
    source_span: Span | None = Field(default=None, description="Where the source is named.")
    evidence: list[Span]


class Usage(_Frozen):
    """Tokens and calls, summed over every attempt (re-asks and transport retries)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


class Provenance(_Frozen):
    """What produced a summary, enough to reproduce or cache it."""

    model: str
    provider: str
    base_url_host: str | None
    prompt_version: str
    schema_hash: str = Field(description="sha256 prefix of the JSON Schema sent to the model.")
    library_version: str
    attempts: int = Field(description="Model answers requested, including re-asks.")
    published: dt.date | None = Field(description="Publication date the dates were resolved against.")
    published_source: Literal["argument", "dateline", "footer", "none"]
    cached: bool = Field(
        default=False,
        description="True when the model's answer came from the response cache; usage is then zero.",
    )


class ArticleSummary(_Frozen):
    """A grounded, structured summary of one news article."""

    article_id: str | None = Field(
        default=None, description="The article's ID in a batch; None for a single summarize() call."
    )
    summary: str
    events: list[Event]
    claims: list[Claim]
    quotes: list[Quote]
    provenance: Provenance
    usage: Usage


FailureReason = Literal[
    "invalid_input",  # empty, not text, nothing besides metadata
    "too_long",  # does not fit the model's context
    "unavailable",  # the model could not be reached (transport retries exhausted, auth, not found)
    "validation",  # every answer failed validation, re-asks included
    "truncated",  # cut off at max_tokens, also after one retry with a larger budget
    "refusal",  # the model refused
    "content_filter",  # the provider's content filter stopped the answer
    "internal",  # a bug in this library: please report it
]


class FailedArticle(_Frozen):
    """One article of a batch that has no summary, and why. Never raised: returned in its place."""

    article_id: str
    error_type: str = Field(description="The exception's class name, e.g. SummaryFailedError.")
    reason: FailureReason
    message: str = Field(description="One line saying what went wrong and what to do.")
    attempts: int = Field(default=0, description="Model answers requested, including re-asks.")
    usage: Usage = Field(default_factory=Usage)
