"""Typed, grounded structured summaries of news articles.

>>> from summarizer import summarize
>>> result = summarize(article_text)  # doctest: +SKIP
>>> result.complete  # False if the model gave no answer for some of it; see result.partial  # doctest: +SKIP
True
>>> quote = result.quotes[0]  # doctest: +SKIP
>>> result.speaker(quote.speaker_id).name, quote.text  # doctest: +SKIP
"""

from ._errors import (
    ArticleTooLongError,
    InvalidArticleError,
    ModelUnavailableError,
    PartialSummaryError,
    RefusedError,
    SummarizerError,
    SummaryFailedError,
)
from ._batch import asummarize_iter, asummarize_many, summarize_iter, summarize_many
from ._jsonl import read_results
from ._summarize import asummarize, summarize
from ._version import __version__
from .models import (
    ArticleSummary,
    Claim,
    Event,
    FailedArticle,
    Partial,
    Provenance,
    Quote,
    Span,
    Speaker,
    Usage,
    When,
)

__all__ = [
    "ArticleSummary",
    "ArticleTooLongError",
    "Claim",
    "Event",
    "FailedArticle",
    "InvalidArticleError",
    "ModelUnavailableError",
    "Partial",
    "PartialSummaryError",
    "Provenance",
    "Quote",
    "RefusedError",
    "Span",
    "Speaker",
    "SummarizerError",
    "SummaryFailedError",
    "Usage",
    "When",
    "__version__",
    "asummarize",
    "asummarize_iter",
    "asummarize_many",
    "read_results",
    "summarize",
    "summarize_iter",
    "summarize_many",
]
