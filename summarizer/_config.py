"""Which model to talk to, where, and with which generation settings.

Explicit arguments win over the environment (``SUMMARIZER_MODEL``,
``OPENAI_BASE_URL``, ``OPENAI_API_KEY``). With none of them set, the default is the
embedded model, served on 127.0.0.1 through the same OpenAI-compatible HTTP path.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Literal

from ._errors import ModelUnavailableError

EMBEDDED_MODEL = "smollm2-135m-instruct"
EMBEDDED_CONTEXT_TOKENS = 8192
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
OLLAMA_BASE_URL = "http://127.0.0.1:11434/v1"
SEED = 7
# Seconds for one model request, the whole generation included.
DEFAULT_TIMEOUT_S = 180.0
# The embedded model runs on this machine's CPU: a long article's part can take minutes
# on a busy machine, so the default allows more there.
EMBEDDED_TIMEOUT_S = 600.0
# Placeholder sent where a server needs no key; the Authorization header is
# filtered from cassettes anyway.
NO_KEY = "no-key-required"

OutputMode = Literal["json_schema", "json_object"]


@dataclass(frozen=True)
class Endpoint:
    model: str
    provider: Literal["embedded", "openai", "ollama", "openai-compatible"]
    base_url: str | None  # None for the embedded model until its server starts
    api_key: str = field(repr=False)
    output_mode: OutputMode
    context_tokens: int
    max_tokens: int
    # Too-small models invent names in free text; they pick summary sentences instead.
    extractive_summary: bool = False
    # HTTP requests per model answer when the transport fails (timeouts, 5xx, resets).
    transport_attempts: int = 5
    # Seconds for one request when the caller gives no timeout=.
    default_timeout: float = DEFAULT_TIMEOUT_S

    @property
    def label(self) -> str:
        return f"{self.provider}/{self.model}"

    def generation(self) -> dict[str, Any]:
        """Request parameters that change the answer (and so belong in a cache key)."""
        params: dict[str, Any] = {
            "temperature": 0.0,
            "seed": SEED,
            "max_tokens": self.max_tokens,
        }
        if self.provider == "embedded":
            # Without a repeat penalty SmolLM2 loops until max_tokens.
            params["extra_body"] = {"repeat_penalty": 1.15}
        return params


def resolve_endpoint(
    model: str | None, base_url: str | None, api_key: str | None
) -> Endpoint:
    explicit_base_url = base_url
    model = model or os.environ.get("SUMMARIZER_MODEL") or None
    base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
    api_key = api_key or os.environ.get("OPENAI_API_KEY") or None

    if model in ("embedded", f"embedded/{EMBEDDED_MODEL}") or (
        model is None and base_url is None and api_key is None
    ):
        return Endpoint(
            model=EMBEDDED_MODEL,
            provider="embedded",
            # Only an explicit base_url (a replay or an already-running server) takes
            # the place of starting our own; OPENAI_BASE_URL is for other models.
            base_url=explicit_base_url,
            api_key=NO_KEY,
            # llama-cpp-python's server rejects response_format type "json_schema"
            # but constrains decoding to {"type": "json_object", "schema": ...}.
            output_mode="json_object",
            context_tokens=EMBEDDED_CONTEXT_TOKENS,
            max_tokens=768,
            extractive_summary=True,
            # The server we start ourselves, on this machine, that fails is dead, not
            # busy: asking again only waits. It is replaced on the next request.
            transport_attempts=1 if explicit_base_url is None else 5,
            default_timeout=EMBEDDED_TIMEOUT_S,
        )
    if model is not None and model.startswith("ollama/"):
        return Endpoint(
            model=model.removeprefix("ollama/"),
            provider="ollama",
            base_url=base_url or OLLAMA_BASE_URL,
            api_key=api_key or NO_KEY,
            output_mode="json_schema",
            context_tokens=int(os.environ.get("SUMMARIZER_CONTEXT_TOKENS", "8192")),
            max_tokens=2048,
        )
    if model is not None and model.startswith("openai/"):
        model = model.removeprefix("openai/")
        provider: Literal["openai", "openai-compatible"] = "openai" if base_url is None else "openai-compatible"
    else:
        provider = "openai" if base_url is None else "openai-compatible"
    if provider == "openai" and api_key is None:
        raise ModelUnavailableError(
            f"model {model!r} needs OpenAI credentials: set OPENAI_API_KEY, pass api_key=, "
            "or pass base_url= for an OpenAI-compatible server"
        )
    if model is None:
        if base_url is not None:
            raise ModelUnavailableError(
                f"base_url {base_url!r} is set but no model: pass model= (or set "
                "SUMMARIZER_MODEL) to the name your server serves"
            )
        model = DEFAULT_OPENAI_MODEL
    return Endpoint(
        model=model,
        provider=provider,
        base_url=base_url,
        api_key=api_key or NO_KEY,
        output_mode="json_schema",
        context_tokens=int(os.environ.get("SUMMARIZER_CONTEXT_TOKENS", "128000")),
        max_tokens=2048,
    )
