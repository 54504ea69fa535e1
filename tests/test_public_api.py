import inspect

import summarizer


def test_all_is_sorted_and_small() -> None:
    assert summarizer.__all__ == sorted(summarizer.__all__)
    assert set(summarizer.__all__) == {
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
    }
    for name in summarizer.__all__:
        assert hasattr(summarizer, name)


def test_article_is_positional_options_keyword_only() -> None:
    for fn in (summarizer.summarize, summarizer.asummarize):
        params = list(inspect.signature(fn).parameters.values())
        assert params[0].name == "article"
        assert params[0].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params[1:])
        assert {"model", "base_url", "api_key", "max_retries", "published"} <= {p.name for p in params}


def test_errors_share_one_root() -> None:
    for name in (
        "ArticleTooLongError",
        "InvalidArticleError",
        "ModelUnavailableError",
        "PartialSummaryError",
        "RefusedError",
        "SummaryFailedError",
    ):
        assert issubclass(getattr(summarizer, name), summarizer.SummarizerError)


def test_every_entry_point_can_degrade_or_raise() -> None:
    """allow_partial, keyword-only and on by default, on the single and the batch functions."""
    for fn in (
        summarizer.summarize,
        summarizer.asummarize,
        summarizer.summarize_many,
        summarizer.asummarize_many,
        summarizer.summarize_iter,
        summarizer.asummarize_iter,
    ):
        param = inspect.signature(fn).parameters["allow_partial"]
        assert param.kind is inspect.Parameter.KEYWORD_ONLY and param.default is True, fn.__name__
