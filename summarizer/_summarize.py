"""summarize() and asummarize(): prepare, look in the cache, ask, validate, resolve."""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import logging
import math
from collections.abc import Coroutine
from typing import Any, TypeVar
from urllib.parse import urlsplit

from pydantic import ValidationError
from tenacity import AsyncRetrying

from . import _embedded, _resolve
from ._answer import AnswerSpec, build_answer_model
from ._article import PreparedArticle, prepare
from ._attribution import Attribution, attribute, candidate_speakers, mentions
from ._dates import time_expressions
from ._cache import CacheOption, Entry, ResponseCache, open_cache
from ._cache import key as cache_key
from ._client import Answer, Connection, InstructorAnswer
from ._config import Endpoint, resolve_endpoint
from ._errors import ArticleTooLongError, InvalidArticleError
from ._prompts import PROMPT_VERSION, Prompt, render
from ._version import __version__
from .models import ArticleSummary, Provenance, Usage

log = logging.getLogger(__name__)
R = TypeVar("R")

DEFAULT_MAX_RETRIES = 2
DEFAULT_TIMEOUT_S = 180.0
# Conservative: English news averages about 4 characters per token; quotes,
# names and numbers tokenise worse, so plan for 3.
_CHARS_PER_TOKEN = 3.0


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


def _check_fits(endpoint: Endpoint, prompt: Prompt, schema_chars: int) -> None:
    # The schema goes to the server either way; count it, since some servers put it
    # into the prompt.
    prompt_chars = len(prompt.system) + len(prompt.user) + schema_chars
    estimated = math.ceil(prompt_chars / _CHARS_PER_TOKEN)
    budget = endpoint.context_tokens - endpoint.max_tokens
    if estimated > budget:
        max_chars = int(budget * _CHARS_PER_TOKEN)
        raise ArticleTooLongError(
            f"the article is too long for {endpoint.label}: the prompt is about {estimated} tokens "
            f"but the model's context is {endpoint.context_tokens} tokens, of which "
            f"{endpoint.max_tokens} are kept for the answer (limit: about {budget} prompt tokens, "
            f"roughly {max_chars} characters). Use a model with a larger context, or split the article.",
            estimated_tokens=estimated,
            limit_tokens=budget,
        )


def _build_request(
    prepared: PreparedArticle, endpoint: Endpoint
) -> tuple[AnswerSpec, Prompt, list[Attribution]]:
    attributions = [attribute(prepared, q) for q in prepared.quotes]
    unresolved = [a.quote_id for a in attributions if a.speaker is None]
    speakers = candidate_speakers(prepared, attributions)
    spec = build_answer_model(
        prepared,
        unresolved_quotes=unresolved,
        speakers=speakers,
        mentions=mentions(prepared),
        times=time_expressions(prepared.text[prepared.body_start : prepared.body_end]),
        extractive_summary=endpoint.extractive_summary,
        base=InstructorAnswer,
    )
    prompt = render(
        extractive_summary=endpoint.extractive_summary,
        published=prepared.published.isoformat() if prepared.published else None,
        sentences=prepared.sentences,
        quotes=[
            {"id": q.id, "text": q.text, "speaker": a.speaker.name if a.speaker else None}
            for q, a in zip(prepared.quotes, attributions, strict=True)
        ],
        ask_speakers=bool(unresolved),
        speakers=speakers,
    )
    return spec, prompt, attributions


class Session:
    """What a batch shares: the endpoint, one HTTP connection pool, the cache.

    The connection opens on the first cache miss, so a run served from the cache
    never starts the embedded model.
    """

    def __init__(
        self,
        endpoint: Endpoint,
        *,
        timeout: float,
        max_retries: int | AsyncRetrying,
        cache: CacheOption,
    ) -> None:
        self.endpoint = endpoint
        self.timeout = timeout
        self.max_retries = max_retries
        self.cache = open_cache(cache)
        self._connection: Connection | None = None
        self._lock = asyncio.Lock()

    async def connection(self) -> Connection:
        async with self._lock:
            if self._connection is None:
                url = self.endpoint.base_url
                if self.endpoint.provider == "embedded" and url is None:
                    # Starting the server loads the model (about a second); keep the loop free.
                    url = await asyncio.to_thread(_embedded.server_url)
                self._connection = Connection(self.endpoint, url, self.timeout)
            return self._connection

    async def __aenter__(self) -> Session:
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._connection is not None:
            await self._connection.aclose()

    async def summarize(
        self, article: object, *, published: dt.date | None = None, article_id: str | None = None
    ) -> ArticleSummary:
        text = _check_text(article)
        endpoint = self.endpoint
        # The article alone over the budget: refuse before the work of preparing it.
        _check_fits(endpoint, Prompt(system="", user=text), 0)
        prepared = prepare(text, published=published)
        if not prepared.sentences:
            raise InvalidArticleError("the article has no text besides its metadata lines")
        spec, prompt, attributions = _build_request(prepared, endpoint)
        _check_fits(endpoint, prompt, len(str(spec.json_schema)))
        messages = prompt.messages()

        key = answer = None
        if self.cache is not None:
            key = cache_key(
                provider=endpoint.provider,
                model=endpoint.model,
                base_url=endpoint.base_url,
                prompt_version=PROMPT_VERSION,
                schema_hash=spec.schema_hash,
                params=endpoint.generation(),
                messages=messages,
                article=text,
                published=prepared.published.isoformat() if prepared.published else None,
            )
            answer = self._cached_answer(self.cache, key, spec)
        cached = answer is not None
        if answer is None:
            connection = await self.connection()
            answer = await connection.ask(messages, spec.model, max_retries=self.max_retries)
            if self.cache is not None and key is not None:  # key exists exactly when the cache does
                self.cache.put(
                    key,
                    endpoint.label,
                    Entry(answer=answer.value.model_dump_json(), attempts=answer.attempts, usage=answer.usage),
                )
        url = self._connection.base_url if self._connection else endpoint.base_url
        value: Any = answer.value
        model_speakers = {q.quote: q.speaker for q in getattr(value, "quote_speakers", [])}
        summary = (
            " ".join(prepared.sentence(sid).text for sid in value.summary)
            if endpoint.extractive_summary
            else value.summary
        )
        return ArticleSummary(
            article_id=article_id,
            summary=summary,
            events=_resolve.events(prepared, value.events),
            claims=_resolve.claims(prepared, value.claims),
            quotes=_resolve.quotes(prepared, attributions, model_speakers),
            provenance=Provenance(
                model=endpoint.model,
                provider=endpoint.provider,
                base_url_host=_host(endpoint, url),
                prompt_version=PROMPT_VERSION,
                schema_hash=spec.schema_hash,
                library_version=__version__,
                attempts=answer.attempts,
                published=prepared.published,
                published_source=prepared.published_source,
                cached=cached,
            ),
            usage=answer.usage,
        )

    @staticmethod
    def _cached_answer(cache: ResponseCache, key: str, spec: AnswerSpec) -> Answer | None:
        entry = cache.get(key)
        if entry is None:
            return None
        try:
            value = spec.model.model_validate_json(entry.answer)
        except ValidationError as exc:
            # Validators may have grown stricter since the entry was written.
            log.warning("cached answer %s… no longer validates, asking the model: %s", key[:12], exc)
            return None
        return Answer(value=value, usage=Usage(), attempts=entry.attempts)


def _host(endpoint: Endpoint, url: str | None) -> str | None:
    if url is not None:
        return urlsplit(url).hostname
    if endpoint.provider == "embedded":
        return "127.0.0.1"
    return "api.openai.com"


async def asummarize(
    article: str,
    *,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    max_retries: int | AsyncRetrying = DEFAULT_MAX_RETRIES,
    published: dt.date | None = None,
    timeout: float = DEFAULT_TIMEOUT_S,
    cache: CacheOption = True,
) -> ArticleSummary:
    """Summarize one news article into events, claims and verbatim quotes.

    The async twin of :func:`summarize`; see it for the arguments.
    """
    endpoint = resolve_endpoint(model, base_url, api_key)
    async with Session(endpoint, timeout=timeout, max_retries=max_retries, cache=cache) as session:
        return await session.summarize(article, published=published)


def summarize(
    article: str,
    *,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    max_retries: int | AsyncRetrying = DEFAULT_MAX_RETRIES,
    published: dt.date | None = None,
    timeout: float = DEFAULT_TIMEOUT_S,
    cache: CacheOption = True,
) -> ArticleSummary:
    """Summarize one news article into events, claims and verbatim quotes.

    Every quote is ``article[quote.start:quote.end]``; every event and claim points
    to its evidence sentences by offsets into ``article`` as given.

    Args:
        article: the article text.
        model: ``"openai/gpt-4o-mini"``, a model name your ``base_url`` serves, or
            ``"embedded"``. Defaults to ``SUMMARIZER_MODEL``, else gpt-4o-mini when
            ``OPENAI_API_KEY`` is set, else the embedded offline model.
        base_url: any OpenAI-compatible server (vLLM, Ollama, LM Studio, llama.cpp).
            Defaults to ``OPENAI_BASE_URL``.
        api_key: defaults to ``OPENAI_API_KEY``.
        max_retries: re-asks after an answer fails validation (an int, or a
            tenacity ``AsyncRetrying``). Transport faults are retried separately.
        published: the publication date, for resolving "on Wednesday"; defaults to
            a dateline or footer found in the article.
        timeout: seconds allowed for one model request (the whole generation).
        cache: ``True`` (default) keeps model answers in the user cache directory
            (or ``$SUMMARIZER_CACHE``; ``SUMMARIZER_CACHE=off`` disables it), a path
            uses that file, ``False`` turns the cache off for this call.

    Raises:
        TypeError: ``article`` is not a str.
        SummarizerError: or one of its subclasses, with a message saying what to do.

    Example:
        >>> from summarizer import summarize
        >>> result = summarize(open("seeds/000_36f5bebade865c5d.txt").read())  # doctest: +SKIP
        >>> [(q.speaker, q.text[:20]) for q in result.quotes]  # doctest: +SKIP
        [('Mark Esper', 'I have spoken with t'), ('Dominic Raab', 'We must find those r'), ...]
    """
    coro = asummarize(
        article,
        model=model,
        base_url=base_url,
        api_key=api_key,
        max_retries=max_retries,
        published=published,
        timeout=timeout,
        cache=cache,
    )
    return run_sync(coro)


def run_sync(coro: Coroutine[Any, Any, R]) -> R:
    """Run a coroutine from sync code, also where a loop is already running."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    # Called from inside a running loop (Jupyter): run on a private loop in a worker
    # thread rather than fail with "asyncio.run() cannot be called from a running loop".
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()
