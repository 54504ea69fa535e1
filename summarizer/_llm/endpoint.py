"""Which model to talk to, where, with which key, and the profile of the provider kind
that serves it (its request shape, limits and defaults: see profiles).

Model strings route by their prefix:

* ``embedded``: the offline model, served on 127.0.0.1 (the default when nothing is set);
* ``openai/<model>`` or a bare OpenAI name (``gpt-4o-mini``, ``o4-mini``, ``gpt-5``):
  api.openai.com, key ``OPENAI_API_KEY``;
* ``anthropic/<model>``: api.anthropic.com (Messages API), key ``ANTHROPIC_API_KEY``;
* ``gemini/<model>`` or ``google/<model>``: generativelanguage.googleapis.com
  (generateContent), key ``GEMINI_API_KEY`` or ``GOOGLE_API_KEY``;
* ``mistral/<model>``: api.mistral.ai, key ``MISTRAL_API_KEY``;
* ``azure/<deployment>``: ``AZURE_OPENAI_ENDPOINT``, key ``AZURE_OPENAI_API_KEY``; with
  ``AZURE_OPENAI_API_VERSION`` (or ``OPENAI_API_VERSION``) the classic deployment URL,
  else the v1 endpoint; a classic deployment URL as base_url is taken apart.
  ``azure/<deployment>@<model>`` names the OpenAI model the deployment serves, whose
  name the deployment's need not say (``azure/prod-reasoner@o4-mini``): a reasoning
  model then gets no temperature or seed, and the answer is priced as that model;
* ``ollama/<model>``: 127.0.0.1:11434;
* anything else with a base_url: that OpenAI-compatible server, the model string as
  given (``meta-llama/Llama-3`` keeps its slash); but a base_url (or ``OPENAI_BASE_URL``)
  on OpenAI's own host, ``api.openai.com``, is OpenAI, with its profile and key.

A key goes only to its own provider: an explicit ``api_key=`` belongs to the provider
the model string names (or to the explicit base_url); a provider's environment
variable is read only for that provider. ``OPENAI_API_KEY`` goes to an
OpenAI-compatible server only when its URL also comes from the environment
(``OPENAI_BASE_URL``), the openai SDK's own pairing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from urllib.parse import parse_qs, urlsplit

from .._errors import ModelUnavailableError
from .profiles import (
    ANTHROPIC,
    AZURE,
    EMBEDDED,
    EMBEDDED_AT_URL,
    GEMINI,
    MISTRAL,
    OLLAMA,
    OPENAI,
    OPENAI_COMPATIBLE,
    Profile,
    ProviderName,
    is_reasoning_model,
)

EMBEDDED_MODEL = "smollm2-135m-instruct"
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
OLLAMA_BASE_URL = "http://127.0.0.1:11434/v1"
OPENAI_HOST = "api.openai.com"
# Placeholder sent where a server needs no key; the Authorization header is
# filtered from cassettes anyway.
NO_KEY = "no-key-required"

# Hosted providers by prefix: their profile and default URL.
_HOSTED: dict[str, tuple[Profile, str]] = {
    "openai": (OPENAI, f"https://{OPENAI_HOST}/v1"),
    "anthropic": (ANTHROPIC, "https://api.anthropic.com/v1"),
    "gemini": (GEMINI, "https://generativelanguage.googleapis.com/v1beta"),
    "google": (GEMINI, "https://generativelanguage.googleapis.com/v1beta"),
    "mistral": (MISTRAL, "https://api.mistral.ai/v1"),
}
SUPPORTED_PREFIXES = ("openai", "anthropic", "gemini", "google", "mistral", "azure", "ollama", "embedded")
# Bare names that are OpenAI's (gpt-4o-mini, o4-mini, gpt-5, chatgpt-4o-latest ...).
_OPENAI_BARE = ("gpt-", "chatgpt-", "o1", "o3", "o4", "o5")


@dataclass(frozen=True)
class Endpoint:
    """One model at one place, and the profile of the provider kind that serves it."""

    model: str
    base_url: str | None  # None for the embedded model until its server starts
    api_key: str = field(repr=False)
    profile: Profile
    # The model the profile and the price follow when ``model`` is a deployment's name.
    family: str | None = None

    @property
    def priced_model(self) -> str:
        """The model name to look the price up by."""
        return self.family or self.model

    @property
    def provider(self) -> ProviderName:
        return self.profile.provider

    @property
    def label(self) -> str:
        return f"{self.provider}/{self.model}"


def _context_tokens(default: int) -> int:
    return int(os.environ.get("SUMMARIZER_CONTEXT_TOKENS", str(default)))


def _env(*names: str) -> str | None:
    for name in names:
        value = os.environ.get(name)
        if value:
            return value
    return None


def _finish(
    model: str, base_url: str | None, api_key: str | None, profile: Profile, family: str | None = None
) -> Endpoint:
    profile = profile.for_model(family or model)
    return Endpoint(
        model=model,
        base_url=base_url,
        api_key=api_key or NO_KEY,
        profile=replace(profile, context_tokens=_context_tokens(profile.context_tokens)),
        family=family,
    )


def _is_openai(url: str) -> bool:
    """OpenAI's own API, however its URL is written (``https://api.openai.com/v1``, ``/v1/``)."""
    return urlsplit(url).hostname == OPENAI_HOST


def _needs_key(profile: Profile, model: str) -> ModelUnavailableError:
    names = " or ".join(profile.key_env)
    return ModelUnavailableError(
        f"model {profile.provider}/{model} needs {profile.provider} credentials: set {names} or pass api_key="
        + (", or pass base_url= for an OpenAI-compatible server" if profile is OPENAI else "")
    )


def resolve_endpoint(model: str | None, base_url: str | None, api_key: str | None) -> Endpoint:
    explicit_base_url = base_url
    model = model or os.environ.get("SUMMARIZER_MODEL") or None
    env_base_url = os.environ.get("OPENAI_BASE_URL") or None

    if model in ("embedded", f"embedded/{EMBEDDED_MODEL}") or (
        model is None and base_url is None and env_base_url is None and api_key is None and not _env("OPENAI_API_KEY")
    ):
        return Endpoint(
            model=EMBEDDED_MODEL,
            # Only an explicit base_url (a replay or an already-running server) takes
            # the place of starting our own; OPENAI_BASE_URL is for other models.
            base_url=explicit_base_url,
            api_key=NO_KEY,
            profile=EMBEDDED if explicit_base_url is None else EMBEDDED_AT_URL,
        )
    prefix, _, rest = (model or "").partition("/")
    if rest and prefix == "ollama":
        return _finish(rest, base_url or OLLAMA_BASE_URL, api_key, OLLAMA)
    if rest and prefix == "azure":
        return _azure(rest, base_url, api_key)
    if rest and prefix in _HOSTED:
        profile, default_url = _HOSTED[prefix]
        # A base_url given with a provider's prefix is that provider's API at another
        # place (a gateway, a test server): its protocol, its key.
        key = api_key or _env(*profile.key_env)
        if key is None and base_url is None:
            raise _needs_key(profile, rest)
        return _finish(rest, base_url or default_url, key, profile)
    if base_url is None and env_base_url is not None:
        base_url, api_key = env_base_url, api_key or _env("OPENAI_API_KEY")
    if base_url is not None and _is_openai(base_url) and (model is None or "/" not in model):
        # OpenAI's own URL, as base_url or OPENAI_BASE_URL: OpenAI's profile (strict
        # schemas, max_completion_tokens, its prices), and its key.
        model = model or DEFAULT_OPENAI_MODEL
        key = api_key or _env("OPENAI_API_KEY")
        if key is None:
            raise _needs_key(OPENAI, model)
        return _finish(model, base_url, key, OPENAI)
    if base_url is not None:
        if model is None:
            raise ModelUnavailableError(
                f"base_url {base_url!r} is set but no model: pass model= (or set "
                "SUMMARIZER_MODEL) to the name your server serves"
            )
        return _finish(model, base_url, api_key, OPENAI_COMPATIBLE)
    if model is not None and "/" in model:
        raise ModelUnavailableError(
            f"unknown provider {prefix!r} in model {model!r}: use one of "
            + ", ".join(f"{p}/…" for p in SUPPORTED_PREFIXES[:-1])
            + ", embedded, a bare OpenAI model name, or pass base_url= for an OpenAI-compatible server "
            "(the model name is then sent as given)"
        )
    model = model or DEFAULT_OPENAI_MODEL
    if not model.startswith(_OPENAI_BARE) and not is_reasoning_model(model) and api_key is None:
        raise ModelUnavailableError(
            f"model {model!r} names no provider: write it as provider/model ("
            + ", ".join(f"{p}/…" for p in SUPPORTED_PREFIXES[:-1])
            + "), or pass base_url= for an OpenAI-compatible server"
        )
    key = api_key or _env("OPENAI_API_KEY")
    if key is None:
        raise _needs_key(OPENAI, model)
    return _finish(model, f"https://{OPENAI_HOST}/v1", key, OPENAI)


def _azure(deployment: str, base_url: str | None, api_key: str | None) -> Endpoint:
    """Azure OpenAI: a classic deployment URL (with ?api-version=) or the v1 endpoint;
    ``deployment@model`` declares the model the deployment serves."""
    deployment, _, family = deployment.partition("@")
    key = api_key or _env("AZURE_OPENAI_API_KEY")
    url = base_url or _env("AZURE_OPENAI_ENDPOINT")
    if url is None:
        raise ModelUnavailableError(
            f"model azure/{deployment} needs the resource's endpoint: set AZURE_OPENAI_ENDPOINT "
            "(https://RESOURCE.openai.azure.com) or pass base_url="
        )
    if key is None:
        raise _needs_key(AZURE, deployment)
    parts = urlsplit(url)
    in_url = parse_qs(parts.query).get("api-version")
    version = in_url[0] if in_url else _env("AZURE_OPENAI_API_VERSION", "OPENAI_API_VERSION")
    root = f"{parts.scheme}://{parts.netloc}"
    path = parts.path.rstrip("/")
    if "/openai/deployments/" in path:
        # A classic deployment URL: the deployment is in it; keep its api-version.
        deployment_url = path.split("/chat/completions")[0]
        base = root + deployment_url
        if version is None:
            raise ModelUnavailableError(f"the Azure deployment URL {url!r} needs ?api-version=")
    elif version is not None and "/openai/v1" not in path:
        base = f"{root}/openai/deployments/{deployment}"
    else:
        base, version = f"{root}/openai/v1", None
    profile = replace(AZURE, api_version=version, default_host=parts.hostname or AZURE.default_host)
    return _finish(deployment, base, key, profile, family or None)
