"""Property: for any generated article, in any typography, every span the whole
pipeline emits (quotes, speaker mentions, cues, evidence, event arguments, claim
sources, dates) slices the article back to its text, and no quote appears twice;
also when the article is summarized in parts. The model is FakeLLM answering from
each request's schema, so the property covers preparation, resolution and merging."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer import InvalidArticleError, summarize
from summarizer.testing import FakeLLM
from tests.pipeline.test_long import assert_long_result
from tests.test_hostile import minimal_answer
from tests.text.test_typography import article

PIPELINE = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def llm() -> Iterator[FakeLLM]:
    with FakeLLM(minimal_answer) as server:
        yield server


@PIPELINE
@given(text=article(), part_tokens=st.sampled_from([None, 100, 150]))
def test_every_emitted_span_slices_the_article(llm: FakeLLM, text: str, part_tokens: int | None) -> None:
    try:
        result = summarize(text, base_url=llm.base_url, model="fake", cache=False, part_tokens=part_tokens)
    except InvalidArticleError:
        return  # nothing to summarize (no words, only metadata): said before any call
    assert_long_result(text, result)
