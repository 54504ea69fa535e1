"""The options every entry point takes, defined here once: ``SummarizerOptions``.

``Summarizer(...)``, ``summarize``, ``asummarize``, the four batch functions and
``eval.evaluate`` take them as ``**options: Unpack[SummarizerOptions]`` (PEP 692, as
stamina's ``RetryKWs``), so a type checker checks every keyword against this one
definition; ``with_options`` spells them out in each function's runtime signature, so
``help()`` and Jupyter's Shift-Tab list them with their defaults; ``complete`` refuses an
unknown one at run time. Adding an option here adds it everywhere.
"""

from __future__ import annotations

import difflib
import inspect
import sys
import typing
from collections.abc import Callable, Mapping
from typing import Any, Final, TypedDict, TypeVar

from tenacity import AsyncRetrying

from .._llm.cache import CacheOption
from .session import DEFAULT_MAX_PARTS, DEFAULT_MAX_RETRIES

if sys.version_info >= (3, 12):
    from typing import Unpack
else:
    from typing_extensions import Unpack

__all__ = ["DEFAULTS", "SummarizerOptions", "Unpack", "complete", "with_options"]

F = TypeVar("F", bound=Callable[..., Any])


class SummarizerOptions(TypedDict, total=False):
    """The options of a :class:`~summarizer.Summarizer`, and of every function that makes
    one for a single use (``summarize``, ``asummarize``, ``summarize_many``,
    ``asummarize_many``, ``summarize_iter``, ``asummarize_iter``, ``eval.evaluate``).
    Every key may be left out; the defaults are these (docs/guide/client.md):

    model
        ``"openai/gpt-4o-mini"`` (or a bare OpenAI name), ``"anthropic/claude-…"``,
        ``"gemini/…"``, ``"mistral/…"``, ``"azure/DEPLOYMENT"``, ``"ollama/llama3.1"``,
        ``"embedded"``, or the model name your ``base_url`` serves (docs/guide/providers.md: "Hosted
        providers"). Default: ``SUMMARIZER_MODEL``, else ``gpt-4o-mini`` when
        ``OPENAI_API_KEY`` is set, else ``"embedded"``, the offline model.
    base_url
        Any OpenAI-compatible server: vLLM, Ollama, LM Studio, llama.cpp. Default:
        ``OPENAI_BASE_URL``.
    api_key
        The key of the provider the model string names, sent to it only. Default: that
        provider's variable (``OPENAI_API_KEY``, ``ANTHROPIC_API_KEY``, ``GEMINI_API_KEY``
        or ``GOOGLE_API_KEY``, ``MISTRAL_API_KEY``, ``AZURE_OPENAI_API_KEY``).
    max_retries
        Re-asks after an answer fails validation: an int, or a tenacity
        ``AsyncRetrying``. Default: 2. Transport faults are retried separately.
    timeout
        Seconds allowed for one model request, the whole generation included. Default
        (``None``): 180, or 600 for the embedded model, which runs on your CPU.
    cache
        ``True``: the response cache in the user cache directory (or
        ``$SUMMARIZER_CACHE``; ``SUMMARIZER_CACHE=off`` turns it off); a path: that file;
        ``False``: off. Default: ``True``.
    part_tokens
        Article tokens per part of a long article. Default (``None``): what the model's
        context allows, at most 6000.
    max_parts
        Refuse, with ``ArticleTooLongError`` and before any call, an article that would
        need more parts: a cost guard. ``None`` lifts it. Default: 64.
    allow_partial
        When the model gives no valid answer, return a partial summary
        (``result.partial`` says what is missing and why); ``False`` raises the model's
        error instead (in a batch: a ``FailedArticle``). Default: ``True``.
    concurrency
        Requests in flight at once, over every call of one client: the parts of a long
        article, the articles of a batch. Default (``None``): 8, or 1 for the embedded
        model, which answers one request at a time.
    rpm
        Requests per minute, over every request of one client: requests are spaced to
        stay just under it (docs/guide/rate-limits.md); the provider's rate-limit headers
        tighten it. Default (``None``): learned from those headers only.
    tpm
        Tokens (prompt and answer) per minute, as ``rpm``: each request reserves its
        estimated prompt and its output budget, corrected by the answer's usage.
        Default (``None``): learned from the headers only.
    language
        The articles' language as an ISO 639-1 code (``"fr"``), in place of the one
        detected from each article's text: the rules of that language run on it
        (docs/guide/languages.md). Default (``None``): detected.
    """

    model: str | None
    base_url: str | None
    api_key: str | None
    max_retries: int | AsyncRetrying
    timeout: float | None
    cache: CacheOption
    part_tokens: int | None
    max_parts: int | None
    allow_partial: bool
    concurrency: int | None
    rpm: int | None
    tpm: int | None
    language: str | None


# The value of every option left out; ``None`` means "resolved from the environment or
# the model" (see the docstring above).
DEFAULTS: Final[SummarizerOptions] = {
    "model": None,
    "base_url": None,
    "api_key": None,
    "max_retries": DEFAULT_MAX_RETRIES,
    "timeout": None,
    "cache": True,
    "part_tokens": None,
    "max_parts": DEFAULT_MAX_PARTS,
    "allow_partial": True,
    "concurrency": None,
    "rpm": None,
    "tpm": None,
    "language": None,
}


def complete(options: Mapping[str, object]) -> SummarizerOptions:
    """Every option: those given, and the defaults of the rest. An unknown name is a
    ``TypeError``, as an unknown keyword argument is."""
    for name in options:
        if name not in DEFAULTS:
            close = difflib.get_close_matches(name, list(DEFAULTS), n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise TypeError(f"unknown option {name!r}; {hint}The options are: {', '.join(DEFAULTS)}")
    # The names were checked; their values' types are the type checker's to check.
    return typing.cast(SummarizerOptions, {**DEFAULTS, **options})


def with_options(fn: F) -> F:
    """``fn``, with the options in its runtime signature in place of ``**options``.

    Only what ``inspect.signature`` reports changes (``help()``, IDEs and Jupyter read
    it); calls still go through ``**options``, which ``complete`` checks.
    """
    signature = inspect.signature(fn)
    # As written in the source, as the function's own annotations are here.
    types = {k: getattr(v, "__forward_arg__", v) for k, v in SummarizerOptions.__annotations__.items()}
    kept = [p for p in signature.parameters.values() if p.kind is not inspect.Parameter.VAR_KEYWORD]
    spelled = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=types[name])
        for name, default in DEFAULTS.items()
    ]
    setattr(fn, "__signature__", signature.replace(parameters=[*kept, *spelled]))  # noqa: B010  (not a declared attribute of F)
    return fn
