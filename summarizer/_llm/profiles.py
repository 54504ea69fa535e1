"""How to talk to each kind of model server: one profile per provider kind.

A profile says how to shape a request (the response format, the generation
parameters and any extra body fields), what the model allows (context and output
tokens, whether it can write a summary without inventing names), and how hard to
drive it (transport attempts, default timeout, requests in flight, batch
concurrency, and whether this library starts the server itself). The rest of the
package asks the profile; it never asks which provider it is talking to.

Compare pydantic-ai's ``profiles/``: a new provider kind is a new profile here,
not a new branch elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any, Literal

ProviderName = Literal["embedded", "openai", "ollama", "openai-compatible"]
# "json_schema": OpenAI's structured outputs, response_format={"type": "json_schema", ...}.
# "json_object": llama.cpp's server, which rejects "json_schema" but constrains decoding
# to the schema given as response_format={"type": "json_object", "schema": ...}.
ResponseFormat = Literal["json_schema", "json_object"]

SEED = 7
TEMPERATURE = 0.0
# Seconds for one model request, the whole generation included.
DEFAULT_TIMEOUT_S = 180.0
# The embedded model runs on this machine's CPU: a long article's part can take minutes
# on a busy machine, so the default allows more there.
EMBEDDED_TIMEOUT_S = 600.0
EMBEDDED_CONTEXT_TOKENS = 8192


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

    def generation(self) -> dict[str, Any]:
        """Request parameters that change the answer (and so belong in a cache key)."""
        params: dict[str, Any] = {"temperature": TEMPERATURE, "seed": SEED, "max_tokens": self.max_tokens}
        if self.extra_body:
            params["extra_body"] = dict(self.extra_body)
        return params

    def request(self, schema: dict[str, Any], name: str, *, max_tokens: int) -> dict[str, Any]:
        """The fields of a chat-completion request body besides ``model`` and
        ``messages``: the generation parameters, this provider's extra fields, and the
        response format that asks for JSON matching ``schema`` (titled ``name``).

        In the order the openai SDK writes them, so that the body is the same byte for
        byte as when the SDK built it (the recorded cassettes hold such bodies).
        """
        response_format: dict[str, Any]
        if self.response_format == "json_object":
            response_format = {"type": "json_object", "schema": schema}
        else:
            response_format = {"type": "json_schema", "json_schema": {"name": name, "schema": schema}}
        return {
            "max_tokens": max_tokens,
            "response_format": response_format,
            "seed": SEED,
            "temperature": TEMPERATURE,
            **self.extra_body,
        }


# The offline default: SmolLM2 served by llama-cpp-python's server, which this library
# starts on 127.0.0.1 (see _embedded).
EMBEDDED = Profile(
    provider="embedded",
    response_format="json_object",
    context_tokens=EMBEDDED_CONTEXT_TOKENS,
    max_tokens=768,
    extractive_summary=True,
    chooses_speakers=False,
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

OPENAI = Profile(provider="openai", response_format="json_schema", context_tokens=128_000, max_tokens=2048)

# vLLM, LM Studio, llama.cpp with a model of the caller's: anything at a base_url.
OPENAI_COMPATIBLE = Profile(
    provider="openai-compatible", response_format="json_schema", context_tokens=128_000, max_tokens=2048
)

OLLAMA = Profile(provider="ollama", response_format="json_schema", context_tokens=8192, max_tokens=2048)
