"""Batches against FakeLLM on 127.0.0.1: order, failure records and partial summaries,
bounded concurrency, as-completed iteration, JSONL resume. The answers are
hand-written test fixtures."""

import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from summarizer import ArticleSummary, FailedArticle, read_results, summarize_iter, summarize_many
from summarizer.testing import FakeLLM
from tests.pipeline.test_summarize import GOOD, WRONG_ID


def _published(body: dict[str, Any]) -> str:
    return str(body["messages"][-1]["content"]).split("\n", 1)[0]


def dated(seed_text: str, n: int) -> list[dict[str, str]]:
    """n distinct articles: the seed with different publication dates."""
    return [{"id": f"a{i}", "text": seed_text, "published": f"2020-01-{i + 1:02d}"} for i in range(n)]


ARTICLES = [("ok", "SEED"), ("empty", "  \n "), ("not-text", b"\x00\x01"), ("invalid", "SEED ")]


def _articles(seed_text: str) -> list[tuple[str, object]]:
    return [(i, t.replace("SEED", seed_text) if isinstance(t, str) else t) for i, t in ARTICLES]


def test_results_in_input_order_with_failure_records(seed_text: str) -> None:
    with FakeLLM([GOOD, WRONG_ID]) as llm:
        results = summarize_many(
            _articles(seed_text), base_url=llm.base_url, model="fake", concurrency=1, max_retries=0, progress=False
        )
    assert [r.article_id for r in results] == ["ok", "empty", "not-text", "invalid"]
    assert isinstance(results[0], ArticleSummary) and results[0].complete
    failures = [r for r in results[1:3] if isinstance(r, FailedArticle)]
    assert [(f.reason, f.error_type) for f in failures] == [
        ("invalid_input", "InvalidArticleError"),
        ("invalid_input", "TypeError"),
    ]
    # The model's invalid answer makes a partial summary, not a failure.
    partial = results[3]
    assert isinstance(partial, ArticleSummary) and partial.partial is not None
    assert (partial.partial.reason, partial.partial.error_type) == ("validation", "SummaryFailedError")
    assert partial.partial.attempts == 1 and partial.usage.calls == 1
    assert "E99 does not exist" in partial.partial.message and "\n" not in partial.partial.message
    assert len(llm.requests) == 2  # invalid input never reached the model


def test_allow_partial_false_keeps_failure_records(seed_text: str) -> None:
    with FakeLLM([GOOD, WRONG_ID]) as llm:
        results = summarize_many(
            _articles(seed_text),
            base_url=llm.base_url,
            model="fake",
            concurrency=1,
            max_retries=0,
            allow_partial=False,
        )
    failed = results[3]
    assert isinstance(failed, FailedArticle)
    assert (failed.reason, failed.error_type) == ("validation", "SummaryFailedError")
    assert failed.attempts == 1 and failed.usage.calls == 1
    assert "E99 does not exist" in failed.message and "\n" not in failed.message


def test_concurrency_is_bounded(seed_text: str) -> None:
    in_flight = 0
    peak = 0
    lock = threading.Lock()

    def slow(body: dict[str, Any]) -> dict[str, Any]:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        time.sleep(0.1)
        with lock:
            in_flight -= 1
        return GOOD

    with FakeLLM(slow) as llm:
        results = summarize_many(dated(seed_text, 12), base_url=llm.base_url, model="fake", concurrency=4)
    assert all(isinstance(r, ArticleSummary) for r in results)
    assert 2 <= peak <= 4


def test_iter_yields_as_completed(seed_text: str) -> None:
    def first_is_slow(body: dict[str, Any]) -> Any:
        if "2020-01-01" in _published(body):
            return _delayed(GOOD, 1.0)
        return GOOD

    with FakeLLM(first_is_slow) as llm:
        order = [i for i, _ in summarize_iter(dated(seed_text, 3), base_url=llm.base_url, model="fake", concurrency=3)]
    assert sorted(order) == [0, 1, 2] and order[-1] == 0


def _delayed(answer: dict[str, Any], seconds: float) -> dict[str, Any]:
    time.sleep(seconds)
    return answer


def test_jsonl_resume_skips_done_and_retries_partial(seed_text: str, tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    articles = dated(seed_text, 3)

    def fail_second(body: dict[str, Any]) -> Any:
        return WRONG_ID if "2020-01-02" in _published(body) else GOOD

    with FakeLLM(fail_second) as llm:
        first = summarize_many(articles, base_url=llm.base_url, model="fake", out=out, max_retries=0)
    assert [r.complete for r in first if isinstance(r, ArticleSummary)] == [True, False, True]
    assert len(out.read_text().splitlines()) == 3

    with FakeLLM(lambda body: GOOD) as llm:
        second = summarize_many(articles, base_url=llm.base_url, model="fake", out=out)
    assert len(llm.requests) == 1  # only the partial article was asked again
    assert all(isinstance(r, ArticleSummary) and r.complete for r in second)
    assert [r.article_id for r in second] == ["a0", "a1", "a2"]
    assert sorted(r.article_id or "" for r in read_results(out)) == ["a0", "a1", "a2"]  # file order: as finished
    assert all(isinstance(r, ArticleSummary) and r.complete for r in read_results(out))  # the last line wins


def test_torn_last_line_is_skipped_and_the_article_redone(seed_text: str, tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    articles = dated(seed_text, 2)
    with FakeLLM(lambda body: GOOD) as llm:
        summarize_many(articles[:1], base_url=llm.base_url, model="fake", out=out)
    with out.open("a") as f:
        f.write('{"article_id": "a1", "summary": "The Unit')  # a crash mid-write
    with FakeLLM(lambda body: GOOD) as llm:
        results = summarize_many(articles, base_url=llm.base_url, model="fake", out=out)
    assert len(llm.requests) == 1 and all(isinstance(r, ArticleSummary) for r in results)
    assert sorted(r.article_id or "" for r in read_results(out)) == ["a0", "a1"]


def test_leaving_the_iterator_early_keeps_what_finished(seed_text: str, tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    articles = dated(seed_text, 6)
    with FakeLLM(lambda body: _delayed(GOOD, 0.05)) as llm:
        for _ in summarize_iter(articles, base_url=llm.base_url, model="fake", out=out, concurrency=1):
            break
        first_run = len(llm.requests)
    written = read_results(out)
    assert 1 <= len(written) <= first_run <= 2
    with FakeLLM(lambda body: GOOD) as llm:
        summarize_many(articles, base_url=llm.base_url, model="fake", out=out)
    assert len(llm.requests) == 6 - len(written)
    assert sorted(r.article_id or "" for r in read_results(out)) == [f"a{i}" for i in range(6)]


def test_inputs_mapping_paths_and_duplicate_ids(seed_text: str, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(seed_text, encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x89PNG\r\n\x00\x00")
    with FakeLLM(lambda body: GOOD) as llm:
        by_path = summarize_many([good, binary], base_url=llm.base_url, model="fake")
        by_map = summarize_many({"x": seed_text}, base_url=llm.base_url, model="fake")
    assert by_path[0].article_id == str(good) and isinstance(by_path[0], ArticleSummary)
    assert isinstance(by_path[1], FailedArticle) and "binary" in by_path[1].message
    assert by_map[0].article_id == "x"
    with pytest.raises(ValueError, match="article IDs must be unique"):
        summarize_many([("same", "one text"), ("same", "another text")], model="embedded")
    with pytest.raises(TypeError, match="not one article"):
        summarize_many(seed_text)


def test_plain_texts_get_content_ids(seed_text: str) -> None:
    with FakeLLM(lambda body: GOOD) as llm:
        [result] = summarize_many([seed_text], base_url=llm.base_url, model="fake")
    assert result.article_id == hashlib.sha256(seed_text.encode()).hexdigest()[:16]


# For the seed without its first line, whose sentence and attribution IDs shift: GOOD's
# events and claim would name other sentences.
_SHIFTED = {**GOOD, "events": [], "claims": []}


def _cli(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", "from summarizer.cli import main; main()", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_cli_batch_folder_to_jsonl_and_resume(seed_text: str, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(f"date 2020-02-0{i + 1}\n" + seed_text.split("\n", 1)[1], encoding="utf-8")
    (folder / "empty.txt").write_text("   ", encoding="utf-8")
    out = tmp_path / "results.jsonl"
    with FakeLLM(lambda body: _SHIFTED) as llm:
        proc = _cli(str(folder), "--out", str(out), "--base-url", llm.base_url, "--model", "fake")
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 1, err  # one article failed
        assert b"3 complete, 0 partial, 1 failed" in err and b"Traceback" not in err
        assert len(llm.requests) == 3
        proc = _cli(str(folder), "--out", str(out), "--base-url", llm.base_url, "--model", "fake")
        proc.communicate(timeout=120)
        assert len(llm.requests) == 3  # nothing asked twice
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(r["article_id"] for r in records if "error_type" not in r) == [
        str(folder / f"{i}.txt") for i in range(3)
    ]


@pytest.mark.skipif(os.name != "posix", reason="sends SIGINT")
def test_cli_batch_interrupted_then_resumed(seed_text: str, tmp_path: Path) -> None:
    """Kill a batch half-way, run it again: no article lost, none summarized twice.

    The model answers three requests, then holds every other one until the first run
    is killed: the run cannot finish before its SIGINT arrives, however loaded the
    machine (it used to, with answers merely delayed)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(8):
        (folder / f"{i}.txt").write_text(f"date 2020-02-0{i + 1}\n" + seed_text.split("\n", 1)[1], encoding="utf-8")
    out = tmp_path / "results.jsonl"
    gate = threading.Event()
    answered = iter(range(3))

    def answer(body: dict[str, Any]) -> dict[str, Any]:
        if next(answered, None) is None:
            gate.wait(120)  # held until the first run is gone
        return _SHIFTED

    with FakeLLM(answer) as llm:
        args = (str(folder), "--out", str(out), "--base-url", llm.base_url, "--model", "fake", "--concurrency", "2")
        proc = _cli(*args)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not out.exists() or len(out.read_text().splitlines()) < 3):
            time.sleep(0.05)
        assert proc.poll() is None, "the first run ended before it was interrupted"
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        gate.set()
        assert proc.returncode == 130, err
        assert b"run the same command again to resume" in err and b"Traceback" not in err
        done_first = len(read_results(out))
        assert done_first == 3
        requests_first = len(llm.requests)
        proc = _cli(*args)
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    assert len(llm.requests) - requests_first == 8 - done_first
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    ids = [r["article_id"] for r in lines]
    assert len(ids) == len(set(ids)) == 8  # every article once, none twice


def test_progress_bar_on_request_silent_by_default(seed_text: str, capsys: pytest.CaptureFixture[str]) -> None:
    with FakeLLM(lambda body: GOOD) as llm:
        summarize_many(dated(seed_text, 3), base_url=llm.base_url, model="fake")
        assert capsys.readouterr().err == ""  # stderr is not a terminal here
        summarize_many(dated(seed_text, 3) + [("empty", " ")], base_url=llm.base_url, model="fake", progress=True)
    err = capsys.readouterr().err
    assert "summarizing" in err and "4/4" in err and "0 partial, 1 failed" in err


def test_unwritable_results_file_stops_the_batch_with_the_error(seed_text: str, tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    out.mkdir()  # a directory where the file should be
    with FakeLLM(lambda body: GOOD) as llm:
        with pytest.raises(OSError):
            summarize_many(dated(seed_text, 3), base_url=llm.base_url, model="fake", out=out)


def test_write_failure_mid_batch_raises_instead_of_hanging(
    seed_text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summarizer import results as _jsonl

    def disk_full(self: object, result: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_jsonl.ResultsWriter, "write", disk_full)
    with FakeLLM(lambda body: GOOD) as llm:
        with pytest.raises(OSError, match="No space left"):
            summarize_many(dated(seed_text, 4), base_url=llm.base_url, model="fake", out=tmp_path / "r.jsonl")


def test_a_batch_without_publication_dates_warns_once(seed_text: str, caplog: pytest.LogCaptureFixture) -> None:
    # The seed without its `date 2020-03-13` line and its `Last Update: ...` footer.
    undated = seed_text.split("\n", 1)[1].rsplit("\n\nLast Update", 1)[0]
    articles = [("u1", undated), ("u2", undated + " "), {"id": "dated", "text": undated, "published": "2020-03-13"}]
    with FakeLLM(lambda body: _SHIFTED) as llm:
        with caplog.at_level("INFO", logger="summarizer"):
            results = summarize_many(articles, base_url=llm.base_url, model="fake", cache=False, progress=False)
    assert all(isinstance(r, ArticleSummary) for r in results)
    warnings = [r for r in caplog.records if r.levelname == "WARNING" and "no publication date" in r.getMessage()]
    assert len(warnings) == 1, caplog.text
    assert "relative dates" in warnings[0].getMessage() and "published" in warnings[0].getMessage()
    assert "2 articles of this batch had no publication date: " in caplog.text
    # A dated batch says nothing.
    caplog.clear()
    with FakeLLM(lambda body: GOOD) as llm:
        summarize_many(dated(seed_text, 2), base_url=llm.base_url, model="fake", cache=False, progress=False)
    assert "no publication date" not in caplog.text
