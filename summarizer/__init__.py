"""Typed, grounded structured summaries of news articles.

>>> from summarizer import summarize
>>> result = summarize(article_text)  # doctest: +SKIP
>>> result.complete  # False if the model gave no answer for some of it; see result.partial  # doctest: +SKIP
True
>>> quote = result.quotes[0]  # doctest: +SKIP
>>> result.speaker(quote.speaker_id).name, quote.text  # doctest: +SKIP

For repeated use, a client keeps the options, one connection pool and the cache:

>>> from summarizer import Summarizer
>>> with Summarizer(model="openai/gpt-4o-mini") as s:  # doctest: +SKIP
...     results = [s.summarize(text) for text in texts]
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
from ._pipeline.batch_jobs import BatchJob
from ._pipeline.options import SummarizerOptions
from ._pipeline.summarizer import (
    Summarizer,
    asummarize,
    asummarize_iter,
    asummarize_many,
    summarize,
    summarize_iter,
    summarize_many,
)
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
from .results import SummaryBatch, read_results

__all__ = [
    "ArticleSummary",
    "ArticleTooLongError",
    "BatchJob",
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
    "Summarizer",
    "SummarizerError",
    "SummarizerOptions",
    "SummaryBatch",
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
