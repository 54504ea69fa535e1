"""How to talk to each kind of model server: one profile per provider kind.

A profile says how to shape a request (the wire protocol, the response format and
the schema dialect, the generation parameters and their names, how the key is
sent), what the model allows (context and output tokens, whether it can write a
summary without inventing names), and how hard to drive it (transport attempts,
default timeout, requests in flight, batch concurrency, and whether this library
starts the server itself). The rest of the package asks the profile; it never asks
which provider it is talking to.

Compare pydantic-ai's ``profiles/``: a new provider kind is a new profile here,
not a new branch elsewhere.

Parameter constraints relied on, from each provider's API reference:

* OpenAI chat completions: ``max_tokens`` "is not compatible with o-series models"
  and is deprecated in favour of ``max_completion_tokens``; reasoning models (o-series,
  gpt-5) reject ``temperature`` other than the default, so it is left out; their
  ``completion_tokens`` include ``completion_tokens_details.reasoning_tokens``.
* Mistral chat completions: the seed parameter is ``random_seed``; ``seed`` is
  rejected (extra fields are forbidden).
* Azure OpenAI: the key goes in an ``api-key`` header; the classic deployment URL
  takes ``?api-version=``, the v1 endpoint (``/openai/v1``) does not.
* Anthropic Messages: ``x-api-key`` and ``anthropic-version`` headers; ``max_tokens``
  is required; ``system`` is a top-level field; structured outputs go in
  ``output_config.format`` (``{"type": "json_schema", "schema": ...}``); no seed.
* Gemini generateContent: the key in ``x-goog-api-key``; ``generationConfig`` holds
  ``temperature``, ``seed``, ``maxOutputTokens``, ``responseMimeType`` and
  ``responseSchema``; ``usageMetadata.thoughtsTokenCount`` counts thinking tokens
  apart from ``candidatesTokenCount``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any, Literal

from .schema import ANTHROPIC_LIMITS, GEMINI_LIMITS, NO_ENUMS, OPENAI_LIMITS, Adapted, Dialect, EnumLimits, adapt

ProviderName = Literal["embedded", "openai", "azure", "anthropic", "gemini", "mistral", "ollama", "openai-compatible"]
# "json_schema": OpenAI's structured outputs, response_format={"type": "json_schema", ...}.
# "json_object": llama.cpp's server, which rejects "json_schema" but constrains decoding
# to the schema given as response_format={"type": "json_object", "schema": ...}.
ResponseFormat = Literal["json_schema", "json_object"]
# The HTTP protocol: OpenAI chat completions, Anthropic Messages, Gemini generateContent.
Wire = Literal["chat", "anthropic", "gemini"]
# How the key is sent.
Auth = Literal["bearer", "api-key", "x-api-key", "x-goog-api-key"]

SEED = 7
TEMPERATURE = 0.0
# Seconds for one model request, the whole generation included.
DEFAULT_TIMEOUT_S = 180.0
# The embedded model runs on this machine's CPU: a long article's part can take minutes
# on a busy machine, so the default allows more there.
EMBEDDED_TIMEOUT_S = 600.0
EMBEDDED_CONTEXT_TOKENS = 8192
# Reasoning models spend output tokens thinking before they answer.
REASONING_MAX_TOKENS = 16_000
ANTHROPIC_VERSION = "2023-06-01"

# o1, o3, o4-mini, gpt-5, gpt-5-mini, gpt-5.1 ... but not gpt-5-chat-latest.
_REASONING = re.compile(r"^(o\d+(-.*)?|gpt-5(?!.*-chat).*)$")


def is_reasoning_model(model: str) -> bool:
    return _REASONING.match(model.rsplit("/", 1)[-1]) is not None


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True)
class Profile:
    """How to shape requests to one kind of provider, and its limits and defaults."""

    provider: ProviderName
    response_format: ResponseFormat
    context_tokens: int
    max_tokens: int
    # Too-small models invent names in free text; they pick summary sentences instead.
    extractive_summary: bool = False
    # Whether the model is trusted to choose the speaker of a quote the text does not
    # attribute. Too-small models guess wrong four times in five: their quotes stay unattributed.
    chooses_speakers: bool = True
    # Whether the model is asked for events. Too-small models' events are less faithful
    # than the action clauses found in the text, which their summaries get instead.
    reports_events: bool = True
    # Request body fields beyond the OpenAI API's own parameters, sent as they are.
    extra_body: Mapping[str, Any] = field(default_factory=lambda: _frozen({}))
    # HTTP requests per model answer when the transport fails (timeouts, 5xx, resets).
    transport_attempts: int = 5
    # Seconds for one request when the caller gives no timeout=.
    default_timeout: float = DEFAULT_TIMEOUT_S
    # Requests in flight at once for one summarize() call (the parts of a long article).
    max_requests: int = 8
    # Articles in flight at once in a batch when the caller gives no concurrency=.
    default_concurrency: int = 8
    # This library starts the server (on loopback) when no base_url is given.
    starts_server: bool = False
    # The host requests go to when no base_url is given.
    default_host: str = "api.openai.com"
    wire: Wire = "chat"
    # The schema as the provider accepts it (see _schema), within these limits.
    dialect: Dialect = "as-is"
    limits: EnumLimits | None = None
    # response_format's json_schema carries "strict": true.
    strict: bool = False
    # The name of the output budget and of the seed in a chat-completions body.
    max_tokens_param: str = "max_tokens"
    seed_param: str | None = "seed"
    # A reasoning model: no temperature or seed, max_completion_tokens.
    reasoning: bool = False
    auth: Auth = "bearer"
    # The environment variables the key is read from, first set wins.
    key_env: tuple[str, ...] = ()
    # genai-prices' provider id, for the cost; None where nothing is billed or known.
    price_provider: str | None = None
    # Azure's classic deployment URLs take ?api-version=.
    api_version: str | None = None

    def generation(self) -> dict[str, Any]:
        """Request parameters that change the answer (and so belong in a cache key)."""
        params: dict[str, Any] = {"temperature": TEMPERATURE, "seed": SEED, "max_tokens": self.max_tokens}
        if self.reasoning:
            params = {"reasoning": True, "max_tokens": self.max_tokens}
        if self.extra_body:
            params["extra_body"] = dict(self.extra_body)
        return params

    def request(self, schema: dict[str, Any], name: str, *, max_tokens: int) -> dict[str, Any]:
        """The fields of a chat-completion request body besides ``model`` and
        ``messages``: the generation parameters, this provider's extra fields, and the
        response format that asks for JSON matching ``schema`` (titled ``name``),
        already in this provider's dialect.

        In the order the openai SDK writes them, so that the body is the same byte for
        byte as when the SDK built it (the recorded cassettes hold such bodies).
        """
        response_format: dict[str, Any]
        if self.response_format == "json_object":
            response_format = {"type": "json_object", "schema": schema}
        else:
            json_schema: dict[str, Any] = {"name": name, "schema": schema}
            if self.strict:
                json_schema["strict"] = True
            response_format = {"type": "json_schema", "json_schema": json_schema}
        body: dict[str, Any] = {
            ("max_completion_tokens" if self.reasoning else self.max_tokens_param): max_tokens,
            "response_format": response_format,
        }
        if not self.reasoning:
            if self.seed_param is not None:
                body[self.seed_param] = SEED
            body["temperature"] = TEMPERATURE
        return {**body, **self.extra_body}

    def adapt(self, schema: dict[str, Any], *, enums: bool = True) -> Adapted:
        """``schema`` as this provider accepts it, within its documented limits; without
        ``enums``, with none at all (for a provider that rejected it all the same)."""
        return adapt(schema, self.dialect, self.limits if enums else NO_ENUMS)

    def for_model(self, model: str) -> Profile:
        """This profile for ``model``: an OpenAI reasoning model (at OpenAI, Azure, or a
        compatible server such as a proxy) gets its own parameters."""
        if self.provider in ("openai", "azure", "openai-compatible") and is_reasoning_model(model):
            return replace(self, reasoning=True, max_tokens=max(self.max_tokens, REASONING_MAX_TOKENS))
        return self


# The offline default: SmolLM2 served by llama-cpp-python's server, which this library
# starts on 127.0.0.1 (see _embedded).
EMBEDDED = Profile(
    provider="embedded",
    response_format="json_object",
    context_tokens=EMBEDDED_CONTEXT_TOKENS,
    max_tokens=768,
    extractive_summary=True,
    chooses_speakers=False,
    reports_events=False,
    # Without a repeat penalty SmolLM2 loops until max_tokens.
    extra_body=_frozen({"repeat_penalty": 1.15}),
    # The server we start ourselves, on this machine, that fails is dead, not busy:
    # asking again only waits. It is replaced on the next request.
    transport_attempts=1,
    default_timeout=EMBEDDED_TIMEOUT_S,
    # The server answers one request at a time: more in flight would only queue there,
    # each against its own timeout.
    max_requests=1,
    default_concurrency=1,
    starts_server=True,
    default_host="127.0.0.1",
)

# The embedded model at a base_url someone else serves it on (a replay, a running
# server): asked again on transport faults like any server.
EMBEDDED_AT_URL = replace(EMBEDDED, transport_attempts=5, starts_server=False)

OPENAI = Profile(
    provider="openai",
    response_format="json_schema",
    context_tokens=128_000,
    max_tokens=2048,
    dialect="openai-strict",
    limits=OPENAI_LIMITS,
    strict=True,
    max_tokens_param="max_completion_tokens",
    key_env=("OPENAI_API_KEY",),
    price_provider="openai",
)

# Azure OpenAI: OpenAI's models and request body, the key in an api-key header.
AZURE = replace(
    OPENAI,
    provider="azure",
    default_host="openai.azure.com",
    auth="api-key",
    key_env=("AZURE_OPENAI_API_KEY",),
    price_provider="azure",
)

MISTRAL = Profile(
    provider="mistral",
    response_format="json_schema",
    context_tokens=128_000,
    max_tokens=2048,
    default_host="api.mistral.ai",
    dialect="openai-strict",
    limits=OPENAI_LIMITS,
    strict=True,
    seed_param="random_seed",
    key_env=("MISTRAL_API_KEY",),
    price_provider="mistral",
)

ANTHROPIC = Profile(
    provider="anthropic",
    response_format="json_schema",
    context_tokens=200_000,
    max_tokens=2048,
    default_host="api.anthropic.com",
    wire="anthropic",
    dialect="anthropic",
    limits=ANTHROPIC_LIMITS,
    seed_param=None,
    auth="x-api-key",
    key_env=("ANTHROPIC_API_KEY",),
    price_provider="anthropic",
)

GEMINI = Profile(
    provider="gemini",
    response_format="json_schema",
    context_tokens=1_000_000,
    # Thinking models spend part of maxOutputTokens thinking.
    max_tokens=8192,
    default_host="generativelanguage.googleapis.com",
    wire="gemini",
    dialect="gemini",
    limits=GEMINI_LIMITS,
    auth="x-goog-api-key",
    # Google's key precedence: "If both GOOGLE_API_KEY and GEMINI_API_KEY are set,
    # GOOGLE_API_KEY takes precedence" (ai.google.dev, API keys).
    key_env=("GOOGLE_API_KEY", "GEMINI_API_KEY"),
    price_provider="google",
)

# vLLM, LM Studio, llama.cpp with a model of the caller's: anything at a base_url.
OPENAI_COMPATIBLE = Profile(
    provider="openai-compatible", response_format="json_schema", context_tokens=128_000, max_tokens=2048
)

OLLAMA = Profile(provider="ollama", response_format="json_schema", context_tokens=8192, max_tokens=2048)
