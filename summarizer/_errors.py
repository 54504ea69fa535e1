"""The package's exceptions. One root, so callers can catch everything with one clause.

SummarizerError
 ├── InvalidArticleError      empty or whitespace-only article (raised before any model call)
 ├── ArticleTooLongError      the article does not fit the model's context
 ├── ModelUnavailableError    the model cannot be reached or started (transport retries exhausted,
 │                            embedded extra not installed, bad credentials)
 ├── SummaryFailedError       the model kept giving answers that fail validation, or stopped early
 │    └── RefusedError         the model refused, or the provider's content filter stopped it (not retried)
 └── PartialSummaryError      raise_for_partial() on a summary the model gave only part of

Non-text input raises the built-in TypeError, as Python code expects.

By default a model failure does not raise: summarize() returns a partial summary
(``result.partial`` says why) and only ``allow_partial=False`` raises the errors above.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .models import Usage

if TYPE_CHECKING:
    from .models import ArticleSummary, Partial

__all__ = [
    "ArticleTooLongError",
    "InvalidArticleError",
    "ModelUnavailableError",
    "PartialSummaryError",
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


class PartialSummaryError(SummarizerError):
    """Raised by ``ArticleSummary.raise_for_partial()`` (and the DataFrame views of a
    part the model gave nothing for): the summary is partial.

    ``result`` is the partial summary itself, so nothing it holds is lost;
    ``partial`` says what is missing and why.
    """

    def __init__(self, result: ArticleSummary) -> None:
        assert result.partial is not None, "only a partial summary is raised"
        self.result = result
        self.partial: Partial = result.partial
        which = f"the summary of {result.article_id}" if result.article_id else "the summary"
        super().__init__(
            f"{which} is partial, missing {', '.join(self.partial.missing)} "
            f"({self.partial.reason}): {self.partial.message}"
        )


def one_line(what: BaseException | str, limit: int = 500) -> str:
    """A message (or an exception's) on one line, at most ``limit`` characters."""
    message = " ".join(str(what).split()) or type(what).__name__
    return message if len(message) <= limit else message[: limit - 1] + "…"
