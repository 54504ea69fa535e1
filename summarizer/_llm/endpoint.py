"""Which model to talk to, where, and the profile of the provider kind that serves it
(its request shape, limits and defaults: see _profiles).

Explicit arguments win over the environment (``SUMMARIZER_MODEL``,
``OPENAI_BASE_URL``, ``OPENAI_API_KEY``). With none of them set, the default is the
embedded model, served on 127.0.0.1 through the same OpenAI-compatible HTTP path.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace

from .._errors import ModelUnavailableError
from .profiles import EMBEDDED, EMBEDDED_AT_URL, OLLAMA, OPENAI, OPENAI_COMPATIBLE, Profile, ProviderName

EMBEDDED_MODEL = "smollm2-135m-instruct"
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
OLLAMA_BASE_URL = "http://127.0.0.1:11434/v1"
# Placeholder sent where a server needs no key; the Authorization header is
# filtered from cassettes anyway.
NO_KEY = "no-key-required"


@dataclass(frozen=True)
class Endpoint:
    """One model at one place, and the profile of the provider kind that serves it."""

    model: str
    base_url: str | None  # None for the embedded model until its server starts
    api_key: str = field(repr=False)
    profile: Profile

    @property
    def provider(self) -> ProviderName:
        return self.profile.provider

    @property
    def label(self) -> str:
        return f"{self.provider}/{self.model}"


def _context_tokens(default: int) -> int:
    return int(os.environ.get("SUMMARIZER_CONTEXT_TOKENS", str(default)))


def resolve_endpoint(model: str | None, base_url: str | None, api_key: str | None) -> Endpoint:
    explicit_base_url = base_url
    model = model or os.environ.get("SUMMARIZER_MODEL") or None
    base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
    api_key = api_key or os.environ.get("OPENAI_API_KEY") or None

    if model in ("embedded", f"embedded/{EMBEDDED_MODEL}") or (model is None and base_url is None and api_key is None):
        return Endpoint(
            model=EMBEDDED_MODEL,
            # Only an explicit base_url (a replay or an already-running server) takes
            # the place of starting our own; OPENAI_BASE_URL is for other models.
            base_url=explicit_base_url,
            api_key=NO_KEY,
            profile=EMBEDDED if explicit_base_url is None else EMBEDDED_AT_URL,
        )
    if model is not None and model.startswith("ollama/"):
        return Endpoint(
            model=model.removeprefix("ollama/"),
            base_url=base_url or OLLAMA_BASE_URL,
            api_key=api_key or NO_KEY,
            profile=replace(OLLAMA, context_tokens=_context_tokens(OLLAMA.context_tokens)),
        )
    if model is not None and model.startswith("openai/"):
        model = model.removeprefix("openai/")
    profile = OPENAI if base_url is None else OPENAI_COMPATIBLE
    if profile is OPENAI and api_key is None:
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
        base_url=base_url,
        api_key=api_key or NO_KEY,
        profile=replace(profile, context_tokens=_context_tokens(profile.context_tokens)),
    )
