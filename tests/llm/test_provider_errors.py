"""Provider errors that tell the truth: one loopback test per error shape, each answered
by a fake of the provider's wire protocol (tests/llm/provider_fakes.py) on 127.0.0.1.

Every error body below is written in this test code, after the shape each provider
documents (OpenAI's error codes; Anthropic's errors page; Google's RPC error model with
``QuotaFailure``, ``RetryInfo`` and ``ErrorInfo``; Azure OpenAI's 429 and content
filter); none is a recording, and none is stored as a cassette. Delays are a second or
less, so every test stops by itself in a few seconds.
"""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from genai_prices import Usage as PriceUsage
from genai_prices import calc_price

from summarizer import ModelUnavailableError, RefusedError, summarize
from summarizer._llm.endpoint import resolve_endpoint
from summarizer._llm.provider_errors import diagnose
from tests.llm.provider_fakes import Fake, Seen, anthropic_reply, chat_reply, gemini_reply
from tests.pipeline.test_summarize import GOOD

GEMINI_KEY, GOOGLE_KEY = "gemini-test-key", "google-test-key"
OPENAI_KEY, AZURE_KEY, ANTHROPIC_KEY = "sk-openai-test-key", "azure-test-key", "sk-ant-test-key"

# Google's 429 for a per-minute free-tier limit: the message says "quota" (it always
# does); QuotaFailure names the limit, RetryInfo how long to wait.
GEMINI_PER_MINUTE = {
    "error": {
        "code": 429,
        "message": "You exceeded your current quota, please check your plan and billing details. "
        "* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, "
        "limit: 10, model: gemini-2.5-flash Please retry in 1.2s.",
        "status": "RESOURCE_EXHAUSTED",
        "details": [
            {
                "@type": "type.googleapis.com/google.rpc.QuotaFailure",
                "violations": [
                    {
                        "quotaMetric": "generativelanguage.googleapis.com/generate_content_free_tier_requests",
                        "quotaId": "GenerateRequestsPerMinutePerProjectPerModel-FreeTier",
                        "quotaDimensions": {"location": "global", "model": "gemini-2.5-flash"},
                        "quotaValue": "10",
                    }
                ],
            },
            {
                "@type": "type.googleapis.com/google.rpc.Help",
                "links": [{"description": "Learn more about Gemini API quotas", "url": "https://ai.google.dev/"}],
            },
            {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "1s"},
        ],
    }
}
GEMINI_BAD_KEY = {
    "error": {
        "code": 400,
        "message": "API key not valid. Please pass a valid API key.",
        "status": "INVALID_ARGUMENT",
        "details": [
            {
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": "API_KEY_INVALID",
                "domain": "googleapis.com",
                "metadata": {"service": "generativelanguage.googleapis.com"},
            }
        ],
    }
}
# Azure's 429: its code is the status as a string; its message links to aka.ms/oai/quotaincrease.
AZURE_RATE_LIMIT = {
    "error": {
        "code": "429",
        "message": "Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-10-21 "
        "have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 1 second. "
        "Please go here: https://aka.ms/oai/quotaincrease if you would like to further increase the default "
        "rate limit.",
    }
}
AZURE_CONTENT_FILTER = {
    "error": {
        "message": "The response was filtered due to the prompt triggering Azure OpenAI's content management "
        "policy. Please modify your prompt and retry.",
        "type": None,
        "param": "prompt",
        "code": "content_filter",
        "status": 400,
        "innererror": {
            "code": "ResponsibleAIPolicyViolation",
            "content_filter_result": {
                "hate": {"filtered": False, "severity": "safe"},
                "jailbreak": {"filtered": False, "detected": False},
                "self_harm": {"filtered": False, "severity": "safe"},
                "sexual": {"filtered": False, "severity": "safe"},
                "violence": {"filtered": True, "severity": "medium"},
            },
        },
    }
}


def _openai_error(message: str, code: str, kind: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind or code, "param": None, "code": code}}


def _anthropic_error(kind: str, message: str) -> dict[str, Any]:
    return {"type": "error", "error": {"type": kind, "message": message}, "request_id": "req_test"}


def _then_good(error: tuple[int, dict[str, Any], dict[str, str]], reply: Any) -> Any:
    """A fake's answer: ``error`` to the first request, a valid answer to the others."""
    calls: list[Seen] = []

    def answer(seen: Seen) -> Any:
        calls.append(seen)
        return error if len(calls) == 1 else reply(json.dumps(GOOD))

    return answer


def _fake(wire: str, answer: Any, key: str, flavour: str = "openai") -> Fake:
    return Fake(wire, answer, key=key, options={"flavour": flavour})


@pytest.fixture
def keys(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in (
        ("OPENAI_API_KEY", OPENAI_KEY),
        ("AZURE_OPENAI_API_KEY", AZURE_KEY),
        ("ANTHROPIC_API_KEY", ANTHROPIC_KEY),
        ("GEMINI_API_KEY", GEMINI_KEY),
    ):
        monkeypatch.setenv(name, value)


# ---------------------------------------------------------------- rate limits: waited out


def test_a_gemini_per_minute_429_is_waited_out_then_answered(seed_text: str, keys: None) -> None:
    fake = _fake("gemini", _then_good((429, GEMINI_PER_MINUTE, {"retry-after": "1"}), gemini_reply), GEMINI_KEY)
    with fake:
        started = time.monotonic()
        result = summarize(seed_text, model="gemini/gemini-2.5-flash", base_url=fake.url + "/v1beta", cache=False)
    assert result.complete and len(fake.seen) == 2 and fake.violations == []
    assert time.monotonic() - started >= 1.0  # the provider's delay, not a guess


def test_googles_retry_delay_is_read_from_the_body(seed_text: str, keys: None) -> None:
    """No retry-after header: RetryInfo.retryDelay alone says how long."""
    body = json.loads(json.dumps(GEMINI_PER_MINUTE).replace('"retryDelay": "1s"', '"retryDelay": "0.6s"'))
    fake = _fake("gemini", _then_good((429, body, {}), gemini_reply), GEMINI_KEY)
    with fake:
        started = time.monotonic()
        result = summarize(seed_text, model="gemini/gemini-2.5-flash", base_url=fake.url + "/v1beta", cache=False)
    assert result.complete and len(fake.seen) == 2
    assert time.monotonic() - started >= 0.6


def test_an_azure_rate_limit_429_is_waited_out_then_answered(
    seed_text: str, keys: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = _fake("chat", _then_good((429, AZURE_RATE_LIMIT, {"retry-after": "1"}), chat_reply), AZURE_KEY, "azure")
    with fake:
        monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", fake.url)
        result = summarize(seed_text, model="azure/summaries", cache=False)
    assert result.complete and len(fake.seen) == 2 and fake.violations == []


def test_an_anthropic_rate_limit_error_is_waited_out_then_answered(seed_text: str, keys: None) -> None:
    error = _anthropic_error("rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit")
    fake = _fake("anthropic", _then_good((429, error, {"retry-after": "0.2"}), anthropic_reply), ANTHROPIC_KEY)
    with fake:
        result = summarize(seed_text, model="anthropic/claude-sonnet-4-5", base_url=fake.url + "/v1", cache=False)
    assert result.complete and len(fake.seen) == 2


# ---------------------------------------------------------------- spent accounts: not retried


@pytest.mark.parametrize(
    ("status", "body"),
    [
        pytest.param(
            429,
            _openai_error(
                "You exceeded your current quota, please check your plan and billing details.", "insufficient_quota"
            ),
            id="openai-insufficient_quota",
        ),
        pytest.param(
            429,
            _openai_error("You have exceeded your organization's spend limit.", "organization_spend_limit_exceeded"),
            id="openai-organization_spend_limit_exceeded",
        ),
    ],
)
def test_an_openai_spent_account_stops_after_one_request(
    seed_text: str, keys: None, status: int, body: dict[str, Any]
) -> None:
    fake = _fake("chat", lambda seen: (status, body, {"retry-after": "0"}), OPENAI_KEY)
    with fake, pytest.raises(ModelUnavailableError) as caught:
        summarize(seed_text, model="openai/gpt-4o-mini", base_url=fake.url + "/v1", cache=False, allow_partial=False)
    assert len(fake.seen) == 1
    message = str(caught.value)
    assert body["error"]["code"] in message and "not retried" in message and "OPENAI_API_KEY" in message
    assert "rate limited" not in message


@pytest.mark.parametrize(
    ("status", "body"),
    [
        pytest.param(
            400,
            _anthropic_error("enforced_spend_limit_reached", "You have reached your specified API usage limits."),
            id="anthropic-enforced_spend_limit_reached",
        ),
        pytest.param(402, _anthropic_error("billing_error", "There is an issue with your billing."), id="402"),
        # No field says it; the message's words, read last, do.
        pytest.param(
            400,
            _anthropic_error(
                "invalid_request_error",
                "Your credit balance is too low to access the Anthropic API. "
                "Please go to Plans & Billing to upgrade or purchase credits.",
            ),
            id="anthropic-credit-balance-words",
        ),
    ],
)
def test_an_anthropic_spent_account_stops_after_one_request(
    seed_text: str, keys: None, status: int, body: dict[str, Any]
) -> None:
    fake = _fake("anthropic", lambda seen: (status, body, {}), ANTHROPIC_KEY)
    with fake, pytest.raises(ModelUnavailableError) as caught:
        summarize(
            seed_text, model="anthropic/claude-sonnet-4-5", base_url=fake.url + "/v1", cache=False, allow_partial=False
        )
    assert len(fake.seen) == 1
    assert "spend limit" in str(caught.value) and "ANTHROPIC_API_KEY" in str(caught.value)


# ---------------------------------------------------------------- keys and filters


def test_a_gemini_bad_key_names_the_key_variables(seed_text: str, keys: None) -> None:
    fake = _fake("gemini", lambda seen: (400, GEMINI_BAD_KEY, {}), GEMINI_KEY)
    with fake, pytest.raises(ModelUnavailableError) as caught:
        summarize(
            seed_text, model="gemini/gemini-2.5-flash", base_url=fake.url + "/v1beta", cache=False, allow_partial=False
        )
    assert len(fake.seen) == 1
    message = str(caught.value)
    assert "authentication failed (api_key_invalid)" in message and "GOOGLE_API_KEY or GEMINI_API_KEY" in message


def test_google_api_key_takes_precedence_over_gemini_api_key(
    seed_text: str, keys: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Google documents it: with both set, GOOGLE_API_KEY is used."""
    monkeypatch.setenv("GOOGLE_API_KEY", GOOGLE_KEY)
    fake = Fake("gemini", lambda seen: gemini_reply(json.dumps(GOOD)), key=GOOGLE_KEY)
    with fake:
        summarize(seed_text, model="gemini/gemini-2.5-flash", base_url=fake.url + "/v1beta", cache=False)
    assert fake.violations == [] and [s.headers["x-goog-api-key"] for s in fake.seen] == [GOOGLE_KEY]


def test_azures_prompt_filter_is_a_refusal_naming_the_category(
    seed_text: str, keys: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = _fake("chat", lambda seen: (400, AZURE_CONTENT_FILTER, {}), AZURE_KEY, "azure")
    with fake, pytest.raises(RefusedError) as caught:
        monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", fake.url)
        summarize(seed_text, model="azure/summaries", cache=False, allow_partial=False)
    assert caught.value.reason == "content_filter" and len(fake.seen) == 1
    assert "violence (medium)" in str(caught.value)


def test_a_gemini_safety_stop_names_the_category(seed_text: str, keys: None) -> None:
    def blocked(seen: Seen) -> dict[str, Any]:
        reply = gemini_reply("", finish="SAFETY")
        reply["candidates"][0]["safetyRatings"] = [
            {"category": "HARM_CATEGORY_HARASSMENT", "probability": "NEGLIGIBLE"},
            {"category": "HARM_CATEGORY_DANGEROUS_CONTENT", "probability": "HIGH", "blocked": True},
        ]
        return reply

    fake = Fake("gemini", blocked, key=GEMINI_KEY)
    with fake, pytest.raises(RefusedError) as caught:
        summarize(
            seed_text, model="gemini/gemini-2.5-flash", base_url=fake.url + "/v1beta", cache=False, allow_partial=False
        )
    assert caught.value.reason == "content_filter"
    assert "SAFETY; HARM_CATEGORY_DANGEROUS_CONTENT: HIGH" in str(caught.value)
    assert "HARASSMENT" not in str(caught.value)


# ---------------------------------------------------------------- the classification itself


@pytest.mark.parametrize(
    ("status", "body", "kind", "retry"),
    [
        (429, GEMINI_PER_MINUTE, "rate_limit", True),
        (429, AZURE_RATE_LIMIT, "rate_limit", True),
        (429, _openai_error("Rate limit reached for requests", "rate_limit_exceeded", "requests"), "rate_limit", True),
        (429, _openai_error("You exceeded your current quota", "insufficient_quota"), "billing", False),
        (529, _anthropic_error("overloaded_error", "Overloaded"), "overloaded", True),
        (400, GEMINI_BAD_KEY, "auth", False),
        (400, AZURE_CONTENT_FILTER, "content_filter", False),
        (429, {"error": {"message": "quota exceeded"}}, "rate_limit", True),  # "quota" alone decides nothing
    ],
)
def test_errors_are_classified_by_their_fields(status: int, body: Any, kind: str, retry: bool) -> None:
    message = str(body.get("error", {}).get("message", ""))
    said = diagnose(status, {}, body, message)
    assert (said.kind, said.retry) == (kind, retry)


def test_the_delay_comes_from_headers_then_retry_info_then_the_message() -> None:
    assert diagnose(429, {"retry-after-ms": "250"}, GEMINI_PER_MINUTE, "").delay == 0.25
    assert diagnose(429, {}, GEMINI_PER_MINUTE, "").delay == 1.0
    assert diagnose(429, {}, AZURE_RATE_LIMIT, AZURE_RATE_LIMIT["error"]["message"]).delay == 1.0
    assert diagnose(429, {}, GEMINI_PER_MINUTE, "").detail == "GenerateRequestsPerMinutePerProjectPerModel-FreeTier"


# ---------------------------------------------------------------- cached tokens, priced


def _price(model: str, provider: str, prompt: int, completion: int, cached: int) -> float:
    usage = PriceUsage(input_tokens=prompt, output_tokens=completion, cache_read_tokens=cached)
    return float(calc_price(usage, model, provider_id=provider).total_price)


@pytest.mark.parametrize(
    ("wire", "model", "provider", "reply", "completion"),
    [
        ("chat", "openai/gpt-4o-mini", "openai", lambda text: chat_reply(text, cached=800), 100),
        (
            "anthropic",
            "anthropic/claude-sonnet-4-5",
            "anthropic",
            lambda text: anthropic_reply(text, cache_read=800),
            100,
        ),
        ("gemini", "gemini/gemini-2.5-flash", "google", lambda text: gemini_reply(text, cached=800), 150),
    ],
)
def test_cached_prompt_tokens_are_priced_at_the_cache_read_price(
    seed_text: str, keys: None, wire: str, model: str, provider: str, reply: Any, completion: int
) -> None:
    key = {"chat": OPENAI_KEY, "anthropic": ANTHROPIC_KEY, "gemini": GEMINI_KEY}[wire]
    fake = Fake(wire, lambda seen: reply(json.dumps(GOOD)), key=key)
    with fake:
        result = summarize(
            seed_text, model=model, base_url=fake.url + ("/v1beta" if wire == "gemini" else "/v1"), cache=False
        )
    name = model.split("/", 1)[1]
    assert result.usage.prompt_tokens == 1000
    assert result.usage.cost_usd == pytest.approx(_price(name, provider, 1000, completion, 800))
    assert result.usage.cost_usd < _price(name, provider, 1000, completion, 0)


# ---------------------------------------------------------------- OpenAI's URL; a deployment's model


@pytest.mark.parametrize("url", ["https://api.openai.com/v1", "https://api.openai.com/v1/"])
def test_openais_own_url_gets_the_openai_profile(url: str, keys: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", url)
    for endpoint in (resolve_endpoint("gpt-4o-mini", None, None), resolve_endpoint("gpt-4o-mini", url, None)):
        assert endpoint.provider == "openai" and endpoint.profile.strict
        assert endpoint.api_key == OPENAI_KEY and endpoint.profile.price_provider == "openai"


def test_an_azure_deployment_of_a_reasoning_model(seed_text: str, keys: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """``azure/DEPLOYMENT@MODEL`` says what the deployment's name does not: its reasoning
    model gets no temperature or seed, and its answers are priced as that model."""
    fake = Fake("chat", lambda seen: chat_reply(json.dumps(GOOD)), key=AZURE_KEY, options={"flavour": "azure"})
    with fake:
        monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", fake.url)
        result = summarize(seed_text, model="azure/prod-reasoner@o4-mini", cache=False)
    assert fake.violations == [] and result.complete
    (seen,) = fake.seen
    assert seen.body["model"] == "prod-reasoner"
    assert "temperature" not in seen.body and "seed" not in seen.body and "max_completion_tokens" in seen.body
    plain = resolve_endpoint("azure/prod-reasoner", None, None)
    assert not plain.profile.reasoning and "temperature" in plain.profile.request({}, "A", max_tokens=10)
