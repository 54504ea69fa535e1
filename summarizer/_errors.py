"""The package's exceptions. One root, so callers can catch everything with one clause.

SummarizerError
 ├── InvalidArticleError      empty or whitespace-only article (raised before any model call)
 ├── ArticleTooLongError      the article does not fit the model's context
 ├── ModelUnavailableError    the model cannot be reached or started (transport retries exhausted,
 │                            embedded extra not installed, bad credentials)
 └── SummaryFailedError       the model kept giving answers that fail validation, or stopped early
      └── RefusedError         the model refused, or the provider's content filter stopped it (not retried)

Non-text input raises the built-in TypeError, as Python code expects.
"""

from __future__ import annotations

from typing import Literal

from .models import Usage

__all__ = [
    "ArticleTooLongError",
    "InvalidArticleError",
    "ModelUnavailableError",
    "RefusedError",
    "SummarizerError",
    "SummaryFailedError",
]


class SummarizerError(Exception):
    """Root of every error this package raises on purpose."""


class InvalidArticleError(SummarizerError, ValueError):
    """The article cannot be summarized as given (for example it is empty)."""


class ArticleTooLongError(SummarizerError, ValueError):
    """The article does not fit the model's context window."""

    def __init__(self, message: str, *, estimated_tokens: int, limit_tokens: int) -> None:
        super().__init__(message)
        self.estimated_tokens = estimated_tokens
        self.limit_tokens = limit_tokens


class ModelUnavailableError(SummarizerError):
    """The model could not be reached, started or authenticated against."""

    def __init__(self, message: str, *, attempts: int = 0, usage: Usage | None = None) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.usage = usage or Usage()


class SummaryFailedError(SummarizerError):
    """The model's answers kept failing validation, or its output was cut off.

    Carries everything needed to see why: the number of attempts, the validation
    errors of the last attempt, the usage summed over all attempts, and the raw
    text of the last completion.
    """

    def __init__(
        self,
        message: str,
        *,
        attempts: int,
        errors: list[str],
        usage: Usage,
        last_completion: str | None,
        reason: Literal["validation", "truncated", "refusal", "content_filter"] = "validation",
    ) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.errors = errors
        self.usage = usage
        self.last_completion = last_completion
        self.reason = reason


class RefusedError(SummaryFailedError):
    """The model declined to answer, or the provider's content filter stopped it.

    ``reason`` is ``"refusal"`` or ``"content_filter"``. Asking again would give the
    same answer and cost the same, so it is never retried.
    """
