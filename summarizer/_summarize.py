"""summarize() and asummarize(): prepare, ask, validate, resolve."""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import math
from typing import Any
from urllib.parse import urlsplit

from tenacity import AsyncRetrying

from . import _embedded, _resolve
from ._answer import AnswerSpec, build_answer_model
from ._article import PreparedArticle, prepare
from ._attribution import Attribution, attribute, candidate_speakers, mentions
from ._dates import time_expressions
from ._client import request_answer
from ._config import Endpoint, resolve_endpoint
from ._errors import ArticleTooLongError, InvalidArticleError
from ._prompts import PROMPT_VERSION, Prompt, render
from ._version import __version__
from .models import ArticleSummary, Provenance

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


async def asummarize(
    article: str,
    *,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    max_retries: int | AsyncRetrying = DEFAULT_MAX_RETRIES,
    published: dt.date | None = None,
    timeout: float = DEFAULT_TIMEOUT_S,
) -> ArticleSummary:
    """Summarize one news article into events, claims and verbatim quotes.

    The async twin of :func:`summarize`; see it for the arguments.
    """
    text = _check_text(article)
    endpoint = resolve_endpoint(model, base_url, api_key)
    prepared = prepare(text, published=published)
    if not prepared.sentences:
        raise InvalidArticleError("the article has no text besides its metadata lines")
    spec, prompt, attributions = _build_request(prepared, endpoint)
    _check_fits(endpoint, prompt, len(str(spec.json_schema)))

    url = endpoint.base_url
    if endpoint.provider == "embedded" and url is None:
        # Starting the server loads the model (about a second); keep the loop free.
        url = await asyncio.to_thread(_embedded.server_url)
    answer = await request_answer(
        endpoint,
        url,
        prompt.messages(),
        spec.model,
        max_retries=max_retries,
        timeout=timeout,
    )
    value: Any = answer.value
    model_speakers = {q.quote: q.speaker for q in getattr(value, "quote_speakers", [])}
    summary = (
        " ".join(prepared.sentence(sid).text for sid in value.summary)
        if endpoint.extractive_summary
        else value.summary
    )
    return ArticleSummary(
        summary=summary,
        events=_resolve.events(prepared, value.events),
        claims=_resolve.claims(prepared, value.claims),
        quotes=_resolve.quotes(prepared, attributions, model_speakers),
        provenance=Provenance(
            model=endpoint.model,
            provider=endpoint.provider,
            base_url_host=urlsplit(url).hostname if url else "api.openai.com",
            prompt_version=PROMPT_VERSION,
            schema_hash=spec.schema_hash,
            library_version=__version__,
            attempts=answer.attempts,
            published=prepared.published,
            published_source=prepared.published_source,
        ),
        usage=answer.usage,
    )


def summarize(
    article: str,
    *,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    max_retries: int | AsyncRetrying = DEFAULT_MAX_RETRIES,
    published: dt.date | None = None,
    timeout: float = DEFAULT_TIMEOUT_S,
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
        timeout: seconds allowed for one model request.

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
    )
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    # Called from inside a running loop (Jupyter): run on a private loop in a worker
    # thread rather than fail with "asyncio.run() cannot be called from a running loop".
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()
