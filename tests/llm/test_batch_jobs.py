"""Provider batch jobs end to end: submit, status, collect (also from a fresh process),
against tests/llm/batch_fakes.py, a loopback fake of the OpenAI Batch API and of
Anthropic's Message Batches that checks every request against their documented
constraints. The answers are written in this test code; none is a recording.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from summarizer import ArticleSummary, BatchJob, FailedArticle, Summarizer, read_results, summarize_many
from summarizer._llm import batch_api
from summarizer._llm.batch_api import BatchAPI, JobInfo
from summarizer._llm.endpoint import resolve_endpoint
from summarizer._llm.pricing import price
from summarizer._pipeline.batch_jobs import state_path
from tests.llm.batch_fakes import BatchFake
from tests.llm.provider_fakes import Seen, anthropic_reply, chat_reply
from tests.pipeline.test_summarize import GOOD, UNGROUNDED

ROOT = Path(__file__).resolve().parent.parent.parent
OPENAI_KEY = "sk-openai-batch-test"
ANTHROPIC_KEY = "sk-ant-batch-test"
MODELS = {"chat": "openai/gpt-4o-mini", "anthropic": "anthropic/claude-sonnet-4-5"}
KEYS = {"chat": OPENAI_KEY, "anthropic": ANTHROPIC_KEY}
# Article 14 is answered with an ungrounded summary first (in the batch): re-asked.
REASKED, TROUBLED = "2020-03-14", "2020-03-15"


def _reasked(seen: Seen) -> bool:
    return any(m.get("role") == "assistant" for m in seen.body.get("messages", []))


def _answer(wire: str) -> Callable[[Seen], dict[str, Any]]:
    """The fake's answers, written here: GOOD, except UNGROUNDED (within the schema, which
    these providers enforce, but failing validation) for article 14's first request (its
    re-ask gets GOOD)."""

    def answer(seen: Seen) -> dict[str, Any]:
        content = UNGROUNDED if REASKED in seen.raw.decode() and not _reasked(seen) else GOOD
        text = json.dumps(content)
        return chat_reply(text) if wire == "chat" else anthropic_reply(text)

    return answer


def _fate(kind: str) -> Callable[[Seen], str]:
    return lambda seen: kind if TROUBLED in seen.raw.decode() else "answer"


@pytest.fixture
def articles(tmp_path: Path, seed_text: str) -> list[Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    body = seed_text.split("\n", 1)[1]
    paths = []
    for day in (13, 14, 15):
        path = folder / f"{day}.txt"
        path.write_text(f"date 2020-03-{day}\n{body}", encoding="utf-8")
        paths.append(path)
    return paths


def _options(fake: BatchFake, tmp_path: Path) -> dict[str, Any]:
    return {
        "model": MODELS[fake.wire],
        "base_url": fake.url + "/v1",
        "api_key": fake.key,
        "cache": str(tmp_path / "answers.sqlite3"),
    }


def _without_usage(result: ArticleSummary | FailedArticle) -> dict[str, Any]:
    data = result.model_dump(mode="json")
    data.pop("usage")
    return data


_COLLECT = """
import json, sys
from summarizer import Summarizer
options, out = json.loads(sys.argv[1]), sys.argv[2]
with Summarizer(**options) as s:
    batch = s.collect_batch(out, progress=False)
print(json.dumps([r.model_dump(mode="json") for r in batch]))
"""


def test_openai_submit_status_then_collect_in_a_fresh_process(articles: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    with BatchFake("chat", _answer("chat"), key=OPENAI_KEY, polls=3) as fake:
        options = _options(fake, tmp_path)
        with Summarizer(**options) as client:
            submitted = client.submit_batch(articles, out=out)
            running = client.batch_status(out)  # poll 1
            nothing = client.collect_batch(out)  # poll 2: still running, nothing to collect yet
            ended = client.batch_status(out)  # poll 3
        assert [j.state for j in submitted] == ["in_progress"] and submitted[0].requests == 3
        assert running[0].state == "in_progress" and len(nothing) == 0 and not out.exists()
        assert ended[0].state == "ended" and ended[0].counts["completed"] == 3
        assert state_path(out).exists()

        proc = subprocess.run(
            [sys.executable, "-c", _COLLECT, json.dumps(options), str(out)],
            capture_output=True,
            timeout=120,
            cwd=ROOT,
        )
        assert proc.returncode == 0, proc.stderr.decode()
        collected = [ArticleSummary.model_validate(r) for r in json.loads(proc.stdout)]
        # The same answers, synchronously, for comparison.
        synchronous = summarize_many(articles, **{**options, "cache": False}, progress=False)
    assert fake.violations == []
    # What was submitted is what the synchronous path posts first, body for body.
    submitted_bodies = sorted(
        json.dumps(seen.body, sort_keys=True) for job in fake.jobs.values() for _, seen in job.requests
    )
    posted_first = sorted(json.dumps(seen.body, sort_keys=True) for seen in fake.synchronous if not _reasked(seen))
    assert submitted_bodies == posted_first and len(posted_first) == 3
    assert [r.article_id for r in collected] == [str(p) for p in articles]
    assert all(r.complete for r in collected)
    assert [_without_usage(r) for r in collected] == [_without_usage(r) for r in synchronous]
    # Article 14's batch answer failed validation and was re-asked, synchronously.
    attempts = {r.article_id: r.provenance.attempts for r in collected}
    assert attempts == {str(articles[0]): 1, str(articles[1]): 2, str(articles[2]): 1}
    # Batch answers at half price, the re-ask at the full one.
    full = price("openai", "gpt-4o-mini", 1000, 100)
    assert full is not None
    costs = [r.usage.cost_usd for r in collected]
    assert costs == pytest.approx([full / 2, full / 2 + full, full / 2])
    assert [r.usage.cost_usd for r in synchronous] == pytest.approx([full, 2 * full, full])
    # The results file holds every article, as summarize_many writes it.
    assert {r.article_id for r in read_results(out)} == {str(p) for p in articles}
    # Every collected answer is now in the response cache: a sync run asks nothing.
    before = len(fake.synchronous)
    again = summarize_many(articles, **options, progress=False)
    assert len(fake.synchronous) == before and all(r.provenance.cached for r in again)


@pytest.mark.parametrize(("wire", "kind"), [("chat", "expire"), ("chat", "error"), ("anthropic", "expire")])
def test_a_request_the_batch_did_not_answer_makes_its_article_partial(
    articles: list[Path], tmp_path: Path, wire: str, kind: str
) -> None:
    out = tmp_path / "results.jsonl"
    with BatchFake(wire, _answer(wire), key=KEYS[wire], fate=_fate(kind)) as fake:
        with Summarizer(**_options(fake, tmp_path)) as client:
            client.submit_batch(articles, out=out)
        with Summarizer(**_options(fake, tmp_path)) as client:  # another client: a restart
            collected = client.collect_batch(out)
            jobs = client.batch_status(out)
    assert fake.violations == []
    by_id = {r.article_id: r for r in collected}
    troubled = by_id[str(articles[2])]
    assert isinstance(troubled, ArticleSummary) and troubled.partial is not None
    assert troubled.partial.reason == "unavailable" and "batch" in troubled.partial.message
    assert troubled.quotes  # what the text gives without the model is kept
    assert by_id[str(articles[0])].complete and by_id[str(articles[1])].complete
    # Not sent again behind the caller's back: only article 14's re-ask went synchronously.
    assert len(fake.synchronous) == 1
    expected = {"chat": {"expire": "expired", "error": "completed"}, "anthropic": {"expire": "ended"}}[wire][kind]
    assert [(j.state, j.status) for j in jobs] == [("collected", expected)]


def test_a_failed_job_without_partials_gives_failure_rows(articles: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    with BatchFake("chat", _answer("chat"), key=OPENAI_KEY, fail_job=True) as fake:
        options = {**_options(fake, tmp_path), "allow_partial": False}
        with Summarizer(**options) as client:
            client.submit_batch(articles, out=out)
            collected = client.collect_batch(out)
    assert fake.violations == [] and fake.synchronous == []
    assert all(isinstance(r, FailedArticle) and r.reason == "unavailable" for r in collected)
    assert "failed" in collected[0].message and "invalid" in collected[0].message
    assert len(read_results(out)) == 3


def test_anthropic_end_to_end(articles: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    with BatchFake("anthropic", _answer("anthropic"), key=ANTHROPIC_KEY) as fake:
        # Without a response cache: the batch answers are found by key all the same.
        options = {**_options(fake, tmp_path), "cache": False}
        with Summarizer(**options) as client:
            jobs = client.submit_batch(articles, out=out)
        with Summarizer(**options) as client:
            collected = client.collect_batch(out)
    assert fake.violations == []
    assert jobs[0].id.startswith("msgbatch_") and jobs[0].requests == 3
    assert all(r.complete for r in collected) and len(collected) == 3
    assert fake.calls[0] == "POST /v1/messages/batches"
    assert [_reasked(s) for s in fake.synchronous] == [True]  # only article 14's re-ask went synchronously
    full = price("anthropic", "claude-sonnet-4-5", 1000, 100)
    assert full is not None and collected[0].usage.cost_usd == pytest.approx(full / 2)


def test_jobs_are_split_at_the_limits_and_nothing_is_submitted_twice(
    articles: list[Path], tmp_path: Path, seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch_api, "OPENAI_BATCH_LIMITS", batch_api.BatchLimits(requests=2, bytes=10**9))
    out = tmp_path / "results.jsonl"
    same = [("copy-a", articles[0].read_text()), ("copy-b", articles[0].read_text())]
    with BatchFake("chat", _answer("chat"), key=OPENAI_KEY) as fake:
        with Summarizer(**_options(fake, tmp_path)) as client:
            jobs = client.submit_batch([*articles, *same], out=out)
            # Two identical articles: one request. Three distinct requests, at most two a job.
            assert [j.requests for j in jobs] == [2, 1]
            collected = client.collect_batch(out)
            assert len(collected) == 5 and all(r.complete for r in collected)
            # Complete in out and answered by the cache: a new submit has nothing to send.
            assert client.submit_batch([*articles, ("new-id", articles[1].read_text())], out=out) == []
    assert fake.violations == []


def test_the_byte_limit_splits_too(articles: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with BatchFake("chat", _answer("chat"), key=OPENAI_KEY) as fake:
        endpoint = resolve_endpoint(MODELS["chat"], fake.url + "/v1", OPENAI_KEY)
        with Summarizer(**_options(fake, tmp_path)) as client:
            one = client._session.first_requests(articles[0].read_text())[0]
        size = len(batch_api.line(endpoint, batch_api.BatchRequest(one.key, one.path, one.body)).encode())
        monkeypatch.setattr(batch_api, "OPENAI_BATCH_LIMITS", batch_api.BatchLimits(requests=100, bytes=size + 10))
        with Summarizer(**_options(fake, tmp_path)) as client:
            jobs = client.submit_batch(articles, out=tmp_path / "r.jsonl")
    assert [j.requests for j in jobs] == [1, 1, 1] and fake.violations == []


def test_submit_refuses_while_jobs_are_uncollected(articles: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    with BatchFake("chat", _answer("chat"), key=OPENAI_KEY, polls=5) as fake:
        with Summarizer(**_options(fake, tmp_path)) as client:
            client.submit_batch(articles, out=out)
            with pytest.raises(ValueError, match="not collected yet"):
                client.submit_batch(articles, out=out)
        other = {**_options(fake, tmp_path), "part_tokens": 500}
        with Summarizer(**other) as client, pytest.raises(ValueError, match="part_tokens"):
            client.collect_batch(out)


def test_unsupported_providers_and_missing_state_are_clear_errors(tmp_path: Path, articles: list[Path]) -> None:
    with Summarizer(model="mistral/mistral-small-latest", api_key="k", cache=False) as client:
        with pytest.raises(ValueError, match="openai/... and anthropic/..."):
            client.submit_batch(articles, out=tmp_path / "r.jsonl")
        with pytest.raises(ValueError, match="run submit first"):
            client.batch_status(tmp_path / "r.jsonl")


def test_a_results_url_on_another_host_gets_no_key() -> None:
    endpoint = resolve_endpoint("anthropic/claude-sonnet-4-5", None, ANTHROPIC_KEY)
    api = BatchAPI.__new__(BatchAPI)
    api.endpoint = endpoint
    job = JobInfo(id="msgbatch_1", status="ended", state="ended", output="https://evil.example/results")
    with pytest.raises(Exception, match="not sending the key there"):
        api._results_url(job)
    own = JobInfo(id="msgbatch_1", status="ended", state="ended", output="https://api.anthropic.com/v1/r")
    assert api._results_url(own) == own.output


def test_batch_prices_are_half() -> None:
    for provider, model in (("openai", "gpt-4o-mini"), ("anthropic", "claude-sonnet-4-5")):
        full = price(provider, model, 10_000, 1_000)
        assert full is not None and price(provider, model, 10_000, 1_000, batch=True) == pytest.approx(full / 2)


def test_the_cli_submit_status_collect(articles: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    folder = articles[0].parent

    def cli(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-c", "from summarizer.cli import main; main()", "batch", *args],
            capture_output=True,
            timeout=120,
            cwd=ROOT,
            env={"PATH": "/usr/bin:/bin", "OPENAI_API_KEY": OPENAI_KEY, "SUMMARIZER_CACHE": str(tmp_path / "c")},
        )

    with BatchFake("chat", _answer("chat"), key=OPENAI_KEY, polls=1) as fake:
        where = ["--model", MODELS["chat"], "--base-url", fake.url + "/v1"]
        submitted = cli("submit", str(folder), "--out", str(out), *where)
        assert submitted.returncode == 0, submitted.stderr.decode()
        # status and collect take the model and server the jobs were submitted to.
        status = cli("status", "--out", str(out))
        assert status.returncode == 0, status.stderr.decode()
        collected = cli("collect", "--out", str(out), "-q")
        assert collected.returncode == 0, collected.stderr.decode()
    assert fake.violations == []
    assert "batch_" in submitted.stdout.decode() and "in_progress" in submitted.stdout.decode()
    assert "ended" in status.stdout.decode()
    assert "3 complete, 0 partial, 0 failed" in collected.stderr.decode()
    assert len(read_results(out)) == 3


def test_batch_is_listed_in_the_cli_help() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", "from summarizer.cli import main; main()", "--help"], capture_output=True, timeout=60
    )
    assert b"batch" in proc.stdout


def test_batch_job_is_public() -> None:
    assert BatchJob.__module__.startswith("summarizer")
