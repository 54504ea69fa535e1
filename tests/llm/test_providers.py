"""Real providers, verified on the wire: every request the library makes to OpenAI,
Azure, Mistral, Anthropic and Gemini is captured by a loopback fake of that wire
protocol (tests/llm/provider_fakes.py) and checked against the provider's documented
constraints, there and here. The fakes' answers are written in this test code; none
is a recording of a provider.

The schema-limit checks run on the seed, the long article and a dense synthetic
results article (provider_fakes.dense_results_article, about 15k characters).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from genai_prices import Usage as PriceUsage
from genai_prices import calc_price

from summarizer import ModelUnavailableError, summarize
from summarizer._llm.endpoint import SUPPORTED_PREFIXES, resolve_endpoint
from summarizer._llm.profiles import OPENAI, OPENAI_COMPATIBLE
from summarizer._llm.schema import OPENAI_LIMITS, enum_stats, within
from summarizer._pipeline.answer import answer_spec
from summarizer._text.analysis import analyse
from summarizer.testing import FakeLLM, FakeResponse
from tests.llm.provider_fakes import (
    Fake,
    Seen,
    anthropic_reply,
    chat_reply,
    dense_results_article,
    gemini_reply,
    minimal_answer,
)
from tests.pipeline.test_summarize import GOOD, UNGROUNDED

ROOT = Path(__file__).resolve().parent.parent.parent
SEED = next((ROOT / "seeds").glob("000_*.txt"))
LONG = ROOT / "tests" / "long" / "flood_synthetic.txt"

KEYS = {
    "openai": ("OPENAI_API_KEY", "sk-openai-test-key"),
    "azure": ("AZURE_OPENAI_API_KEY", "azure-test-key"),
    "mistral": ("MISTRAL_API_KEY", "mistral-test-key"),
    "anthropic": ("ANTHROPIC_API_KEY", "sk-ant-test-key"),
    "gemini": ("GEMINI_API_KEY", "gemini-test-key"),
}
MODELS = {
    "openai": "openai/gpt-4o-mini",
    "azure": "azure/summaries",
    "mistral": "mistral/mistral-small-latest",
    "anthropic": "anthropic/claude-sonnet-4-5",
    "gemini": "gemini/gemini-2.5-flash",
}
WIRES = {"openai": "chat", "azure": "chat", "mistral": "chat", "anthropic": "anthropic", "gemini": "gemini"}


@pytest.fixture
def every_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every provider's key is set at once: each must reach its own provider only."""
    for name, value in KEYS.values():
        monkeypatch.setenv(name, value)


def _answer_with(content: Any) -> Any:
    """A fake's answer function: ``content(seen)`` is the answer JSON, wrapped in the
    provider's own response shape."""

    def answer(seen: Seen) -> dict[str, Any]:
        text = content(seen) if callable(content) else content
        text = text if isinstance(text, str) else json.dumps(text)
        if "output_config" in seen.body or "system" in seen.body:
            return anthropic_reply(text)
        if "generationConfig" in seen.body:
            return gemini_reply(text)
        return chat_reply(text)

    return answer


def _minimal(seen: Seen) -> dict[str, Any]:
    assert seen.schema is not None
    return minimal_answer(seen.schema)


def _fake(provider: str, content: Any = _minimal) -> Fake:
    own = KEYS[provider][1]
    foreign = [key for name, (_, key) in KEYS.items() if name != provider]
    flavour = provider if provider in ("azure", "mistral") else "openai"
    return Fake(WIRES[provider], _answer_with(content), key=own, options={"flavour": flavour, "foreign_keys": foreign})


def _base_url(provider: str, fake: Fake, monkeypatch: pytest.MonkeyPatch) -> str | None:
    """The fake's URL where the provider's API would be; Azure's comes from its variable."""
    if provider == "azure":
        monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", fake.url)
        return None
    return fake.url + ("/v1beta" if provider == "gemini" else "/v1")


ARTICLES = {
    "seed": lambda: SEED.read_text(encoding="utf-8"),
    "long": lambda: LONG.read_text(encoding="utf-8"),
    "dense": dense_results_article,
    # A whole 24k-character roundup in one part (PART_TOKENS). Events and their arguments
    # are offered per event (at most 12 a part), not as the article's whole name lists, so
    # even this one stays within OpenAI's 1,000 enum values (it was over them when every
    # name of the article was an enum of its own).
    "dense-24k": lambda: dense_results_article(24_000),
}
# Parts as large as a user may ask for: a whole 24k-character article in one request.
PART_TOKENS = {"dense-24k": 12_000}


@pytest.mark.parametrize("article", ARTICLES)
@pytest.mark.parametrize("provider", KEYS)
def test_every_request_is_within_its_providers_documented_limits(
    provider: str, article: str, every_key: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The seed, the long article (in parts, and its final summary call) and the dense
    results article: every request to every provider passes its checks, and the
    summary is complete. What did not fit a provider's enum limits is named in
    provenance and left to the validators."""
    text = ARTICLES[article]()
    with _fake(provider) as fake:
        result = summarize(
            text,
            model=MODELS[provider],
            base_url=_base_url(provider, fake, monkeypatch),
            cache=False,
            part_tokens=PART_TOKENS.get(article),
        )
    assert fake.violations == []
    assert result.complete, result.partial
    assert len(fake.seen) == result.usage.calls >= 1
    relaxed = result.provenance.schema_relaxed
    assert all("checked by the validators" in r for r in relaxed)
    if provider in ("openai", "azure", "mistral", "anthropic"):
        assert relaxed == []  # within 1,000 enum values (see ARTICLES)
    if provider == "gemini" and article != "seed":
        assert relaxed  # its budget (60 values) is far smaller; the seed's schema has about 40


def test_a_schema_over_the_limits_is_adapted(seed_text: str) -> None:
    """A part with more attributions than OpenAI's documented 1,000 enum values (the
    seed's, repeated under new IDs, as a very long part of a very quoted article would
    have them): the schema sent to OpenAI drops what does not fit and says so, and a
    compatible server gets it as built (its own server enforces what it can)."""
    analysis = analyse(seed_text)
    claims = list(analysis.claims)
    many = [replace(claims[i % len(claims)], id=f"A{i + 1}") for i in range(1100)]
    spec = answer_spec(analysis.article, unresolved_quotes=[], speakers=[], candidates=many)
    raw = spec.json_schema
    total, _, _ = enum_stats(raw)
    assert total > 1000 and not within(raw, OPENAI_LIMITS)
    adapted = OPENAI.adapt(raw)
    assert within(adapted.schema, OPENAI_LIMITS) and adapted.relaxed
    assert OPENAI_COMPATIBLE.adapt(raw).schema is raw


def test_the_openai_request_for_the_seed_is_strict(seed_text: str, every_key: None) -> None:
    with _fake("openai", GOOD) as fake:
        result = summarize(seed_text, model="openai/gpt-4o-mini", base_url=fake.url + "/v1", cache=False)
    assert fake.violations == [] and result.complete
    (seen,) = fake.seen
    response_format = seen.body["response_format"]
    assert response_format["type"] == "json_schema" and response_format["json_schema"]["strict"] is True
    assert seen.body["max_completion_tokens"] == 2048 and "max_tokens" not in seen.body
    assert seen.body["temperature"] == 0.0 and seen.body["seed"] == 7
    assert seen.headers["authorization"] == "Bearer " + KEYS["openai"][1]
    # The validators still see every ID: the schema kept the seed's 162 enum values.
    assert result.provenance.schema_relaxed == []


@pytest.mark.parametrize("model", ["o4-mini", "openai/o3", "gpt-5", "openai/gpt-5-mini"])
def test_reasoning_models_get_max_completion_tokens_and_no_temperature(
    seed_text: str, model: str, every_key: None
) -> None:
    """OpenAI's reference: max_tokens "is not compatible with o-series models";
    reasoning models reject temperature. Their reasoning tokens are counted."""

    def answer(seen: Seen) -> dict[str, Any]:
        return chat_reply(json.dumps(GOOD), prompt=1000, completion=900, reasoning=800)

    # With a base_url, a bare name goes to that server (an OpenAI-compatible proxy) with
    # the key given for it; with the openai/ prefix it is OpenAI's API at that URL.
    bare = "/" not in model
    fake = Fake("chat", answer, key="sk-openai-test-key", options={"flavour": "compatible" if bare else "openai"})
    with fake:
        key = "sk-openai-test-key" if bare else None
        result = summarize(seed_text, model=model, base_url=fake.url + "/v1", api_key=key, cache=False)
    assert fake.violations == []
    (seen,) = fake.seen
    assert "max_completion_tokens" in seen.body and "max_tokens" not in seen.body
    assert "temperature" not in seen.body and "seed" not in seen.body
    assert result.usage.reasoning_tokens == 800 and result.usage.completion_tokens == 900
    # Without a base_url the same model string goes to OpenAI itself.
    endpoint = resolve_endpoint(model, None, None)
    assert endpoint.provider == "openai" and endpoint.base_url == "https://api.openai.com/v1"
    assert endpoint.profile.reasoning


def test_mistral_gets_random_seed_not_seed(seed_text: str, every_key: None, monkeypatch: pytest.MonkeyPatch) -> None:
    with _fake("mistral", GOOD) as fake:
        summarize(seed_text, model="mistral/mistral-small-latest", base_url=fake.url + "/v1", cache=False)
    assert fake.violations == []
    assert fake.seen[0].body["random_seed"] == 7 and "seed" not in fake.seen[0].body


@pytest.mark.parametrize("provider", KEYS)
def test_each_key_goes_to_its_own_provider_only(
    seed_text: str, provider: str, every_key: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every provider's key is set; each fake sees its own key in its own header, and
    no other provider's key anywhere in the request (headers or body)."""
    with _fake(provider) as fake:
        summarize(seed_text, model=MODELS[provider], base_url=_base_url(provider, fake, monkeypatch), cache=False)
    assert fake.violations == []
    own = KEYS[provider][1]
    header = {"anthropic": "x-api-key", "gemini": "x-goog-api-key", "azure": "api-key"}.get(provider, "authorization")
    assert all(own in s.headers[header] for s in fake.seen)


def test_an_explicit_key_belongs_to_the_provider_the_model_names(seed_text: str) -> None:
    with _fake("anthropic", GOOD) as fake:
        fake.key = "explicit-anthropic-key"
        summarize(seed_text, model="anthropic/claude-haiku-4-5", base_url=fake.url + "/v1", api_key=fake.key)
    assert fake.violations == []
    assert fake.seen[0].headers["x-api-key"] == "explicit-anthropic-key"
    assert "authorization" not in fake.seen[0].headers


def test_openai_key_is_not_sent_to_another_server(seed_text: str, every_key: None) -> None:
    """OPENAI_API_KEY is OpenAI's: an explicit base_url for a compatible server does not
    get it (OPENAI_BASE_URL with OPENAI_API_KEY, the SDK's own pairing, does)."""
    with FakeLLM([GOOD]) as llm:
        summarize(seed_text, model="meta-llama/Llama-3.1-8B-Instruct", base_url=llm.base_url, cache=False)
    assert llm.requests[0]["model"] == "meta-llama/Llama-3.1-8B-Instruct"  # as given, slash and all
    endpoint = resolve_endpoint("meta-llama/Llama-3.1-8B-Instruct", "http://127.0.0.1:1/v1", None)
    assert endpoint.api_key != KEYS["openai"][1]


def test_model_strings_route_to_their_providers_hosts(every_key: None, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = {
        "gpt-4o-mini": ("openai", "https://api.openai.com/v1", "gpt-4o-mini"),
        "openai/gpt-4.1": ("openai", "https://api.openai.com/v1", "gpt-4.1"),
        "anthropic/claude-sonnet-4-5": ("anthropic", "https://api.anthropic.com/v1", "claude-sonnet-4-5"),
        "gemini/gemini-2.5-flash": ("gemini", "https://generativelanguage.googleapis.com/v1beta", "gemini-2.5-flash"),
        "google/gemini-2.5-pro": ("gemini", "https://generativelanguage.googleapis.com/v1beta", "gemini-2.5-pro"),
        "mistral/mistral-large-latest": ("mistral", "https://api.mistral.ai/v1", "mistral-large-latest"),
        "ollama/llama3.1": ("ollama", "http://127.0.0.1:11434/v1", "llama3.1"),
    }
    for model, (provider, url, name) in expected.items():
        endpoint = resolve_endpoint(model, None, None)
        assert (endpoint.provider, endpoint.base_url, endpoint.model) == (provider, url, name), model
    assert resolve_endpoint("anthropic/claude-sonnet-4-5", None, None).api_key == KEYS["anthropic"][1]
    monkeypatch.delenv("GEMINI_API_KEY")
    monkeypatch.setenv("GOOGLE_API_KEY", "google-key")
    assert resolve_endpoint("gemini/gemini-2.5-flash", None, None).api_key == "google-key"
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", "https://res.openai.azure.com")
    v1 = resolve_endpoint("azure/dep", None, None)
    assert (v1.base_url, v1.profile.api_version) == ("https://res.openai.azure.com/openai/v1", None)
    monkeypatch.setenv("AZURE_OPENAI_API_VERSION", "2024-10-21")
    classic = resolve_endpoint("azure/dep", None, None)
    assert classic.base_url == "https://res.openai.azure.com/openai/deployments/dep"
    assert classic.profile.api_version == "2024-10-21"


@pytest.mark.parametrize("model", ["bedrock/anthropic.claude-3", "cohere/command-r", "foo/bar"])
def test_an_unknown_prefix_is_a_clear_error(model: str, every_key: None) -> None:
    with pytest.raises(ModelUnavailableError, match="unknown provider") as caught:
        resolve_endpoint(model, None, None)
    assert all(prefix in str(caught.value) for prefix in SUPPORTED_PREFIXES)


def test_a_missing_key_names_the_providers_variable() -> None:
    with pytest.raises(ModelUnavailableError, match="ANTHROPIC_API_KEY"):
        resolve_endpoint("anthropic/claude-sonnet-4-5", None, None)
    with pytest.raises(ModelUnavailableError, match="GOOGLE_API_KEY or GEMINI_API_KEY"):
        resolve_endpoint("gemini/gemini-2.5-flash", None, None)


def test_a_classic_azure_deployment_url(seed_text: str, every_key: None) -> None:
    """The classic URL, ?api-version= and all, as base_url: the request goes to that
    deployment with the version, the key in api-key."""
    with _fake("azure", GOOD) as fake:
        url = f"{fake.url}/openai/deployments/summaries/chat/completions?api-version=2024-10-21"
        result = summarize(seed_text, model="azure/summaries", base_url=url, cache=False)
    assert fake.violations == [] and result.complete
    (seen,) = fake.seen
    assert seen.path == "/openai/deployments/summaries/chat/completions"
    assert seen.query == {"api-version": ["2024-10-21"]}
    assert seen.headers["api-key"] == "azure-test-key" and "authorization" not in seen.headers


@pytest.mark.parametrize(
    ("status", "error", "cause"),
    [
        (
            400,
            {"message": "Unsupported parameter: 'max_tokens' is not supported with this model.", "code": "x"},
            "does not accept a request parameter",
        ),
        (400, {"message": "Invalid schema for response_format 'ArticleAnswer'"}, "rejected the answer's JSON Schema"),
        (401, {"message": "Incorrect API key provided"}, "authentication failed"),
        (404, {"message": "The model `gpt-9` does not exist"}, "model not found"),
        (429, {"message": "You exceeded your current quota", "code": "insufficient_quota"}, "quota"),
        (
            400,
            {"message": "This model's maximum context length is 128000 tokens", "code": "context_length_exceeded"},
            "context window",
        ),
    ],
)
def test_errors_name_the_real_cause(seed_text: str, status: int, error: dict[str, str], cause: str) -> None:
    with FakeLLM([FakeResponse(status, json.dumps({"error": error}))] * 6) as llm:
        with pytest.raises(ModelUnavailableError) as caught:
            summarize(seed_text, base_url=llm.base_url, model="fake", allow_partial=False, cache=False)
    message = str(caught.value)
    assert cause in message and error["message"] in message
    if cause != "context window":
        assert "context window" not in message
    # None of these is worth asking again, but a rejected schema is tried once without enums.
    assert len(llm.requests) == (2 if "Schema" in cause else 1)
    if "Schema" in cause:
        assert '"enum"' in json.dumps(llm.requests[0]) and '"enum"' not in json.dumps(llm.requests[1])


def test_a_server_that_ignores_response_format(seed_text: str) -> None:
    """Prose first: the re-ask carries the schema itself; a fenced answer is accepted."""
    with FakeLLM(["Here is the summary you asked for.", "```json\n" + json.dumps(GOOD) + "\n```"]) as llm:
        result = summarize(seed_text, base_url=llm.base_url, model="fake", cache=False)
    assert result.complete and result.provenance.attempts == 2
    last = llm.requests[1]["messages"][-1]["content"]
    assert last.startswith("Answer with one JSON object") and '"event"' in last


def _price(model: str, provider: str, prompt: int, completion: int) -> float:
    return float(
        calc_price(PriceUsage(input_tokens=prompt, output_tokens=completion), model, provider_id=provider).total_price
    )


def test_cost_is_summed_over_re_asks(seed_text: str, every_key: None) -> None:
    answers = iter([UNGROUNDED, GOOD])
    with _fake("openai", lambda seen: next(answers)) as fake:
        result = summarize(seed_text, model="openai/gpt-4o-mini", base_url=fake.url + "/v1", cache=False)
    assert result.usage.calls == 2
    assert result.usage.cost_usd == pytest.approx(2 * _price("gpt-4o-mini", "openai", 1000, 100))


def test_cost_is_summed_over_parts_and_counts_gemini_thinking(every_key: None) -> None:
    with _fake("gemini") as fake:
        result = summarize(
            LONG.read_text(encoding="utf-8"), model="gemini/gemini-2.5-flash", base_url=fake.url + "/v1beta"
        )
    calls = result.usage.calls
    assert calls == result.provenance.chunks + 1 > 2  # the parts and the final summary
    assert result.usage.reasoning_tokens == 50 * calls and result.usage.completion_tokens == 150 * calls
    assert result.usage.cost_usd == pytest.approx(calls * _price("gemini-2.5-flash", "google", 1000, 150))


def test_cost_is_none_when_unknown(seed_text: str) -> None:
    """The embedded model (here at a base_url) and a compatible server have no price."""
    extractive = {"claims": []}  # the embedded model is asked for neither a summary nor events
    with FakeLLM([extractive, GOOD]) as llm:
        embedded = summarize(seed_text, base_url=llm.base_url, model="embedded", cache=False)
        server = summarize(seed_text, base_url=llm.base_url, model="fake", cache=False)
    assert embedded.provenance.provider == "embedded" and embedded.complete and server.complete
    assert embedded.usage.calls == server.usage.calls == 1
    assert embedded.usage.cost_usd is None and server.usage.cost_usd is None


def test_anthropic_refusal_and_gemini_cut_off(seed_text: str, every_key: None) -> None:
    from summarizer import RefusedError

    refusal = Fake("anthropic", lambda seen: anthropic_reply("I can't help with that.", stop="refusal"))
    with refusal, pytest.raises(RefusedError, match="can't help"):
        summarize(seed_text, model="anthropic/claude-sonnet-4-5", base_url=refusal.url + "/v1", allow_partial=False)
    budgets: list[int] = []

    def cut_then_whole(seen: Seen) -> dict[str, Any]:
        budgets.append(seen.body["generationConfig"]["maxOutputTokens"])
        return (
            gemini_reply('{"summary": "cut', finish="MAX_TOKENS")
            if len(budgets) == 1
            else gemini_reply(json.dumps(GOOD))
        )

    gemini = Fake("gemini", cut_then_whole, key=KEYS["gemini"][1])
    with gemini:
        result = summarize(seed_text, model="gemini/gemini-2.5-flash", base_url=gemini.url + "/v1beta", cache=False)
    assert gemini.violations == [] and result.complete and budgets == [8192, 16384]


@pytest.fixture
def articles(tmp_path: Path, seed_text: str) -> Iterator[Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    body = seed_text.split("\n", 1)[1]
    for day in (13, 14):
        (folder / f"{day}.txt").write_text(f"date 2020-03-{day}\n{body}", encoding="utf-8")
    yield folder


def test_the_cli_batch_line_shows_the_cost(articles: Path, every_key: None) -> None:
    with _fake("openai", GOOD) as fake:
        proc = subprocess.run(
            [sys.executable, "-c", "from summarizer.cli import main; main()", str(articles)]
            + ["--model", "openai/gpt-4o-mini", "--base-url", fake.url + "/v1", "--no-cache"],
            capture_output=True,
            timeout=120,
        )
    assert proc.returncode == 0, proc.stderr
    line = proc.stderr.decode().splitlines()[-1]
    cost = 2 * _price("gpt-4o-mini", "openai", 1000, 100)
    assert line == f"summarize: 2 complete, 0 partial, 0 failed; 2 call(s), 2200 tokens, ${cost:.4f}"


def test_cost_in_the_notebook_footer_and_the_usage_frame(seed_text: str, every_key: None) -> None:
    pytest.importorskip("pandas")
    from summarizer.results import SummaryBatch

    with _fake("openai", GOOD) as fake:
        priced = summarize(seed_text, model="openai/gpt-4o-mini", base_url=fake.url + "/v1", cache=False)
    with FakeLLM([GOOD]) as llm:
        unpriced = summarize(seed_text, base_url=llm.base_url, model="fake", cache=False)
    cost = _price("gpt-4o-mini", "openai", 1000, 100)
    assert f"<b>cost</b> ${cost:.4f}" in priced._repr_html_()
    assert "<b>cost</b> unknown" in unpriced._repr_html_()
    batch = SummaryBatch(
        [priced.model_copy(update={"article_id": "a"}), unpriced.model_copy(update={"article_id": "b"})]
    )
    frame = batch.usage_df()
    assert list(frame.cost_usd.isna()) == [False, True] and frame.cost_usd[0] == pytest.approx(cost)
    assert batch.usage.calls == 2 and batch.usage.cost_usd is None  # one price unknown: the sum is unknown
    assert SummaryBatch([priced, priced]).usage.cost_usd == pytest.approx(2 * cost)


def test_a_schema_rejected_beyond_the_documented_limits_is_asked_again_without_enums(
    seed_text: str, every_key: None
) -> None:
    """Gemini's grammar limits are not documented: a schema within the library's budget
    may still be refused ("too many states for serving"). The request is made again
    with no enums, the validators check the IDs, and provenance says so."""

    def strict_grammar(seen: Seen) -> Any:
        schema = seen.schema or {}
        if '"enum"' in json.dumps(schema):
            message = "The specified schema produces a constraint that has too many states for serving."
            return 400, {"error": {"code": 400, "message": message, "status": "INVALID_ARGUMENT"}}
        return gemini_reply(json.dumps(GOOD))

    fake = Fake("gemini", strict_grammar, key=KEYS["gemini"][1])
    with fake:
        result = summarize(seed_text, model="gemini/gemini-2.5-flash", base_url=fake.url + "/v1beta", cache=False)
    assert result.complete and len(fake.seen) == 2
    relaxed = result.provenance.schema_relaxed
    assert any(r.startswith("events[].event") for r in relaxed), relaxed
    assert result.usage.calls == 1  # the refused request was not an answer
