"""Public result types. Pure pydantic: this module imports nothing else of ours
(the notebook and Markdown views and the DataFrame exports are imported lazily from
``_display``, ``_markdown`` and ``_export``, and ``raise_for_partial``'s error from
``_errors``).

Every offset is a character offset into ``ArticleSummary.text``: the article exactly
as the caller passed it, or the text extracted from an HTML page. So
``summary.text[item.start:item.end] == item.text`` always holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

if TYPE_CHECKING:
    from ._views.frames import DataFrame

__all__ = [
    "ArticleSummary",
    "Claim",
    "ClaimKind",
    "Event",
    "FailedArticle",
    "MissingPart",
    "Partial",
    "PartialReason",
    "Provenance",
    "Quote",
    "Span",
    "Speaker",
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


class Speaker(_Frozen):
    """One person or source of the article, listed once however often and however
    the article names them ("Esper", "Defense Secretary Mark Esper")."""

    id: str = Field(description="'P1', 'P2', ...: what quotes and claims point to.")
    name: str = Field(
        description="Canonical name: the fullest form the article gives ('Mark Esper'), "
        "or a description as written ('two US officials')."
    )
    role: str | None = Field(default=None, description="The role the article gives, e.g. 'Defense Secretary'.")
    kind: Literal["person", "organisation", "description"] = Field(
        description="A named person; a named organisation ('the Pentagon', 'Unison') where the "
        "text says so; or a description such as 'two US officials'."
    )
    mentions: list[Span] = Field(
        description="Where the article names this speaker as the source of a quote or claim "
        "(including resolved pronouns)."
    )


Attribution = Literal[
    "reporting_clause", "pronoun", "continuation", "model", "unresolved_pronoun", "unattributed", "unsupported_language"
]


class Quote(_Frozen):
    """A direct quote, verbatim, pointing to its speaker in ``ArticleSummary.speakers``."""

    text: str = Field(description="The quoted words, verbatim, without the quote marks.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    speaker_id: str | None = Field(description="ID of the speaker in ArticleSummary.speakers, or null if unattributed.")
    speaker_mention: Span | None = Field(
        default=None,
        description="The speaker as written in the reporting clause next to the quote ('Esper', 'he').",
    )
    cue: Span | None = Field(default=None, description="The reporting verb, e.g. 'said' or 'told'.")
    attribution: Attribution = Field(
        description="How the speaker was found: named in the reporting clause next to the "
        "quote; a pronoun there resolved from the text (gender, number, the previous "
        "reporting clause's subject); no clause, continuing the previous quote of the same "
        "paragraph; the model's choice (only models whose profile is trusted to choose "
        "speakers are asked); a pronoun the text does not settle (speaker_mention holds it); "
        "or nothing: no clause, and no trusted model named a speaker; or nothing because the "
        "article's language has no reporting-clause rules (Provenance.language) and no "
        "trusted model named a speaker."
    )


Granularity = Literal["day", "week", "month", "year"]


class When(_Frozen):
    """A time expression as written, and the period it resolves to.

    A resolved expression is a span of days, ``date`` to ``last_day`` (inclusive), at the
    ``granularity`` it is written in: "on Wednesday" a day (``date == last_day``), "last
    week" a week (Monday to Sunday), "in March 2019" a month, "in 2019" a year. A month
    is not a day: chart ``date`` only where ``granularity == "day"``, or draw the span.
    "earlier this month" is the month up to the publication date; "last weekend" the
    Saturday and Sunday (granularity "day", two days). Unresolved (no publication date
    for a relative expression, "the previous day", "a few weeks ago", or a bare weekday
    in a sentence with no tense): ``date``, ``last_day`` and ``granularity`` are None.

    >>> w = When(text="last week", date="2020-03-02", last_day="2020-03-08", granularity="week", resolution="resolved")
    >>> w.label
    '2020-03-02/2020-03-08'
    """

    text: str
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    date: dt.date | None = Field(
        default=None, description="The day, or the first day of the period, when the article makes it resolvable."
    )
    last_day: dt.date | None = Field(
        default=None, description="The last day of the period (inclusive); equal to date for a day."
    )
    granularity: Granularity | None = Field(
        default=None, description="What the expression names: a day, a week, a month or a year; None when unresolved."
    )
    resolution: Literal["resolved", "unresolved"]

    @model_validator(mode="before")
    @classmethod
    def _a_day_by_default(cls, data: Any) -> Any:
        # Results written before granularity existed resolved every expression to a day.
        if isinstance(data, dict) and data.get("resolution") == "resolved" and data.get("date") is not None:
            data = {"granularity": "day", "last_day": data["date"], **data}
        return data

    @model_validator(mode="after")
    def _consistent(self) -> When:
        resolved = (self.date, self.last_day, self.granularity)
        if self.resolution == "unresolved" and any(v is not None for v in resolved):
            raise ValueError("an unresolved time expression has no date, last_day or granularity")
        if self.resolution == "resolved" and None in resolved:
            raise ValueError("a resolved time expression has a date, a last_day and a granularity")
        if self.date is not None and self.last_day is not None and self.last_day < self.date:
            raise ValueError("last_day is before date")
        return self

    @property
    def label(self) -> str:
        """The period as ISO 8601 writes it: ``2020-03-11`` (a day), ``2020-03`` (a
        month), ``2019`` (a year), ``2020-03-02/2020-03-08`` (a week or a span of days);
        ``unresolved`` when unresolved."""
        if self.date is None or self.last_day is None:
            return "unresolved"
        whole_month = self.date.day == 1 and (self.last_day + dt.timedelta(days=1)).day == 1
        same_month = (self.date.year, self.date.month) == (self.last_day.year, self.last_day.month)
        if self.granularity == "year" and (self.date.month, self.date.day, self.last_day.month, self.last_day.day) == (
            1,
            1,
            12,
            31,
        ):
            return f"{self.date.year:04d}"
        if self.granularity == "month" and whole_month and same_month:
            return f"{self.date.year:04d}-{self.date.month:02d}"
        if self.date == self.last_day:
            return self.date.isoformat()
        return f"{self.date.isoformat()}/{self.last_day.isoformat()}"


class Event(_Frozen):
    """Who did what to whom, where and when."""

    what: str = Field(description="What happened: the model's words, or the clause as written (see what_from).")
    what_from: Literal["model", "text"] = Field(
        default="model",
        description="'model': the model chose this event by ID among the action clauses the text finds, "
        "and its arguments by ID among the clause's candidates (it never writes an argument), its what "
        "checked against the evidence; 'text': an action clause of the article's lead found in the text "
        "(its what is the clause as written, its arguments the clause's), given when the model reported "
        "no event.",
    )
    who: Span | None = Field(default=None, description="Who acted.")
    whom: Span | None = Field(default=None, description="On whom or what.")
    where: Span | None = None
    when: When | None = None
    evidence: list[Span] = Field(description="Sentences of the article that support the event.")
    reported_by: Span | None = Field(
        default=None,
        description="Where the event is told in someone's speech, inside a quote or an indirect-speech "
        "clause ('police said gunmen attacked ...'): that source as written; None when the article "
        "reports it itself.",
    )
    reported_by_id: str | None = Field(
        default=None, description="ID of that source in ArticleSummary.speakers, where the text names one."
    )


ClaimKind = Literal["indirect", "according_to", "blamed", "quote"]


class Claim(_Frozen):
    """An assertion and who makes it, found in the text as an attribution: its source,
    its cue and its content spans. The source is always written in the evidence: a name,
    a description, or a pronoun (with no ``source_id`` when the text does not resolve it)."""

    statement: str = Field(
        description="The assertion: the model's paraphrase, or the content as written (see statement_from)."
    )
    statement_from: Literal["model", "text"] = Field(
        default="model",
        description="'model': the model chose this claim and put it in its words, checked against the "
        "evidence; 'text': the content as written, the model having not chosen it (or given no answer).",
    )
    kind: ClaimKind | None = Field(
        default=None,
        description="How the text attributes it: indirect speech ('X said that ...', '..., X told "
        "Reuters'), 'according to X', 'X blamed ... for ...', or a direct quote.",
    )
    source_id: str | None = Field(description="ID of who makes the claim in ArticleSummary.speakers, or null.")
    source_span: Span | None = Field(
        default=None,
        description="Where the source is named: a name, a description, or a pronoun (unresolved: source_id null).",
    )
    cue: Span | None = Field(default=None, description="The cue: 'said', 'told', 'according to', 'blamed'.")
    content: list[Span] = Field(default_factory=list, description="What is claimed, as written.")
    evidence: list[Span] = Field(description="The sentences that hold the attribution.")


class Usage(_Frozen):
    """Tokens, calls and cost, summed over every attempt (re-asks and transport retries),
    every part of a long article and every article of a batch."""

    prompt_tokens: int = 0
    completion_tokens: int = Field(default=0, description="Output tokens, reasoning tokens included.")
    reasoning_tokens: int = Field(
        default=0, description="Of the completion tokens, those a reasoning model spent thinking."
    )
    calls: int = 0
    cost_usd: float | None = Field(
        default=None,
        description="What the answers cost in US dollars, from pydantic's genai-prices table; None when "
        "any answer's price is unknown (the embedded model, a local or OpenAI-compatible server, a model "
        "the table does not list) or no answer was asked of a model (all from the cache).",
    )

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def __add__(self, other: Usage) -> Usage:
        priced = [u.cost_usd for u in (self, other) if u.calls]
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            reasoning_tokens=self.reasoning_tokens + other.reasoning_tokens,
            calls=self.calls + other.calls,
            cost_usd=None if not priced or None in priced else sum(c for c in priced if c is not None),
        )

    @staticmethod
    def total(usages: Iterable[Usage]) -> Usage:
        """The sum of ``usages``: the cost is None unless every answer asked was priced."""
        result = Usage()
        for usage in usages:
            result = result + usage
        return result


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
    published_source: Literal["argument", "dateline", "footer", "metadata", "none"] = Field(
        description="Where the date came from: the published= argument, a dateline or "
        "header, a footer, an HTML page's metadata, or nowhere."
    )
    cached: bool = Field(
        default=False,
        description="True when every model answer came from the response cache; usage is then zero.",
    )
    chunks: int = Field(
        default=1,
        description="How many parts the article was split into to fit the model's context "
        "(1: it was summarized whole).",
    )
    input_format: Literal["text", "html"] = Field(
        default="text",
        description="'html' when the text was extracted from an HTML page; offsets then refer "
        "to ArticleSummary.text, the extracted text.",
    )
    schema_relaxed: list[str] = Field(
        default_factory=list,
        description="Enums left out of the JSON Schema sent, to keep it within the provider's "
        "documented limits (e.g. OpenAI strict: 1000 enum values), and enforced by the answer's "
        "validators alone, by JSON path: 'EventAnswer.evidence[]: 412 values checked by the "
        "validators, not the schema'.",
    )
    repairs: list[str] = Field(
        default_factory=list,
        description="What was repaired in the model's answers instead of asking again, in "
        'words, e.g. "Q3 attributed twice: kept the first" or "event 2: when \'last year\' '
        'not in the article: dropped". A dropped phrase is left out of the result.',
    )
    language: str = Field(
        default="en",
        description="The article's language (ISO 639-1), detected from its text or given as "
        "language=; the rules of that language ran on it (docs/guide/languages.md).",
    )


MissingPart = Literal["summary", "events", "claims", "quote_speakers"]
PartialReason = Literal["unavailable", "validation", "truncated", "refusal", "content_filter"]


class Partial(_Frozen):
    """What a partial summary lacks and why: the model gave no valid answer to at least
    one request, and the summary keeps everything found without it (text, quotes with
    the speakers their reporting clauses name, speakers, dates, provenance, usage)."""

    missing: list[MissingPart] = Field(
        min_length=1,
        description="What is missing or incomplete. 'summary': the model's summary; the article's lede "
        "stands in for it (summary_from 'lede'), or what the answered parts of a long article gave. "
        "'events': what the answered "
        "parts gave, or, when none was answered, the lead's action clauses found in the text "
        "(what_from 'text'). 'claims': the claims the text attributes are all there, but those of "
        "the unanswered parts are not in the model's words. 'quote_speakers': quotes with no "
        "reporting clause stay unattributed.",
    )
    reason: PartialReason = Field(description="Why, as FailedArticle.reason: the first failed request's reason.")
    error_type: str = Field(description="The first failed request's exception class, e.g. SummaryFailedError.")
    message: str = Field(description="One line saying what went wrong and what to do.")
    attempts: int = Field(default=0, description="Model answers the failed requests asked for, re-asks included.")


class ArticleSummary(_Frozen):
    """A grounded, structured summary of one news article.

    When the model gives no valid answer (it is unreachable, refuses, or every answer
    fails validation), the summary is *partial*: ``partial`` says what is missing and
    why. The summary is then the article's lede as written (``summary_from="lede"``),
    as it always is for a model that cannot write one (the embedded default). Events and
    claims found in the text are there all the same, in the text's words (``what_from``
    and ``statement_from`` say whose words). Check
    ``result.complete``, or call ``result.raise_for_partial()``.
    """

    article_id: str | None = Field(
        default=None,
        description="The article's ID: in a batch as given (a Path's is the path), else the first "
        "16 hex digits of the text's sha256, as a batch gives a text; None in summaries written before.",
    )
    text: str = Field(
        description="The article text every offset refers to: the input as given, or the "
        "main text extracted from an HTML input."
    )
    summary: str | None = Field(
        description="A short summary: the model's words, or the article's lede (see summary_from); None when "
        "the model gave none (see partial)."
    )
    summary_from: Literal["model", "lede"] | None = Field(
        default=None,
        description="'model': the model wrote or chose the summary, checked against the article; 'lede': "
        "the article's first body sentences as written (never a headline, dateline, byline, caption or "
        "credit), given by a model that cannot write a summary (the embedded default) or when the model gave "
        "none. None when there is no summary, and in summaries written before this field.",
    )
    speakers: list[Speaker] = Field(
        description="Everyone quoted or cited, once each; quotes and claims point here by ID."
    )
    events: list[Event] | None = Field(
        description="The model's events; the lead's action clauses found in the text (what_from 'text') "
        "when the model reported none or gave no answer. None only in summaries made before events "
        "were found in the text."
    )
    claims: list[Claim] | None = Field(
        description="The claims the text attributes to someone, each in the model's words where it "
        "chose it; found in the text, so there even in a partial summary."
    )
    quotes: list[Quote]
    dates: list[When] = Field(
        default_factory=list,
        description="Every time expression in the article ('on Wednesday', 'last week', "
        "'Sept. 4', 'in 2019'), as written, with the period it resolves to against the "
        "publication date (a day, week, month or year) or 'unresolved'. Found in the "
        "text, not by the model.",
    )
    provenance: Provenance
    usage: Usage
    partial: Partial | None = Field(
        default=None,
        description="None when the summary is complete; otherwise what the model did not give "
        "and why. Everything found in the text without the model is there either way.",
    )

    @model_validator(mode="after")
    def _none_only_when_partial(self) -> ArticleSummary:
        if self.partial is None:
            absent = [name for name in ("summary", "events", "claims") if getattr(self, name) is None]
            if absent:
                raise ValueError(f"{', '.join(absent)} may be null only in a partial summary")
        return self

    @property
    def complete(self) -> bool:
        """True when the model answered every request: nothing is missing."""
        return self.partial is None

    def raise_for_partial(self) -> ArticleSummary:
        """Return this summary if it is complete; raise ``PartialSummaryError`` if it is not.

        >>> result = summarize(text).raise_for_partial()  # doctest: +SKIP
        """
        if self.partial is None:
            return self
        # Imported here: the errors module imports this one.
        from ._errors import PartialSummaryError

        raise PartialSummaryError(self)

    def _require(self, part: MissingPart) -> None:
        """Refuse to build a view of a part the model gave nothing for."""
        if getattr(self, part) is None:
            self.raise_for_partial()

    def __repr__(self) -> str:
        """A few hundred characters, not the whole article: what it is and what it holds.
        ``model_dump()`` gives everything; a notebook shows the rich view (``_repr_html_``)
        and rich's pretty printer every field (pydantic's ``__rich_repr__``)."""
        summary = self.summary if self.summary is None or len(self.summary) <= 120 else self.summary[:119] + "…"
        ident = (
            self.article_id if self.article_id is None or len(self.article_id) <= 60 else "…" + self.article_id[-59:]
        )
        counts = ", ".join(
            f"{len(items)} {name}"
            for name, items in (
                ("speakers", self.speakers),
                ("quotes", self.quotes),
                ("events", self.events),
                ("claims", self.claims),
                ("dates", self.dates),
            )
            if items is not None
        )
        state = "complete" if self.partial is None else f"partial, missing {', '.join(self.partial.missing)}"
        return (
            f"<ArticleSummary {ident!r} {state}: {counts}; summary={summary!r}; "
            f"{len(self.text)} characters; {self.provenance.provider}/{self.provenance.model[:40]}>"
        )

    def __str__(self) -> str:
        return repr(self)

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        """The speaker with this ID ("P1"), or None for None or an unknown ID."""
        if speaker_id is None:
            return None
        return next((s for s in self.speakers if s.id == speaker_id), None)

    def to_html(self, *, page: bool = False) -> str:
        """Self-contained HTML: the article with each quote highlighted in its speaker's
        colour, tables of events, claims, quotes and speakers, and the provenance.
        Hovering a row outlines its evidence in the article; nothing is fetched from
        the network. ``page=True`` gives a whole HTML document instead of a fragment.

        >>> Path("summary.html").write_text(result.to_html(page=True), encoding="utf-8")  # doctest: +SKIP
        """
        from ._views.html import to_html

        return to_html(self, page=page)

    def _repr_html_(self) -> str:
        """Jupyter's view of a summary: see ``to_html``."""
        return self.to_html()

    def to_markdown(self) -> str:
        """Markdown: the summary, then tables of speakers, quotes, events and claims.

        >>> print(result.to_markdown())  # doctest: +SKIP
        """
        from ._views.markdown import to_markdown

        return to_markdown(self)

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def quotes_df(self) -> DataFrame:
        """The quotes as a pandas DataFrame, one row per quote, in this column order:
        ``article_id``, ``start``, ``end``, ``text``, ``speaker_id``, ``speaker_name``,
        ``speaker_role``, ``attribution``.

        Offsets are ``Int64``, text columns the ``string`` dtype with ``<NA>`` for None.
        Needs pandas: ``pip install pandas``.

        >>> df = result.quotes_df()  # doctest: +SKIP
        >>> df[df.speaker_name == "Dominic Raab"].text  # doctest: +SKIP
        """
        from ._views.frames import quotes_df

        return quotes_df([self])

    def events_df(self) -> DataFrame:
        """The events as a pandas DataFrame, one row per event, in this column order:
        ``article_id``, ``start``, ``end``, ``what``, ``who``, ``whom``, ``where``,
        ``when``, ``date``, ``evidence``, ``evidence_text``.

        ``who``, ``whom``, ``where`` and ``when`` are the text as written; ``date`` is
        ``when`` resolved, as ``datetime64[s]`` (``NaT`` when unresolved or absent).
        ``start`` and ``end`` run from the first evidence sentence to the end of the last
        (``<NA>`` without evidence), ``evidence`` lists every ``(start, end)`` and
        ``evidence_text`` joins those sentences with a space.
        Needs pandas: ``pip install pandas``.

        Raises ``PartialSummaryError`` when ``events`` is None (a partial summary).

        >>> result.events_df().sort_values("date")[["date", "what"]]  # doctest: +SKIP
        """
        self._require("events")
        from ._views.frames import events_df

        return events_df([self])

    def claims_df(self) -> DataFrame:
        """The claims as a pandas DataFrame, one row per claim, in this column order:
        ``article_id``, ``start``, ``end``, ``statement``, ``statement_from``, ``kind``,
        ``source_id``, ``source_name``, ``source_text``, ``cue``, ``evidence``, ``evidence_text``.

        ``kind`` is how the text attributes it (``indirect``, ``according_to``, ``blamed``,
        ``quote``), ``source_text`` and ``cue`` the source and the cue as written ("Esper",
        "told"); the evidence columns are as in ``events_df``.
        Needs pandas: ``pip install pandas``.
        Raises ``PartialSummaryError`` when ``claims`` is None (a partial summary).

        >>> result.claims_df()[["source_name", "statement"]]  # doctest: +SKIP
        """
        self._require("claims")
        from ._views.frames import claims_df

        return claims_df([self])

    def dates_df(self) -> DataFrame:
        """The time expressions as a pandas DataFrame, one row per expression, in this
        column order: ``article_id``, ``start``, ``end``, ``text``, ``date``,
        ``last_day``, ``granularity``, ``label``, ``resolution``.

        ``date`` and ``last_day`` are ``datetime64[s]`` (``NaT`` when unresolved).
        Needs pandas: ``pip install pandas``.

        >>> result.dates_df().query("granularity == 'day'")[["text", "date"]]  # doctest: +SKIP
        """
        from ._views.frames import dates_df

        return dates_df([self])

    def speakers_df(self) -> DataFrame:
        """The speakers as a pandas DataFrame, one row per speaker, in this column order:
        ``article_id``, ``speaker_id``, ``name``, ``role``, ``kind``, ``mentions`` (how
        often the article names them as a source), ``quotes`` and ``claims`` (how many
        point to them).
        Needs pandas: ``pip install pandas``.

        >>> result.speakers_df().sort_values("quotes", ascending=False)  # doctest: +SKIP
        """
        from ._views.frames import speakers_df

        return speakers_df([self])


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
