"""The one module that talks to openai and instructor.

Two retry layers, each with one job:

* transport faults (429 honouring Retry-After, 408/409/5xx, timeouts, connection
  errors, a 200 whose JSON body is cut off) are retried here, by tenacity, around
  each single HTTP request, with jittered exponential backoff and a total-time
  bound. The openai SDK's own retries are set to zero so the layers never multiply;
* answers that fail validation are re-asked with instructor's re-ask, which appends
  the failed answer and the precise validation errors, at most ``max_retries`` times.

The request body is shaped here from the endpoint's profile and the article's JSON
Schema (see _answer: a static model per answer shape, its schema filled per
article) and posted as it is. instructor's JSON_SCHEMA handlers parse each answer
with the static model, giving it the article's validation context, and shape each
re-ask; the loop around them is ours (``_validated``). instructor's ``patch()``
front end is not used: it would send the static model's schema, walk the model for
async validators four times per call, and render the messages as Jinja templates
whenever a context is given.

Usage is counted here, per HTTP response, so it sums every attempt of both kinds.

Every HTTP request, of every wire protocol and every attempt of both kinds, first waits
for the session's rate limiter (see ratelimit: requests and tokens per minute), which
reads the rate-limit headers of every response the connection receives.

A raw control character inside a JSON string (a weak model writes a literal
newline or tab there) is escaped here, in the completion, before instructor
parses it; the answer's other repairs happen in its validators (see _answer).
instructor's log records from inside these calls go to this package's logger at
DEBUG: what they report is handled here, and with no logging configured Python
would print them on stderr.
"""

from __future__ import annotations

import contextvars
import functools
import json
import logging
import math
import re
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, cast

import httpx2
import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException
from instructor.v2.core.errors import ResponseParsingError
from instructor.v2.core.registry import mode_registry
from openai.types.chat import ChatCompletion
from pydantic import BaseModel, ValidationError
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    RetryError,
    retry_if_exception,
    retry_if_exception_type,
    stop_after_attempt,
    stop_after_delay,
    wait_random_exponential,
)

from .._errors import ModelUnavailableError, RefusedError, SummarizerError, SummaryFailedError
from ..models import Usage
from . import provider_errors, ratelimit, wire
from .endpoint import Endpoint
from .pricing import price
from .ratelimit import RateLimiter
from .schema import Adapted, compact, enum_stats


class AnswerSpec(Protocol):
    """What this layer needs of a request's answer model (the pipeline's ``answer.AnswerSpec``
    is one): the pydantic model, the context its validators read, and the JSON Schema
    to send. A protocol, so the model layer does not import the domain it validates."""

    @property
    def model(self) -> type[BaseModel]: ...

    @property
    def context(self) -> object: ...

    @property
    def json_schema(self) -> dict[str, Any]: ...


log = logging.getLogger(__name__)

TRANSPORT_ATTEMPTS = 5
TRANSPORT_TOTAL_S = 300.0
_backoff = wait_random_exponential(multiplier=0.5, max=20)


def diagnosis(exc: BaseException) -> provider_errors.Diagnosis | None:
    """What an error response means (see provider_errors); None for anything else."""
    if not isinstance(exc, openai.APIStatusError):
        return None
    return provider_errors.diagnose(exc.status_code, exc.response.headers, exc.body, provider_message(exc))


def _is_transient(exc: BaseException) -> bool:
    if isinstance(exc, json.JSONDecodeError):
        return True  # openai 3.x surfaces a truncated 200 body as a bare JSONDecodeError
    said = diagnosis(exc)
    if said is not None:
        # Decided by the error's structured fields: a per-minute or per-day limit is
        # waited out, a spent account or a spend cap is not.
        return said.retry
    if isinstance(exc, openai.APIConnectionError):
        # Only real network faults; anything else (a missing cassette, a bug) is not
        # going to get better by waiting.
        return isinstance(exc.__cause__, httpx2.TransportError) or isinstance(exc, openai.APITimeoutError)
    return False


def _retry_after(exc: BaseException | None) -> float | None:
    """The provider's delay: retry-after(-ms), Google's RetryInfo.retryDelay, or the message's."""
    said = diagnosis(exc) if exc is not None else None
    return said.delay if said is not None else None


def _wait(state: RetryCallState) -> float:
    exc = state.outcome.exception() if state.outcome else None
    after = _retry_after(exc)
    if after is not None:
        return min(after, ratelimit.MAX_RETRY_AFTER_S)
    return float(_backoff(state))


def transport_retrying(*, attempts: int = TRANSPORT_ATTEMPTS, total_s: float = TRANSPORT_TOTAL_S) -> AsyncRetrying:
    """The transport retry policy: one owner, bounded in count and in time."""
    return AsyncRetrying(
        retry=retry_if_exception(_is_transient),
        wait=_wait,
        stop=stop_after_attempt(attempts) | stop_after_delay(total_s),
        reraise=True,
    )


@dataclass
class _Tally:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    reasoning_tokens: int = 0
    calls: int = 0
    http_requests: int = 0
    last_text: str | None = None
    escaped: int = 0  # control characters escaped in the last completion
    cost_usd: float | None = 0.0  # None once one answer's price is unknown
    relaxed: tuple[str, ...] = ()  # enums left out of the schema of the last request
    # The batch API's answer to the first request, taken instead of sending it.
    answered: list[ChatCompletion] = field(default_factory=list)

    def count(self, endpoint: Endpoint, response: ChatCompletion, *, batch: bool = False) -> None:
        self.calls += 1
        usage = response.usage
        if usage is None:
            self.cost_usd = None
            return
        self.prompt_tokens += usage.prompt_tokens
        self.completion_tokens += usage.completion_tokens
        details = usage.completion_tokens_details
        self.reasoning_tokens += (details.reasoning_tokens or 0) if details is not None else 0
        cached = usage.prompt_tokens_details
        cost = price(
            endpoint.profile.price_provider,
            endpoint.priced_model,
            usage.prompt_tokens,
            usage.completion_tokens,
            # OpenAI's prompt_tokens_details.cached_tokens; Anthropic's cache reads and
            # Gemini's cachedContentTokenCount as the wire adapters put them there, with
            # Anthropic's cache writes (see wire).
            cache_read_tokens=(cached.cached_tokens or 0) if cached is not None else 0,
            cache_write_tokens=int(getattr(cached, wire.CACHE_WRITE_FIELD, None) or 0),
            batch=batch,
        )
        self.cost_usd = None if cost is None or self.cost_usd is None else self.cost_usd + cost

    def usage(self) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            reasoning_tokens=self.reasoning_tokens,
            calls=self.calls,
            cost_usd=self.cost_usd if self.calls else None,
        )


@dataclass(frozen=True)
class Answer:
    value: BaseModel
    usage: Usage
    attempts: int
    cached: bool = False  # from the response cache, not the model
    repairs: tuple[str, ...] = ()  # what was repaired instead of re-asked, in words
    relaxed: tuple[str, ...] = ()  # enums left out of the schema sent (see _llm.schema)


def _errors_of(exc: BaseException | None) -> list[str]:
    if isinstance(exc, ValidationError):
        return [
            f"{'.'.join(str(p) for p in err['loc']) or '<root>'}: {err['msg']}" for err in exc.errors(include_url=False)
        ]
    return [str(exc)] if exc is not None else []


def provider_message(exc: BaseException) -> str:
    """The provider's own words from an error response: OpenAI, Mistral and Azure
    ({"error": {"message", "code"}}), Anthropic ({"error": {"type", "message"}}), Gemini
    ({"error": {"message", "status"}}), or the body's text."""
    if not isinstance(exc, openai.APIStatusError):
        return str(exc)
    error = provider_errors.error_object(exc.body)
    message = error.get("message") or error.get("detail")
    if message:
        # The first field that names the error in words (Google's numeric code does not).
        named = [f for f in (error.get("code"), error.get("type"), error.get("status")) if f is not None]
        kind = next((str(f) for f in named if not str(f).isdigit()), None) or next(map(str, named), None)
        return f"{message} ({kind})" if kind else str(message)
    text = exc.response.text.strip()
    return text[:500] if text else exc.message


def _keys(endpoint: Endpoint) -> str:
    """Where the endpoint's key came from, for a message that asks to check it."""
    if endpoint.profile.key_env:
        return " or ".join(endpoint.profile.key_env) + " (or the api_key= you passed)"
    return "OPENAI_API_KEY or the api_key= you passed"


def _cause(endpoint: Endpoint, exc: BaseException) -> str:
    """What to do about ``exc``, in words that name its real cause."""
    said = diagnosis(exc)
    if said is None:
        return "check that the server is up and reachable, then try again"
    return provider_errors.advice(said, provider=endpoint.provider, model=endpoint.model, keys=_keys(endpoint))


def _unavailable(endpoint: Endpoint, exc: BaseException, tally: _Tally) -> ModelUnavailableError:
    # The request's own URL: the embedded server's port is known only once it runs.
    request = getattr(exc, "request", None)
    url = request.url if isinstance(request, httpx2.Request) else None
    where = (
        f"{endpoint.label} at {url.scheme}://{url.netloc.decode()}"
        if url
        else (f"{endpoint.label} at {endpoint.base_url or endpoint.profile.default_host}")
    )
    said = f"HTTP {exc.status_code}: {provider_message(exc)}" if isinstance(exc, openai.APIStatusError) else exc
    return ModelUnavailableError(
        f"{where} failed after {tally.http_requests} request(s): {type(exc).__name__}: {said}; {_cause(endpoint, exc)}",
        attempts=tally.calls,
        usage=tally.usage(),
    )


# A JSON string literal: its quotes, and any characters but a quote or a backslash,
# or a backslash and the character it escapes (control characters included).
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_CONTROL = re.compile(r"[\x00-\x1f]")
_SHORT_ESCAPES = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def _escape_control(match: re.Match[str]) -> str:
    char = match.group()
    return _SHORT_ESCAPES.get(char, f"\\u{ord(char):04x}")


def escape_control_characters(text: str) -> tuple[str, int]:
    r"""``text`` with every raw control character (U+0000–U+001F) inside a JSON string
    literal escaped, and how many there were.

    JSON forbids them there (pydantic's parser refuses the whole answer), but between
    tokens they are whitespace and stay as they are; so valid JSON comes back
    unchanged.

    >>> escape_control_characters('{"a": "two\nlines"}')
    ('{"a": "two\\nlines"}', 1)
    """
    if _CONTROL.search(text) is None:
        return text, 0
    count = 0

    def escape_inside(literal: re.Match[str]) -> str:
        nonlocal count
        fixed, n = _CONTROL.subn(_escape_control, literal.group())
        count += n
        return fixed

    return _JSON_STRING.sub(escape_inside, text), count


# instructor logs what it then raises (its handlers each failed parse; its own retry
# loop, not used here, "Max retries exceeded ..." at ERROR), and we handle all of it.
# Python's last-resort handler would print those records on stderr when the
# application configured no logging. So while one of our
# calls runs, its records go to our logger at DEBUG instead; instructor's loggers keep
# their levels, handlers and propagation, and its records from other callers in the
# same process pass untouched. The context variable follows each asyncio task.
_in_our_call: contextvars.ContextVar[bool] = contextvars.ContextVar("summarizer_in_call", default=False)
# The logger names instructor 1.17 uses (a filter on a logger does not see its
# children's records, so each is named).
INSTRUCTOR_LOGGERS = (
    "instructor",
    "instructor.v2",
    "instructor.v2.retry",
    "instructor.cache",
    "instructor.auto_client",
)


class _Demote(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not _in_our_call.get():
            return True
        if log.isEnabledFor(logging.DEBUG):
            log.debug("instructor (%s): %s", logging.getLevelName(record.levelno), record.getMessage())
        return False


_demote = _Demote()
for _name in INSTRUCTOR_LOGGERS:
    logging.getLogger(_name).addFilter(_demote)


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """Loading the CA bundle takes 40-75 ms; do it once per process, not per client."""
    return httpx2.create_ssl_context()


class Connection:
    """One HTTP client and its connection pool, shared by every article of a batch;
    every request waits for ``limiter``, and every response's headers inform it."""

    def __init__(
        self, endpoint: Endpoint, base_url: str | None, timeout: float, limiter: RateLimiter | None = None
    ) -> None:
        self.endpoint = endpoint
        self.base_url = base_url
        self.limiter = limiter
        bearer = endpoint.profile.auth == "bearer"
        hooks: dict[str, list[Any]] = {}
        if limiter is not None:

            async def observe(response: httpx2.Response) -> None:
                limiter.observe(response.status_code, response.headers)

            hooks["response"] = [observe]
        self._client = openai.AsyncOpenAI(
            # Another provider's key goes in its own header (see wire.headers), never
            # as a bearer token.
            api_key=endpoint.api_key if bearer else "unused",
            base_url=base_url,
            max_retries=0,  # transport retries belong to tenacity, in request_answer
            timeout=httpx2.Timeout(timeout, connect=min(10.0, timeout)),
            http_client=openai.DefaultAsyncHttpxClient(verify=_ssl_context(), event_hooks=hooks),
        )

    async def ask(
        self,
        messages: list[dict[str, str]],
        spec: AnswerSpec,
        *,
        max_retries: int | AsyncRetrying,
        first: ChatCompletion | None = None,
    ) -> Answer:
        return await request_answer(
            self.endpoint, self._client, messages, spec, max_retries=max_retries, first=first, limiter=self.limiter
        )

    @property
    def client(self) -> openai.AsyncOpenAI:
        """The pooled client, for the provider's batch API (see batch_api)."""
        return self._client

    async def aclose(self) -> None:
        await self._client.close()


# What chat.completions.create() asks of the client besides the body: the API key.
_CHAT_OPTIONS: openai.RequestOptions = {"security": {"bearer_auth": True}}


def _options(endpoint: Endpoint) -> openai.RequestOptions:
    """The request options for ``endpoint``'s provider: its key in its own header, and
    Azure's api-version."""
    profile = endpoint.profile
    if profile.auth == "bearer":
        return _CHAT_OPTIONS
    options: openai.RequestOptions = {"security": {}, "headers": wire.headers(profile, endpoint.api_key)}
    if profile.api_version is not None:
        options["params"] = {"api-version": profile.api_version}
    return options


def _chat_body(
    endpoint: Endpoint, messages: list[dict[str, str]], spec: AnswerSpec, adapted: Adapted, max_tokens: int
) -> dict[str, Any]:
    """A request as a chat-completions body; ``_native`` turns it into the wire's own."""
    body: dict[str, Any] = {
        # A copy: instructor's re-asks append to this list.
        "messages": list(messages),
        "model": endpoint.model,
    }
    if endpoint.profile.wire == "chat":
        body.update(endpoint.profile.request(adapted.schema, spec.model.__name__, max_tokens=max_tokens))
    else:
        body["max_tokens"] = max_tokens
    return body


def _native(endpoint: Endpoint, body: dict[str, Any], adapted: Adapted) -> tuple[str, dict[str, Any]]:
    """The path (below the base URL) and the body of a request in the endpoint's wire protocol."""
    profile = endpoint.profile
    if profile.wire == "chat":
        return "/chat/completions", body
    max_tokens = body["max_tokens"]
    if profile.wire == "anthropic":
        native = wire.anthropic_body(
            endpoint.model, body["messages"], adapted.schema, max_tokens=max_tokens, in_prompt=adapted.in_prompt
        )
        return "/messages", native
    return f"/models/{endpoint.model}:generateContent", wire.gemini_body(
        body["messages"], adapted.schema, max_tokens=max_tokens
    )


def first_request(endpoint: Endpoint, messages: list[dict[str, str]], spec: AnswerSpec) -> tuple[str, dict[str, Any]]:
    """The path and body of the first request ``request_answer`` sends for ``messages``
    and ``spec``: what a provider's batch API is given in its place (see batch_api), so
    that a batch answer is the answer to the very request the synchronous path makes."""
    adapted = endpoint.profile.adapt(spec.json_schema)
    return _native(endpoint, _chat_body(endpoint, messages, spec, adapted, endpoint.profile.max_tokens), adapted)


def completion_of(endpoint: Endpoint, data: Any) -> ChatCompletion:
    """A response body of the endpoint's wire protocol as a chat completion."""
    if endpoint.profile.wire == "chat":
        return ChatCompletion.model_validate(data)
    if endpoint.profile.wire == "anthropic":
        return wire.from_anthropic(endpoint.model, data)
    return wire.from_gemini(endpoint.model, data)


async def _post(
    endpoint: Endpoint, client: openai.AsyncOpenAI, body: dict[str, Any], adapted: Adapted, options: Any
) -> ChatCompletion:
    """One request in the endpoint's wire protocol; the answer as a chat completion."""
    path, native = _native(endpoint, body, adapted)
    if endpoint.profile.wire == "chat":
        # The body as the profile shaped it. chat.completions.create() would send the
        # same, after walking every node of it for parameters to rename or reformat
        # (there are none here): 1.5 ms per request for the seed.
        return await client.post(path, body=native, cast_to=ChatCompletion, options=options)
    data = await client.post(path, body=native, cast_to=object, options=options)
    return completion_of(endpoint, data)


@dataclass(frozen=True)
class _Limit:
    """A request's place in the rate limits: the limiter, and what the request reserves."""

    limiter: RateLimiter
    schema_chars: int  # the schema goes to the provider too, in the body or the prompt
    max_tokens: int  # the output budget: providers count it until the answer says

    async def post(
        self, endpoint: Endpoint, client: openai.AsyncOpenAI, body: dict[str, Any], adapted: Adapted, options: Any
    ) -> ChatCompletion:
        """``_post``, once the limiter lets it go; its reservation corrected by the answer's usage."""
        chars = self.schema_chars + sum(len(str(m.get("content") or "")) for m in body["messages"])
        reservation = await self.limiter.acquire(
            input_tokens=math.ceil(chars / ratelimit.CHARS_PER_TOKEN), output_tokens=self.max_tokens
        )
        used_in = used_out = None
        try:
            response = await _post(endpoint, client, body, adapted, options)
            if response.usage is not None:
                used_in, used_out = response.usage.prompt_tokens, response.usage.completion_tokens
            return response
        except openai.RateLimitError as exc:
            # The headers were observed already; Google says how long only in its body
            # (RetryInfo.retryDelay), and every request waits for it, not this one only.
            wait = _retry_after(exc)
            if wait is not None and _is_transient(exc):
                self.limiter.hold(wait)
            raise
        finally:
            self.limiter.settle(reservation, input_tokens=used_in, output_tokens=used_out)


# A whole answer in a Markdown code fence, as servers that ignore response_format and
# instructor's own re-ask ("within a ```json codeblock") have it.
_FENCED = re.compile(r"\A\s*```[A-Za-z]*\s*\n(.*?)\n?\s*```\s*\Z", re.DOTALL)


def unfence(text: str) -> str:
    """The JSON inside a fenced answer; any other text unchanged.

    >>> unfence('```json\\n{"a": 1}\\n```')
    '{"a": 1}'
    """
    match = _FENCED.match(text)
    return match.group(1) if match else text


class _Refused(Exception):
    """Raised inside instructor's loop so that it stops at once instead of re-asking."""

    def __init__(self, kind: Literal["refusal", "content_filter"], text: str | None) -> None:
        super().__init__(kind)
        self.kind = kind
        self.text = text


def _check_refusal(response: Any) -> None:
    if not response.choices:
        return
    choice = response.choices[0]
    refusal = getattr(choice.message, "refusal", None)
    if refusal:
        raise _Refused("refusal", refusal)
    if choice.finish_reason == "content_filter":
        raise _Refused("content_filter", choice.message.content)


async def request_answer(
    endpoint: Endpoint,
    client: openai.AsyncOpenAI,
    messages: list[dict[str, str]],
    spec: AnswerSpec,
    *,
    max_retries: int | AsyncRetrying,
    first: ChatCompletion | None = None,
    limiter: RateLimiter | None = None,
) -> Answer:
    """Ask the model for the answer ``spec`` describes, re-asking on validation errors;
    each HTTP request waits for ``limiter`` (requests and tokens per minute).

    An answer cut off at ``max_tokens`` is asked once more with twice the budget.
    ``first``: the provider's batch API's answer to the first request (see
    ``first_request``), taken in its place and priced as a batch answer; it is
    validated as any answer is, and re-asks go to the model as usual.

    Raises SummaryFailedError when the answers keep failing validation or the
    output is cut off twice, RefusedError when the model refuses or a content
    filter stops it, ModelUnavailableError when the model cannot be reached.
    """
    tally = _Tally(answered=[first] if first is not None else [])
    budget = endpoint.profile.max_tokens
    larger = min(2 * budget, endpoint.profile.context_tokens // 2)
    try:
        value = await _ask(endpoint, client, messages, spec, max_retries, budget, tally, limiter)
    except IncompleteOutputException:
        try:
            value = await _ask(endpoint, client, messages, spec, max_retries, larger, tally, limiter)
        except IncompleteOutputException as exc:
            raise SummaryFailedError(
                f"the model's answer was cut off at max_tokens={larger} (first tried {budget}) "
                f"after {tally.calls} attempt(s); the article may need a model with a larger "
                "output budget",
                attempts=tally.calls,
                errors=["finish_reason=length"],
                usage=tally.usage(),
                last_completion=tally.last_text,
                reason="truncated",
            ) from exc
    # The answer is the last completion's, so its escapes are the ones to report.
    escaped = [f"control characters escaped in the completion ({tally.escaped})"] if tally.escaped else []
    repairs = (*escaped, *getattr(value, "repairs", ()))
    return Answer(value=value, usage=tally.usage(), attempts=tally.calls, repairs=repairs, relaxed=tally.relaxed)


class _SchemaRejected(Exception):
    """The provider rejected a schema that is within its documented limits (Gemini's and
    Anthropic's grammars have undocumented ones): asked once more without enums."""


async def _ask(
    endpoint: Endpoint,
    client: openai.AsyncOpenAI,
    messages: list[dict[str, str]],
    spec: AnswerSpec,
    max_retries: int | AsyncRetrying,
    max_tokens: int,
    tally: _Tally,
    limiter: RateLimiter | None,
) -> BaseModel:
    for enums in (True, False):
        adapted = endpoint.profile.adapt(spec.json_schema, enums=enums)
        try:
            return await _ask_with(endpoint, client, messages, spec, max_retries, max_tokens, tally, adapted, limiter)
        except _SchemaRejected as rejected:
            # Not raised without enums (see _rejects_schema): the loop ends in a return or a failure.
            log.info("%s rejected the schema (%s); asking without enums", endpoint.label, rejected)
    raise AssertionError("a schema without enums is not rejected as too large")  # pragma: no cover


def _rejects_schema(exc: BaseException, adapted: Adapted) -> bool:
    return (
        isinstance(exc, openai.BadRequestError)
        and bool(enum_stats(adapted.schema)[0])
        and re.search(provider_errors.SCHEMA_REJECTED, provider_message(exc), re.IGNORECASE) is not None
    )


async def _ask_with(
    endpoint: Endpoint,
    client: openai.AsyncOpenAI,
    messages: list[dict[str, str]],
    spec: AnswerSpec,
    max_retries: int | AsyncRetrying,
    max_tokens: int,
    tally: _Tally,
    adapted: Adapted,
    limiter: RateLimiter | None,
) -> BaseModel:
    policy = transport_retrying(attempts=endpoint.profile.transport_attempts)
    schema_text = compact(adapted.schema)
    limit = _Limit(limiter, len(schema_text), max_tokens) if limiter is not None else None
    send = limit.post if limit is not None else _post
    tally.relaxed = adapted.relaxed
    body = _chat_body(endpoint, messages, spec, adapted, max_tokens)
    options = _options(endpoint)

    async def create(body: dict[str, Any]) -> ChatCompletion:
        if tally.answered:
            # Answered by the batch API; its copy, since the parser edits the message.
            response = tally.answered.pop().model_copy(deep=True)
            tally.count(endpoint, response, batch=True)
        else:
            async for attempt in policy.copy():
                with attempt:
                    tally.http_requests += 1
                    response = await send(endpoint, client, body, adapted, options)
            tally.count(endpoint, response)
        tally.escaped = 0
        if response.choices:
            message = response.choices[0].message
            tally.last_text = message.content  # as the model wrote it, for SummaryFailedError
            if message.content:
                message.content, tally.escaped = escape_control_characters(unfence(message.content))
        _check_refusal(response)
        return response

    inside = _in_our_call.set(True)
    try:
        return await _validated(create, spec, body, max_retries, schema_text)
    except RetryError as exc:  # from a caller's AsyncRetrying that does not reraise
        failed = exc.last_attempt.exception()
        if isinstance(failed, IncompleteOutputException):
            raise failed from exc
        raise _failure(endpoint, failed, tally) from exc
    except (_Refused, openai.APIError, *_REASKED) as exc:
        if _rejects_schema(exc, adapted):
            raise _SchemaRejected(provider_message(exc)) from exc
        raise _failure(endpoint, exc, tally) from exc
    finally:
        _in_our_call.reset(inside)


# instructor's handlers for its JSON_SCHEMA mode on OpenAI-compatible chat completions:
# they parse an answer (finish_reason=length raises IncompleteOutputException) and
# shape the re-ask (the failed answer and the validation errors, appended).
_HANDLERS = mode_registry.get_handlers(instructor.Provider.OPENAI, instructor.Mode.JSON_SCHEMA)
# What instructor re-asks on, as its own retry loop does (less its async validation,
# which these models do not use). A JSONDecodeError comes from the transport: a cut-off
# body (see _is_transient).
_REASKED = (ValidationError, json.JSONDecodeError, ResponseParsingError)


def _answer_retrying(max_retries: int | AsyncRetrying) -> AsyncRetrying:
    if isinstance(max_retries, AsyncRetrying):
        return max_retries.copy()  # a copy: one policy may serve many requests at once
    # As instructor counts: max_retries re-asks after the first attempt.
    return AsyncRetrying(
        stop=stop_after_attempt(max(max_retries, 0) + 1),
        retry=retry_if_exception_type(_REASKED),
        reraise=True,
    )


def _not_json(text: str | None) -> bool:
    try:
        json.loads(text or "")
    except ValueError:
        return True
    return False


async def _validated(
    create: Callable[[dict[str, Any]], Awaitable[ChatCompletion]],
    spec: AnswerSpec,
    body: dict[str, Any],
    max_retries: int | AsyncRetrying,
    schema_text: str,
) -> BaseModel:
    """The validated answer: instructor's retry loop, with its handlers for parsing and
    re-asking, without what its loop costs on every call (it walks the response model
    for async validators, about half a millisecond) or adds that is not used here
    (hooks, token budgets, usage sums: the tally counts usage)."""
    async for attempt in _answer_retrying(max_retries):
        with attempt:
            response = await create(body)
            try:
                value: BaseModel = _HANDLERS.response_parser(
                    response=response,
                    response_model=spec.model,
                    # instructor types the context as a dict; it hands it to pydantic,
                    # which takes any object.
                    validation_context=cast("dict[str, Any]", spec.context),
                    strict=True,  # as instructor's create() has it by default
                    stream=False,
                    is_async=True,
                )
                return value
            except _REASKED as exc:
                body = _HANDLERS.reask_handler(kwargs=body, response=response, exception=exc)
                if response.choices and _not_json(response.choices[0].message.content):
                    # Not JSON at all: a server that ignores response_format. The re-ask
                    # carries the schema itself, and a fenced answer is accepted.
                    body["messages"].append({"role": "user", "content": wire.SCHEMA_PROMPT + schema_text})
                raise
    raise AssertionError("tenacity returns the answer or raises")  # pragma: no cover


def _failure(endpoint: Endpoint, exc: BaseException | None, tally: _Tally) -> SummarizerError:
    """Our error for why no valid answer came."""
    if isinstance(exc, _Refused):
        what = "refused to answer" if exc.kind == "refusal" else "was stopped by a content filter"
        return RefusedError(
            f"{endpoint.label} {what}"
            + (f": {exc.text}" if exc.text else "")
            + "; not retried, since asking again gives the same answer",
            attempts=tally.calls,
            errors=[exc.kind],
            usage=tally.usage(),
            last_completion=tally.last_text,
            reason=exc.kind,
        )
    said = diagnosis(exc) if isinstance(exc, openai.APIStatusError) else None
    if isinstance(exc, openai.APIStatusError) and said is not None and said.kind == "content_filter":
        # Azure's filter stops the prompt with a 400 (code content_filter): the same
        # RefusedError as a filtered answer, naming the categories.
        categories = f": {said.detail}" if said.detail else ""
        return RefusedError(
            f"{endpoint.label}: the provider's content filter stopped the prompt{categories} "
            f"(HTTP {exc.status_code}: {provider_message(exc)}); "
            "not retried, since asking again gives the same answer",
            attempts=tally.calls,
            errors=["content_filter"],
            usage=tally.usage(),
            last_completion=tally.last_text,
            reason="content_filter",
        )
    if isinstance(exc, openai.APIError | json.JSONDecodeError):
        return _unavailable(endpoint, exc, tally)
    errors = _errors_of(exc)
    return SummaryFailedError(
        f"{endpoint.label} gave no valid answer in {tally.calls} attempt(s); last errors: "
        + "; ".join(errors[:5])
        + ". Try a stronger model (model=..., base_url=...) or raise max_retries.",
        attempts=tally.calls,
        errors=errors,
        usage=tally.usage(),
        last_completion=tally.last_text,
    )
