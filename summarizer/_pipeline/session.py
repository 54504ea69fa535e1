"""One article, as ``Session.summarize`` does it: prepare, split a long article into
parts, look in the cache, ask, validate, resolve and merge. A ``Summarizer`` holds one
``Session`` for all of its calls.

A request the model gives no answer to (unreachable, refusing, invalid or cut off
after every retry) does not lose the article: what the text gives without the model
is kept, and the summary is marked partial (``ArticleSummary.partial``), unless the
caller passes ``allow_partial=False``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import hashlib
import logging
import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit

from pydantic import ValidationError
from tenacity import AsyncRetrying

from .._errors import (
    ArticleTooLongError,
    InvalidArticleError,
    ModelUnavailableError,
    SummaryFailedError,
    one_line,
)
from .._llm import embedded as _embedded
from .._llm import profiles as _profiles
from .._llm.batch_api import Outcome
from .._llm.cache import CacheOption, Entry, ResponseCache, open_cache
from .._llm.cache import key as cache_key
from .._llm.client import Answer, Connection, first_request
from .._llm.endpoint import Endpoint
from .._llm.prompts import REDUCE_PROMPT_VERSION, Prompt, render
from .._llm.ratelimit import CHARS_PER_TOKEN, RateLimiter
from .._text.analysis import TextAnalysis, analyse
from .._text.article import PreparedArticle, news_dateline
from .._text.attribution import ClauseAttribution
from .._text.html import extract as extract_html
from .._text.html import looks_like_html
from .._text.segment import glued_caption, glued_headline, opens_dateline
from .._text.speakers import SpeakerList
from .._version import __version__
from ..models import ArticleSummary, MissingPart, Partial, PartialReason, Provenance, Usage, When
from . import chunks as _chunks
from . import events as _events
from . import resolve as _resolve
from .answer import AnswerSpec, answer_spec, summary_spec
from .events import EventOffer

log = logging.getLogger(__name__)
T = TypeVar("T")
Published = str | dt.date | None

DEFAULT_MAX_RETRIES = 2
DEFAULT_TIMEOUT_S = _profiles.DEFAULT_TIMEOUT_S
EMBEDDED_TIMEOUT_S = _profiles.EMBEDDED_TIMEOUT_S
# Conservative: English news averages about 4 characters per token; quotes,
# names and numbers tokenise worse, so plan for 3 (the rate limiter's estimate too).
_CHARS_PER_TOKEN = CHARS_PER_TOKEN
# Article tokens per part when the context allows more: smaller parts are answered
# more carefully, and the instructions repeated per part cost only a few percent.
DEFAULT_PART_TOKENS = 6000
# A guard against runaway cost, not a length limit: 64 parts is about 1.1 million
# characters at the default part size. max_parts=None lifts it.
DEFAULT_MAX_PARTS = 64


async def _gather(calls: list[Awaitable[T]]) -> list[T]:
    """Run the parts' requests concurrently; the first exception cancels the rest."""
    tasks = [asyncio.ensure_future(c) for c in calls]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


@dataclass(frozen=True)
class FirstRequest:
    """A request as a provider batch job takes it (see ``Session.first_requests``)."""

    key: str  # the response-cache key: the sync path looks its answer up under it
    path: str  # below the base URL
    body: dict[str, Any]
    cached: bool  # the response cache answers it already: nothing to submit


@dataclass(frozen=True)
class NoAnswer:
    """A request the model gave no valid answer to: kept, so that the article degrades
    to a partial summary instead of being lost."""

    error: ModelUnavailableError | SummaryFailedError

    @property
    def reason(self) -> PartialReason:
        return "unavailable" if isinstance(self.error, ModelUnavailableError) else self.error.reason

    @property
    def usage(self) -> Usage:
        return self.error.usage

    @property
    def attempts(self) -> int:
        return self.error.attempts


# What to do about a request with no answer, by reason; the error's own message may
# say it too, but it can be clipped.
_ADVICE: dict[PartialReason, str] = {
    "unavailable": "check that the model is reachable, then run again",
    "validation": "try a stronger model (model=..., base_url=...) or a larger max_retries",
    "truncated": "use a model with a larger output budget",
    "refusal": "the model declined; try another model",
    "content_filter": "the provider's content filter stopped it; try another model or provider",
}


def _partial(
    requests: list[_Request], outcomes: list[Answer | NoAnswer], final: Answer | NoAnswer | None, *, lede: bool
) -> Partial | None:
    """What the summary lacks because the model gave no answer, or None if nothing. With
    ``lede`` the summary is the article's lede, which no answer is asked for; otherwise a
    lede given in place of the model's summary leaves the summary missing all the same."""
    failed = [(r, o) for r, o in zip(requests, outcomes, strict=True) if isinstance(o, NoAnswer)]
    no_answers = [o for _, o in failed] + ([final] if isinstance(final, NoAnswer) else [])
    if not no_answers:
        return None
    # A failed part takes its events and claims with it, and the summary written from
    # the parts' summaries lacks its share; a failed final call only the summary.
    missing: list[MissingPart] = [] if lede else ["summary"]
    if failed:
        missing += ["events", "claims"]
    # Open quotes (no reporting clause) of a failed part stay unattributed, unless an
    # answered part that overlaps it was asked about them too.
    asked = {
        q for r, o in zip(requests, outcomes, strict=True) if isinstance(o, Answer) for q in r.spec.unresolved_quotes
    }
    if any(q not in asked for r, _ in failed for q in r.spec.unresolved_quotes):
        missing.append("quote_speakers")

    first = no_answers[0]
    if len(requests) == 1:
        what = "the model gave no answer"
    else:
        pieces = [f"{len(failed)} of {len(requests)} parts got no answer from the model"] if failed else []
        if isinstance(final, NoAnswer):
            pieces.append("the final summary of the parts got no answer")
        what = " and ".join(pieces)
    return Partial(
        missing=missing,
        reason=first.reason,
        error_type=type(first.error).__name__,
        message=one_line(f"{what}; {_ADVICE[first.reason]}. First error: {first.error}"),
        attempts=sum(o.attempts for o in no_answers),
    )


def parse_published(value: object) -> dt.date | None:
    """The ``published=`` argument as a date: an ISO string ("2020-03-13", also with a
    time), a ``datetime.date`` or ``datetime.datetime`` (its date), or None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):  # before date: a datetime is a date too
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise TypeError(f"published must be an ISO date string, a datetime.date or None, not {type(value).__name__}")
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(value.strip()).date()
    except ValueError:
        raise InvalidArticleError(
            f"published={value!r} is not an ISO date; give it as 'YYYY-MM-DD' (e.g. '2020-03-13'), "
            "a datetime.date, or None to read it from the article"
        ) from None


def _combined_hash(specs: list[AnswerSpec]) -> str:
    if len(specs) == 1:
        return specs[0].schema_hash
    joined = ",".join(spec.schema_hash for spec in specs)
    return hashlib.sha256(joined.encode()).hexdigest()[:16]


def _check_text(article: object) -> str:
    if not isinstance(article, str):
        raise TypeError(
            f"article must be str, not {type(article).__name__}"
            + ("; decode bytes first, e.g. data.decode('utf-8')" if isinstance(article, bytes | bytearray) else "")
        )
    if not article.strip():
        raise InvalidArticleError("the article is empty or only whitespace; there is nothing to summarize")
    if not any(ch.isalnum() for ch in article):
        raise InvalidArticleError(
            "the article has no words (no letters or digits, only marks or invisible characters); "
            "there is nothing to summarize"
        )
    return article


def _estimate_tokens(chars: int) -> int:
    return math.ceil(chars / _CHARS_PER_TOKEN)


def _check_fits(endpoint: Endpoint, prompt: Prompt, schema_chars: int) -> None:
    # The schema goes to the server either way; count it, since some servers put it
    # into the prompt.
    profile = endpoint.profile
    estimated = _estimate_tokens(len(prompt.system) + len(prompt.user) + schema_chars)
    budget = profile.context_tokens - profile.max_tokens
    if estimated > budget:
        raise ArticleTooLongError(
            f"one part of the article is too long for {endpoint.label}: its prompt is about "
            f"{estimated} tokens but the model's context is {profile.context_tokens} tokens, of "
            f"which {profile.max_tokens} are kept for the answer (limit: about {budget} prompt "
            "tokens). A single sentence this long cannot be split; use a model with a larger "
            "context.",
            estimated_tokens=estimated,
            limit_tokens=budget,
        )


def _part_budget_tokens(endpoint: Endpoint, part_tokens: int | None) -> int:
    """Article tokens per part: the caller's budget, else half of what the model's
    context leaves after the answer (the other half is for the instructions, the
    quotes list and the schema), at most DEFAULT_PART_TOKENS."""
    if part_tokens is not None:
        if part_tokens < 100:
            raise ValueError(f"part_tokens must be at least 100, not {part_tokens}")
        return part_tokens
    return min(DEFAULT_PART_TOKENS, (endpoint.profile.context_tokens - endpoint.profile.max_tokens) // 2)


@dataclass(frozen=True)
class _Request:
    part: _chunks.Part
    spec: AnswerSpec
    prompt: Prompt


def _part_request(
    analysis: TextAnalysis, endpoint: Endpoint, part: _chunks.Part, parts: int, offers: tuple[EventOffer, ...]
) -> _Request:
    """The request for one part: its quotes and sentences, the names the model may give a
    quote that has no reporting clause, the article's claim candidates and event
    candidates (``offers``) in this part."""
    prepared = analysis.article
    attributions = analysis.attributions
    candidates = analysis.claims
    by_id = {a.quote_id: a for a in attributions}
    quoted = [(q, by_id[q.id]) for q in part.quotes]
    # A model not trusted to choose speakers is not asked: those quotes stay unattributed.
    unresolved = [q.id for q, a in quoted if _open(a)] if endpoint.profile.chooses_speakers else []
    speakers = list(analysis.speaker_choices) if unresolved else []
    extractive = endpoint.profile.extractive_summary
    in_part = set(part.sentence_ids)
    offered = [c for c in candidates if in_part.issuperset(c.sentence_ids)]
    events = _events.in_part(offers, part.sentence_ids)
    spec = answer_spec(
        prepared,
        unresolved_quotes=unresolved,
        speakers=speakers,
        candidates=offered,
        events=events,
        extractive_summary=extractive,
    )
    prompt = render(
        extractive_summary=extractive,
        published=prepared.published.isoformat() if prepared.published else None,
        part=part.number if parts > 1 else None,
        parts=parts,
        sentences=part.sentences,
        quotes=[
            {
                "id": q.id,
                "text": q.text,
                "speaker": a.speaker.name if a.speaker else (_mention(prepared, a) if a.pronoun else None),
            }
            for q, a in quoted
        ],
        ask_speakers=bool(unresolved),
        speakers=speakers,
        ask_claims=bool(offered),
        ask_events=bool(events),
        attributions=[
            {
                "id": c.id,
                "sentences": ", ".join(c.sentence_ids),
                "source": prepared.text[c.source[0] : c.source[1]],
                "speaker": c.speaker.name if c.speaker else None,
            }
            for c in offered
        ],
        events=[_event_prompt(prepared.text, e) for e in events],
    )
    return _Request(part, spec, prompt)


def _event_prompt(text: str, offer: EventOffer) -> dict[str, Any]:
    """An event candidate as the prompt lists it: its sentence and verb, who reports it,
    and each argument labelled with the role the clause gives it, or else its kind."""
    return {
        "id": offer.id,
        "sentence": offer.sentence_id,
        "verb": text[offer.verb[0] : offer.verb[1]],
        "reported_by": text[offer.reporter.source[0] : offer.reporter.source[1]] if offer.reporter else None,
        "arguments": [
            {"id": a.id, "label": a.role or a.kind, "text": text[a.span[0] : a.span[1]]} for a in offer.arguments
        ],
    }


# The lede: the first body sentences, up to this many, and no more once this many
# characters are reached (one long opening sentence is a summary on its own).
LEDE_SENTENCES = 2
LEDE_CHARS = 200
# What glues a dateline to the story in scraped text: hyphens, dashes and blanks.
_GLUE = "-–— \t\u00a0"


def _lede(prepared: PreparedArticle) -> str | None:
    """The article's lede as written: its first body sentences (never a headline,
    dateline line, byline, caption or credit), less a news dateline opening the first
    ("WASHINGTON (Reuters) -"); None when the article has no body sentence."""
    text = prepared.text
    body = prepared.body_sentences
    # The article's dateline, or one opening its first body sentence after a headline (the
    # article finds datelines only where the body starts); it may run past that sentence
    # when the splitter ends one at an abbreviation ("RENO, Nev. (AP) —").
    skip = 0
    # A dek between the headline and the story ("After Brexit, bloc aims to rely less on
    # U.S. support." over "BRUSSELS - European leaders ..."): a paragraph among the first
    # that a news dateline opens is where the story starts.
    for k in range(1, min(len(body), LEDE_SENTENCES + 1)):
        sentence = body[k]
        if "\n" in text[body[k - 1].end : sentence.start] and opens_dateline(text, sentence.start, sentence.end):
            body = body[k:]
            break
    if body:
        first = body[0]
        dateline = prepared.dateline
        if dateline is None or not first.start <= dateline[0] < first.end:
            found = news_dateline(text, first.start, len(text))
            dateline = found[0] if found is not None else None
        if dateline is not None and first.start <= dateline[0] < first.end:
            skip = dateline[1]
        else:
            skip = opens_dateline(text, first.start, first.end) or glued_headline(text, first.start, first.end) or 0
    pieces: list[str] = []
    for sentence in body:
        piece = text[max(sentence.start, skip) : sentence.end].strip()
        if skip > sentence.start:
            piece = piece.lstrip(_GLUE)  # "WASHINGTON —\u00a0-The battle ...": the glue after a dateline
        # A caption glued on with a hyphen ends the lede: "... on the same day.-FILE - ...".
        caption = glued_caption(piece)
        if caption is not None:
            piece = piece[:caption].strip()
        if piece:
            pieces.append(piece)
        if caption is not None or len(pieces) >= LEDE_SENTENCES or sum(map(len, pieces)) >= LEDE_CHARS:
            break
    return " ".join(pieces) if pieces else None


def _dates(analysis: TextAnalysis) -> list[When]:
    """The body's time expressions resolved: English by the pipeline's resolver, another
    language by its calendar words (absolute dates alone for a language without them)."""
    found = analysis.dates()
    return _resolve.dates(analysis.article) if found is None else found


def _open(attribution: ClauseAttribution) -> bool:
    # Only quotes with no reporting clause go to the model; a pronoun clause is
    # resolved from the text or flagged, never guessed.
    return attribution.speaker is None and not attribution.pronoun


def _mention(prepared: PreparedArticle, attribution: ClauseAttribution) -> str | None:
    if attribution.mention is None:
        return None
    return prepared.text[attribution.mention[0] : attribution.mention[1]]


def whole_request(analysis: TextAnalysis, endpoint: Endpoint) -> tuple[AnswerSpec, Prompt]:
    """The request for a whole article in one part, as ``summarize`` would send it first
    (for the benchmarks and tests of what a request holds)."""
    request = _part_request(analysis, endpoint, _chunks.whole(analysis.article), 1, _offers(analysis, endpoint))
    return request.spec, request.prompt


def _offers(analysis: TextAnalysis, endpoint: Endpoint) -> tuple[EventOffer, ...]:
    """The event candidates offered to the model, by ID: none to a profile not asked for events."""
    return _events.offers(analysis) if endpoint.profile.reports_events else ()


def _too_many_parts(chars: int, part_tokens: int, max_parts: int, parts: int | None) -> ArticleTooLongError:
    would = f"would take {parts} parts" if parts else "would take more parts"
    return ArticleTooLongError(
        f"the article ({chars} characters, about {_estimate_tokens(chars)} tokens) {would} of "
        f"about {part_tokens} tokens than max_parts={max_parts}, a guard against runaway cost. "
        "Pass max_parts=None (or a larger number) to summarize it anyway, or part_tokens= for "
        "larger parts.",
        estimated_tokens=_estimate_tokens(chars),
        limit_tokens=max_parts * part_tokens,
    )


def _plan(analysis: TextAnalysis, endpoint: Endpoint, part_chars: int, max_parts: int | None) -> list[_Request]:
    """The requests for the article's parts, each checked to fit the context."""
    prepared = analysis.article
    parts = _chunks.split(prepared, part_chars)
    if max_parts is not None and len(parts) > max_parts:
        raise _too_many_parts(
            prepared.body_end - prepared.body_start,
            math.ceil(part_chars / _CHARS_PER_TOKEN),
            max_parts,
            len(parts),
        )
    offers = _offers(analysis, endpoint)
    pending = list(parts)
    built: list[_Request] = []
    while pending:
        part = pending.pop(0)
        request = _part_request(analysis, endpoint, part, len(parts), offers)
        try:
            _check_fits(endpoint, request.prompt, len(str(request.spec.json_schema)))
        except ArticleTooLongError:
            if len(part.sentences) == 1:
                raise
            # The quotes and names of this part made its prompt larger than planned.
            pending[:0] = _chunks.halves(prepared, part)
            continue
        built.append(request)
    if len(built) != len(parts):
        # Renumbered after halving, so that each prompt says "part k of n" truthfully.
        renumbered = [replace(r.part, number=n) for n, r in enumerate(built, start=1)]
        built = [_part_request(analysis, endpoint, p, len(built), offers) for p in renumbered]
    return built


class Session:
    """What every call of a ``Summarizer`` shares: the endpoint, one HTTP connection
    pool, the cache, the limit on requests in flight, the rate limiter (requests and
    tokens per minute).

    The connection opens on the first cache miss, so a run served from the cache
    never starts the embedded model.
    """

    def __init__(
        self,
        endpoint: Endpoint,
        *,
        timeout: float | None,
        max_retries: int | AsyncRetrying,
        cache: CacheOption,
        part_tokens: int | None = None,
        max_parts: int | None = DEFAULT_MAX_PARTS,
        max_requests: int | None = None,
        rpm: int | None = None,
        tpm: int | None = None,
        language: str | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.language = language.lower() if language else None
        # A hosted provider's limits are not known until its first answer tells them:
        # without rpm= requests go one per second until then (see _llm.ratelimit).
        self.limiter: RateLimiter | None = RateLimiter(
            rpm=rpm, tpm=tpm, cautious=rpm is None and bool(endpoint.profile.key_env)
        )
        # Requests in flight at once, over every article and part of this session.
        if max_requests is None:
            max_requests = endpoint.profile.max_requests
        self._slots = asyncio.Semaphore(max_requests)
        if timeout is not None and not timeout > 0:
            raise ValueError(f"timeout must be a positive number of seconds, not {timeout}")
        self.timeout = endpoint.profile.default_timeout if timeout is None else timeout
        self.max_retries = max_retries
        self.part_tokens = _part_budget_tokens(endpoint, part_tokens)
        self.part_chars = int(self.part_tokens * _CHARS_PER_TOKEN)
        if max_parts is not None and max_parts < 1:
            raise ValueError(f"max_parts must be at least 1 or None, not {max_parts}")
        self.max_parts = max_parts
        self.cache = open_cache(cache)
        # Answers of a provider batch job by request key (see batch_jobs): a completion
        # to validate in place of the first request, or why the batch gave none.
        self.batch_answers: dict[str, Outcome] = {}
        self._connection: Connection | None = None
        self._lock = asyncio.Lock()

    @property
    def _starts_server(self) -> bool:
        return self.endpoint.profile.starts_server and self.endpoint.base_url is None

    async def connection(self) -> Connection:
        async with self._lock:
            url = self.endpoint.base_url
            if self._starts_server:
                # Starting the server loads the model (about a second); keep the loop
                # free. Asked every time: after a crash the next request gets a fresh
                # server, on a new port.
                url = await asyncio.to_thread(_embedded.server_url)
            if self._connection is not None and self._connection.base_url != url:
                await self._connection.aclose()
                self._connection = None
            if self._connection is None:
                self._connection = Connection(self.endpoint, url, self.timeout, self.limiter)
            return self._connection

    async def __aenter__(self) -> Session:
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._connection is not None:
            await self._connection.aclose()

    async def summarize(
        self,
        article: object,
        *,
        published: Published = None,
        article_id: str | None = None,
        allow_partial: bool = True,
    ) -> ArticleSummary:
        """One article's summary; see :func:`summarize`. With ``allow_partial`` a
        request the model gives no answer to makes the summary partial instead of
        raising."""
        text, input_format, analysis, requests = self._prepare(article, published)
        prepared = analysis.article
        if len(requests) > 1:
            log.info("article %s is long: summarizing it in %d parts", article_id or "", len(requests))
        asks = [functools.partial(self._ask, r.spec, r.prompt, prepared) for r in requests]
        outcomes = await _gather([self._attempt(ask, allow_partial) for ask in asks])

        # The answers' fields depend on their shape (see _answer): read by name.
        values: list[Any] = [o.value for o in outcomes if isinstance(o, Answer)]
        speakers = SpeakerList(prepared)
        model_speakers: dict[str, str] = {}
        for value in values:
            for chosen in getattr(value, "quote_speakers", []):
                model_speakers.setdefault(chosen.quote, chosen.speaker)
        # Quotes, speakers, claims and dates come from the text: they are there even when
        # no request was answered (claims then as written, not in the model's words).
        # So do the lead's events when the model reports none.
        quotes = _resolve.quotes(prepared, list(analysis.attributions), model_speakers, speakers)
        if not analysis.supported:
            # No rules for this language: a quote no model chose a speaker for says why.
            quotes = [
                q.model_copy(update={"attribution": "unsupported_language"}) if q.attribution == "unattributed" else q
                for q in quotes
            ]
        chosen = [c for v in values for c in getattr(v, "claims", [])]
        claims = _resolve.claims(prepared, list(analysis.claims), chosen, speakers)
        events = _chunks.merge_events(
            [
                _resolve.events(prepared, getattr(o.value, "events", []), r.spec.context.events, speakers)
                for r, o in zip(requests, outcomes, strict=True)
                if isinstance(o, Answer)
            ]
        )
        if not events:
            # The model reported no event, or gave no answer: the lead's action clauses.
            events = _resolve.text_events(prepared, list(analysis.lead_events), list(analysis.claims), speakers)
        summary, final = await self._summary(prepared, values, len(requests), allow_partial)
        summary_from: Literal["model", "lede"] | None = "model" if summary is not None else None
        if self.endpoint.profile.extractive_summary or summary is None:
            # A model that cannot write a summary only picks sentences, and a small one
            # picks the first, headline or not: the lede is the honest summary, said to be
            # one. A model that wrote none (no answer) leaves the lede too.
            lede = _lede(prepared)
            if lede is not None:
                summary, summary_from = lede, "lede"
        speaker_list, ids = speakers.finish()

        every = [*outcomes, *([final] if final is not None else [])]
        return ArticleSummary(
            article_id=article_id,
            text=text,
            summary=summary,
            summary_from=summary_from,
            speakers=speaker_list,
            events=[e.model_copy(update={"reported_by_id": ids.get(e.reported_by_id or "")}) for e in events],
            claims=[c.model_copy(update={"source_id": ids.get(c.source_id or "")}) for c in claims],
            quotes=[q.model_copy(update={"speaker_id": ids.get(q.speaker_id or "")}) for q in quotes],
            dates=_dates(analysis),
            provenance=self._provenance(analysis, requests, every, input_format, reduced=final is not None),
            usage=Usage.total(o.usage for o in every),
            partial=_partial(requests, outcomes, final, lede=self.endpoint.profile.extractive_summary),
        )

    def _prepare(
        self, article: object, published: Published
    ) -> tuple[str, Literal["text", "html"], TextAnalysis, list[_Request]]:
        """The article's text, its format, what the text layer finds in it, and the
        requests for its parts."""
        text = _check_text(article)
        published_date = parse_published(published)
        input_format: Literal["text", "html"] = "text"
        page_date = None
        if looks_like_html(text):
            page = extract_html(text)
            text, input_format, page_date = page.text, "html", page.published
        if self.max_parts is not None and len(text) > self.max_parts * self.part_chars:
            # Certainly more parts than allowed: refuse before the work of preparing it.
            raise _too_many_parts(len(text), self.part_tokens, self.max_parts, None)
        analysis = analyse(text, published=published_date, page_published=page_date, language=self.language)
        if not analysis.sentences:
            raise InvalidArticleError("the article has no text besides its metadata lines")
        requests = _plan(analysis, self.endpoint, self.part_chars, self.max_parts)
        return text, input_format, analysis, requests

    def first_requests(self, article: object, *, published: Published = None) -> list[FirstRequest]:
        """The requests ``summarize`` sends first for ``article`` (one per part; the final
        summary of a long article's parts depends on their answers, so it is not here),
        each with the key ``_ask`` finds its answer under, and whether the response
        cache already answers it. Raises as ``summarize`` does for input it refuses."""
        _, _, analysis, requests = self._prepare(article, published)
        prepared = analysis.article
        found = []
        for request in requests:
            if not request.spec.asks:
                continue  # nothing to ask the model: no request is made (see _ask)
            messages = request.prompt.messages()
            key = self._key(request.spec, request.prompt, prepared)
            path, body = first_request(self.endpoint, messages, request.spec)
            cached = self.cache is not None and self._cached_answer(self.cache, key, request.spec) is not None
            found.append(FirstRequest(key=key, path=path, body=body, cached=cached))
        return found

    @staticmethod
    async def _attempt(call: Callable[[], Awaitable[Answer]], allow_partial: bool) -> Answer | NoAnswer:
        """The answer, or with ``allow_partial`` the model's failure to give one.

        ``call`` makes the request when called: a coroutine made before this one starts
        would never be awaited if this one is cancelled first.
        """
        try:
            return await call()
        except (ModelUnavailableError, SummaryFailedError) as exc:
            if not allow_partial:
                raise
            log.info("a request got no answer (%s): %s", type(exc).__name__, one_line(exc))
            return NoAnswer(exc)

    async def _summary(
        self, prepared: PreparedArticle, values: list[Any], parts: int, allow_partial: bool
    ) -> tuple[str | None, Answer | NoAnswer | None]:
        """The article's summary (None when the model gave none), and the outcome of the
        final call that writes it from the parts' summaries, when there is one."""
        if not values:
            return None, None  # nothing to summarize from; the final call is not made
        if self.endpoint.profile.extractive_summary:
            return None, None  # asked for no summary: the summary is the lede
        if parts == 1:
            return str(values[0].summary), None
        # Some parts may have failed: a summary of the others is still worth having,
        # and the result says it is partial.
        reduce = functools.partial(self._reduce, prepared, [v.summary for v in values])
        final = await self._attempt(reduce, allow_partial)
        if isinstance(final, NoAnswer):
            return None, final
        return str(getattr(final.value, "summary")), final  # noqa: B009  (typed as BaseModel)

    def _provenance(
        self,
        analysis: TextAnalysis,
        requests: list[_Request],
        outcomes: list[Answer | NoAnswer],
        input_format: Literal["text", "html"],
        *,
        reduced: bool,
    ) -> Provenance:
        """What produced the summary; ``reduced``: the final call that writes a long
        article's summary from its parts' summaries was made."""
        endpoint = self.endpoint
        prepared = analysis.article
        url = self._connection.base_url if self._connection else endpoint.base_url
        # The prompts of the requests, and the final call's where it was made:
        # "summarize.v4", or "summarize.v4+reduce.v1" for an article summarized in parts.
        versions = [r.prompt.version for r in requests] + ([REDUCE_PROMPT_VERSION] if reduced else [])
        asked = [o for o in outcomes if not (isinstance(o, Answer) and o.attempts == 0 and not o.cached)]
        return Provenance(
            model=endpoint.model,
            provider=endpoint.provider,
            base_url_host=request_host(endpoint, url),
            prompt_version="+".join(dict.fromkeys(versions)),
            schema_hash=_combined_hash([r.spec for r in requests]),
            library_version=__version__,
            attempts=sum(o.attempts for o in outcomes),
            published=prepared.published,
            published_source=prepared.published_source,
            # A request with no answer was sent to the model: its cost is in usage.
            # A request that asked nothing was neither sent nor cached.
            cached=bool(asked) and all(isinstance(o, Answer) and o.cached for o in asked),
            chunks=len(requests),
            input_format=input_format,
            schema_relaxed=[x for o in outcomes if isinstance(o, Answer) for x in o.relaxed],
            repairs=[r for o in outcomes if isinstance(o, Answer) for r in o.repairs],
            language=analysis.language,
        )

    async def _reduce(self, prepared: PreparedArticle, summaries: list[Any]) -> Answer:
        """One summary of the whole article from its parts' summaries."""
        spec = summary_spec(prepared)
        prompt = render(
            REDUCE_PROMPT_VERSION,
            extractive_summary=False,
            published=prepared.published.isoformat() if prepared.published else None,
            sentences=[],
            parts=summaries,
        )
        return await self._ask(spec, prompt, prepared)

    def _key(self, spec: AnswerSpec, prompt: Prompt, prepared: PreparedArticle) -> str:
        """The request's response-cache key (also the key of its provider-batch answer)."""
        endpoint = self.endpoint
        return cache_key(
            provider=endpoint.provider,
            model=endpoint.model,
            base_url=endpoint.base_url,
            prompt_version=prompt.version,
            schema_hash=spec.schema_hash,
            params=endpoint.profile.generation(),
            messages=prompt.messages(),
            article=prepared.text,
            published=prepared.published.isoformat() if prepared.published else None,
        )

    async def _ask(self, spec: AnswerSpec, prompt: Prompt, prepared: PreparedArticle) -> Answer:
        """The model's validated answer to one request: from the cache when it has it,
        else from the provider's batch when it answered this request (``batch_answers``;
        validated as any answer, re-asks sent here), else from the model. A request that
        asks nothing (see ``AnswerSpec.asks``) is not made: its answer is empty."""
        if not spec.asks:
            return Answer(value=spec.validate_python({}), usage=Usage(), attempts=0)
        endpoint = self.endpoint
        messages = prompt.messages()
        key = None
        if self.cache is not None or self.batch_answers:
            key = self._key(spec, prompt, prepared)
        if self.cache is not None and key is not None:
            hit = self._cached_answer(self.cache, key, spec)
            if hit is not None:
                return replace(hit, relaxed=endpoint.profile.adapt(spec.json_schema).relaxed)
        first = self.batch_answers.get(key) if key is not None else None
        if isinstance(first, str):
            # The batch gave this request no answer (errored, expired, cancelled): the
            # article degrades as for any request without one; a new submit asks again.
            raise ModelUnavailableError(f"{endpoint.label} batch job gave no answer: {first}")
        async with self._slots:
            connection = await self.connection()
            try:
                answer = await connection.ask(messages, spec, max_retries=self.max_retries, first=first)
            except ModelUnavailableError as exc:
                died = _embedded.death(connection.base_url) if self._starts_server else None
                if died is None:
                    raise
                raise ModelUnavailableError(
                    f"{died}. This request is lost; the next one starts a fresh server.",
                    attempts=exc.attempts,
                    usage=exc.usage,
                ) from exc
        if self.cache is not None and key is not None:  # key exists whenever the cache does
            self.cache.put(
                key,
                endpoint.label,
                Entry(
                    answer=answer.value.model_dump_json(),
                    attempts=answer.attempts,
                    usage=answer.usage,
                    repairs=answer.repairs,
                ),
            )
        return answer

    @staticmethod
    def _cached_answer(cache: ResponseCache, key: str, spec: AnswerSpec) -> Answer | None:
        entry = cache.get(key)
        if entry is None:
            return None
        try:
            value = spec.validate_json(entry.answer)
        except ValidationError as exc:
            # Validators may have grown stricter since the entry was written.
            log.warning("cached answer %s… no longer validates, asking the model: %s", key[:12], exc)
            return None
        return Answer(value=value, usage=Usage(), attempts=entry.attempts, cached=True, repairs=entry.repairs)


def request_host(endpoint: Endpoint, url: str | None) -> str | None:
    if url is not None:
        return urlsplit(url).hostname
    return endpoint.profile.default_host
