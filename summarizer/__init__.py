"""Typed, grounded structured summaries of news articles.

>>> from summarizer import summarize
>>> result = summarize(article_text)  # doctest: +SKIP
>>> result.quotes[0].speaker, result.quotes[0].text  # doctest: +SKIP
"""

from ._errors import (
    ArticleTooLongError,
    InvalidArticleError,
    ModelUnavailableError,
    SummarizerError,
    SummaryFailedError,
)
from ._summarize import asummarize, summarize
from ._version import __version__
from .models import ArticleSummary, Claim, Event, Provenance, Quote, Span, Usage, When

__all__ = [
    "ArticleSummary",
    "ArticleTooLongError",
    "Claim",
    "Event",
    "InvalidArticleError",
    "ModelUnavailableError",
    "Provenance",
    "Quote",
    "Span",
    "SummarizerError",
    "SummaryFailedError",
    "Usage",
    "When",
    "__version__",
    "asummarize",
    "summarize",
]
