"""A few hundred articles through a fault-injecting OpenAI-compatible server on 127.0.0.1.

The server answers with the embedded model's recorded response from the golden
cassette (a real recording, replayed as is) and, at fixed rates, injects every
fault the library must survive: 429 with and without Retry-After, 500/502/503,
answers slower than the client's timeout, connection resets, a cut-off JSON body,
content that is not JSON, schema-invalid and ungrounded content, cut-off output
(finish_reason=length), and refusals. The fault answers are hand-written here.

The articles are the seed with 300 different publication dates, so each one is a
distinct request the server can follow (for the Retry-After check) while the
recorded answer still fits it. Bounded: 300 articles, one minute's time limit.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import random
import re
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from summarizer import ArticleSummary, FailedArticle, asummarize_many
from summarizer._llm import client as _client
from summarizer.testing import FakeCompletion, FakeLLM, FakeResponse

ARTICLES = 300
CLIENT_TIMEOUT_S = 2.0  # "slow" answers take 2.5 s; normal ones must never hit it, even on a loaded machine
TIME_LIMIT_S = 90.0
CASSETTE = Path(__file__).parent / "cassettes" / "test_golden" / "test_seed_golden.yaml"
# Per request, in order; the rest (about 60%) are answered normally.
FAULT_RATES = {
    "429-retry-after": 0.05,
    "429": 0.03,
    "500": 0.03,
    "502": 0.03,
    "503": 0.03,
    "slow": 0.02,
    "reset": 0.03,
    "cut-body": 0.02,
    "not-json": 0.03,
    "schema-invalid": 0.03,
    "ungrounded": 0.03,
    "length": 0.04,
    "refusal": 0.005,
}
RETRY_AFTER_S = 1.0
TRANSPORT = {"429-retry-after", "429", "500", "502", "503", "slow", "reset", "cut-body"}
INVALID = {"not-json", "schema-invalid", "ungrounded"}


def justified(reason: str, served: list[str]) -> bool:
    """Whether the faults an article was served explain its failure. The faults are
    random, so once in a while an article draws, say, two cut-off answers in a row:
    that must end in a failure record, and one the library owes nobody an apology for."""
    if reason == "refusal":
        return served[-1] == "refusal"
    if reason == "truncated":
        return served.count("length") >= 2 and served[-1] == "length"
    if reason == "unavailable":
        return len(served) >= 5 and set(served[-5:]) <= TRANSPORT
    if reason == "validation":
        return sum(f in INVALID for f in served) >= 3
    return False


_PUBLISHED = re.compile(r"^Published: \S+\n")


def _recorded() -> tuple[str, str]:
    """The recorded prompt (without its date line) and the recorded HTTP response body."""
    interaction = yaml.safe_load(CASSETTE.read_text(encoding="utf-8"))["interactions"][0]
    request = json.loads(interaction["request"]["body"])
    return _PUBLISHED.sub("", request["messages"][1]["content"]), interaction["response"]["body"]["string"]


@dataclass
class FaultInjector:
    """The responder behind FakeLLM: a fault at the configured rates, else the recording."""

    prompt: str
    recorded_body: str
    rng: random.Random = field(default_factory=lambda: random.Random(20201113))
    lock: threading.Lock = field(default_factory=threading.Lock)
    per_article: Counter[str] = field(default_factory=Counter)
    history: defaultdict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    faults: Counter[str] = field(default_factory=Counter)
    retry_after_until: dict[str, float] = field(default_factory=dict)
    early: list[tuple[str, float]] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)
    unknown_prompts: int = 0

    def faults_served(self, published: str) -> list[str]:
        """The answers one article got, in order, found by its publication date."""
        [article] = [a for a, line in self.ids.items() if line == f"Published: {published}"]
        return self.history[article]

    def __call__(self, body: dict[str, Any]) -> Any:
        user = body["messages"][1]["content"]
        article = hashlib.sha256(user.encode()).hexdigest()[:12]
        now = time.monotonic()
        with self.lock:
            self.per_article[article] += 1
            self.ids[article] = body["messages"][1]["content"].split("\n", 1)[0]
            until = self.retry_after_until.pop(article, None)
            if until is not None and now < until - 0.05:
                self.early.append((article, until - now))
            roll = self.rng.random()
        if _PUBLISHED.sub("", user) != self.prompt:
            self.unknown_prompts += 1
            return FakeResponse(400, '{"error": {"message": "not a recorded prompt"}}')
        fault = self._pick(roll)
        with self.lock:
            self.faults[fault] += 1
            self.history[article].append(fault)
            if fault == "429-retry-after":
                self.retry_after_until[article] = now + RETRY_AFTER_S
        return self._answer(fault, body)

    @staticmethod
    def _pick(roll: float) -> str:
        for name, rate in FAULT_RATES.items():
            if roll < rate:
                return name
            roll -= rate
        return "ok"

    def _answer(self, fault: str, body: dict[str, Any]) -> Any:
        recorded = json.loads(self.recorded_body)
        content = recorded["choices"][0]["message"]["content"]
        match fault:
            case "429-retry-after":
                return FakeResponse(429, headers={"Retry-After": str(int(RETRY_AFTER_S))})
            case "429" | "500" | "502" | "503":
                return FakeResponse(int(fault))
            case "slow":
                return FakeResponse(
                    200, self.recorded_body, {"Content-Type": "application/json"}, delay=CLIENT_TIMEOUT_S + 0.5
                )
            case "reset":
                return FakeResponse(0, reset=True)
            case "cut-body":
                cut = self.recorded_body[: len(self.recorded_body) // 2]
                return FakeResponse(200, cut, {"Content-Type": "application/json"})
            case "not-json":
                return "Here is the summary you asked for: the strikes happened."
            case "schema-invalid":
                # Injected on purpose: a server that does not enforce the schema answers so.
                return FakeCompletion(json.dumps({"summary": "S1", "events": "none"}), off_schema=True)
            case "ungrounded":
                answer = json.loads(content)
                answer["claims"] = [{"attribution": "A99", "claim": "Vladimir Putin invented it"}]
                return FakeCompletion(json.dumps(answer), off_schema=True)
            case "length":
                return FakeCompletion(content[: len(content) // 3], finish_reason="length")
            case "refusal":
                return FakeCompletion(None, refusal="I can't help with that.")
        return FakeResponse(200, self.recorded_body, {"Content-Type": "application/json"})


def test_hundreds_of_articles_through_injected_faults(seed_text: str) -> None:
    prompt, body = _recorded()
    injector = FaultInjector(prompt, body)
    start = dt.date(2001, 1, 1)
    articles = [
        {"id": f"a{i:03d}", "text": seed_text, "published": (start + dt.timedelta(days=i)).isoformat()}
        for i in range(ARTICLES)
    ]
    with FakeLLM(injector) as llm:
        started = time.monotonic()
        results = asyncio.run(
            asyncio.wait_for(
                asummarize_many(
                    articles,
                    base_url=llm.base_url,
                    model="embedded",
                    cache=False,
                    concurrency=16,
                    timeout=CLIENT_TIMEOUT_S,
                    progress=False,
                ),
                TIME_LIMIT_S,
            )
        )
        elapsed = time.monotonic() - started

    # Every article accounted for, in input order, and no crash.
    assert [r.article_id for r in results] == [a["id"] for a in articles]
    # An article the model gave no answer for is a partial summary now, not a failure;
    # either way its reason must be one the injected faults explain.
    failures = [(r.article_id, r.reason, r.message) for r in results if isinstance(r, FailedArticle)]
    failures += [
        (r.article_id, r.partial.reason, r.partial.message)
        for r in results
        if isinstance(r, ArticleSummary) and r.partial is not None
    ]
    by_reason = Counter(reason for _, reason, _ in failures)
    published = {a["id"]: a["published"] for a in articles}
    for article_id, reason, message in failures:
        served = injector.faults_served(published[article_id])
        assert justified(reason, served), (reason, message, served)
    assert len(failures) <= ARTICLES * 0.02
    # Every summary grounded.
    for result in results:
        if isinstance(result, ArticleSummary):
            for quote in result.quotes:
                assert seed_text[quote.start : quote.end] == quote.text
    # The faults really happened, and the server only ever saw the recorded prompt.
    assert injector.unknown_prompts == 0
    assert all(injector.faults[name] > 0 for name in FAULT_RATES if name != "refusal"), injector.faults
    # Retry-After honoured: no article came back before the server said it could.
    assert injector.early == []
    # HTTP calls per article within the budget: (re-asks + 1) answers, at two token
    # budgets when one is cut off, each with at most TRANSPORT_ATTEMPTS requests.
    budget = (2 + 1) * 2 * _client.TRANSPORT_ATTEMPTS
    assert max(injector.per_article.values()) <= budget
    assert len(injector.per_article) == ARTICLES
    report = {
        "articles": ARTICLES,
        "summaries": ARTICLES - len(failures),
        "failures": dict(by_reason),
        "requests": sum(injector.per_article.values()),
        "max_requests_per_article": max(injector.per_article.values()),
        "faults": dict(injector.faults),
        "seconds": round(elapsed, 1),
    }
    print(json.dumps(report))
