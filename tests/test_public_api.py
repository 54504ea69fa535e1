import inspect

import summarizer


def test_all_is_sorted_and_small() -> None:
    assert summarizer.__all__ == sorted(summarizer.__all__)
    assert set(summarizer.__all__) == {
        "ArticleSummary", "ArticleTooLongError", "Claim", "Event", "FailedArticle",
        "InvalidArticleError", "ModelUnavailableError", "Partial", "PartialSummaryError", "Provenance",
        "Quote", "RefusedError",
        "Span", "Speaker", "SummarizerError", "SummaryFailedError", "Usage", "When", "__version__",
        "asummarize", "asummarize_iter", "asummarize_many", "read_results", "summarize",
        "summarize_iter", "summarize_many",
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
        "ArticleTooLongError", "InvalidArticleError", "ModelUnavailableError", "PartialSummaryError",
        "RefusedError", "SummaryFailedError",
    ):
        assert issubclass(getattr(summarizer, name), summarizer.SummarizerError)
