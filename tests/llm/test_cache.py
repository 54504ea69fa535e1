"""The response cache: hits, what the key covers, damage, secrets, concurrent writers.
The answers are hand-written test fixtures served by FakeLLM on 127.0.0.1."""

import datetime as dt
import hashlib
import json
import logging
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer import ArticleSummary, Usage, summarize, summarize_many
from summarizer._llm import cache as _cache
from summarizer.testing import FakeLLM
from tests.conftest import SEED
from tests.pipeline.test_summarize import GOOD, WRONG_ID


@pytest.fixture
def cache_file(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "answers.sqlite3"


def test_hit_returns_the_same_summary_without_a_call(seed_text: str, cache_file: Path) -> None:
    with FakeLLM([GOOD]) as llm:
        miss = summarize(seed_text, base_url=llm.base_url, model="fake", cache=cache_file)
        hit = summarize(seed_text, base_url=llm.base_url, model="fake", cache=cache_file)
    assert len(llm.requests) == 1
    assert (miss.provenance.cached, hit.provenance.cached) == (False, True)
    assert hit.usage.calls == 0 and hit.usage.total_tokens == 0  # nothing paid this time
    assert hit.provenance.attempts == miss.provenance.attempts
    strip = {"usage": True, "provenance": {"cached"}}
    assert hit.model_dump(exclude=strip) == miss.model_dump(exclude=strip)


def test_key_covers_what_changes_the_answer(seed_text: str, cache_file: Path) -> None:
    with FakeLLM(lambda body: GOOD) as llm:
        summarize(seed_text, base_url=llm.base_url, model="fake", cache=cache_file)
        summarize(seed_text, base_url=llm.base_url, model="fake", cache=cache_file, max_retries=5)
        assert len(llm.requests) == 1  # re-ask budget does not change an answer
        summarize(seed_text, base_url=llm.base_url, model="other", cache=cache_file)
        assert len(llm.requests) == 2
        summarize(seed_text, base_url=llm.base_url, model="fake", cache=cache_file, published=dt.date(2021, 1, 1))
        assert len(llm.requests) == 3
        summarize(seed_text.replace("Esper", "Esper,", 1), base_url=llm.base_url, model="fake", cache=cache_file)
        assert len(llm.requests) == 4
    with FakeLLM(lambda body: GOOD) as other_server:
        summarize(seed_text, base_url=other_server.base_url, model="fake", cache=cache_file)
        assert len(other_server.requests) == 1  # another server (another port) is another model


def test_off_means_off(seed_text: str, cache_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeLLM(lambda body: GOOD) as llm:
        for _ in range(2):
            summarize(seed_text, base_url=llm.base_url, model="fake", cache=False)
    assert len(llm.requests) == 2 and not cache_file.exists()
    monkeypatch.setenv("SUMMARIZER_CACHE", str(cache_file))
    assert _cache.resolve(True) == cache_file
    monkeypatch.setenv("SUMMARIZER_CACHE", "off")
    assert _cache.resolve(True) is None
    assert _cache.resolve(cache_file) == cache_file  # an explicit path still wins
    monkeypatch.delenv("SUMMARIZER_CACHE")
    assert _cache.resolve(True) == _cache.default_path()
    assert "summarizer" in str(_cache.default_path())


def test_damaged_entry_is_a_logged_miss(seed_text: str, cache_file: Path, caplog: pytest.LogCaptureFixture) -> None:
    with FakeLLM([GOOD, GOOD]) as llm:
        summarize(seed_text, base_url=llm.base_url, model="fake", cache=cache_file)
        with sqlite3.connect(cache_file) as db:
            db.execute("UPDATE answers SET payload = replace(payload, 'Iraq', 'Iran')")
        with caplog.at_level(logging.WARNING, logger="summarizer"):
            result = summarize(seed_text, base_url=llm.base_url, model="fake", cache=cache_file)
    assert len(llm.requests) == 2 and not result.provenance.cached
    assert "damaged" in caplog.text


def test_entry_that_no_longer_validates_is_a_miss(
    seed_text: str, cache_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """An answer with a valid checksum that fails today's validators (say, a rule that
    grew stricter) is asked again rather than returned."""
    with FakeLLM([GOOD, GOOD]) as llm:
        summarize(seed_text, base_url=llm.base_url, model="fake", cache=cache_file)
        cache = _cache.ResponseCache(cache_file)
        with sqlite3.connect(cache_file) as db:
            (key,) = db.execute("SELECT key FROM answers").fetchone()
        cache.put(key, "test", _cache.Entry(answer=json.dumps(WRONG_ID.content), attempts=1, usage=Usage(calls=1)))
        cache.close()
        with caplog.at_level(logging.WARNING, logger="summarizer"):
            result = summarize(seed_text, base_url=llm.base_url, model="fake", cache=cache_file)
    assert len(llm.requests) == 2 and not result.provenance.cached
    assert "no longer validates" in caplog.text
    assert all(e.evidence for e in result.events)


def test_entries_written_before_repairs_existed_are_still_read(seed_text: str, cache_file: Path) -> None:
    """Entries carry the answer's repairs since provenance.repairs was added; an older
    entry, without them, is a hit with no repairs."""
    with FakeLLM([GOOD]) as llm:
        summarize(seed_text, base_url=llm.base_url, model="fake", cache=cache_file)
        with sqlite3.connect(cache_file) as db:
            (key, payload) = db.execute("SELECT key, payload FROM answers").fetchone()
            data = json.loads(payload)
            assert data.pop("repairs") == []
            old = json.dumps(data, ensure_ascii=False)
            checksum = hashlib.sha256(old.encode()).hexdigest()
            db.execute("UPDATE answers SET payload = ?, checksum = ? WHERE key = ?", (old, checksum, key))
        hit = summarize(seed_text, base_url=llm.base_url, model="fake", cache=cache_file)
    assert len(llm.requests) == 1 and hit.provenance.cached and hit.provenance.repairs == []


def test_corrupt_file_is_moved_aside_and_the_cache_starts_afresh(
    seed_text: str, cache_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache_file.parent.mkdir(parents=True)
    cache_file.write_bytes(b"this is not a database\x00" * 100)
    with FakeLLM([GOOD, GOOD]) as llm, caplog.at_level(logging.WARNING, logger="summarizer"):
        first = summarize(seed_text, base_url=llm.base_url, model="fake", cache=cache_file)
        second = summarize(seed_text, base_url=llm.base_url, model="fake", cache=cache_file)
    assert isinstance(first, ArticleSummary) and not first.provenance.cached
    assert second.provenance.cached and len(llm.requests) == 1
    assert "not a database" in caplog.text
    [aside] = cache_file.parent.glob("answers.sqlite3.corrupt-*")
    assert aside.read_bytes().startswith(b"this is not a database")


def test_unusable_location_is_not_a_crash(seed_text: str, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory should be")
    with FakeLLM([GOOD, GOOD]) as llm, caplog.at_level(logging.WARNING, logger="summarizer"):
        for _ in range(2):
            result = summarize(seed_text, base_url=llm.base_url, model="fake", cache=blocker / "answers.sqlite3")
            assert isinstance(result, ArticleSummary)
    assert len(llm.requests) == 2 and "unusable" in caplog.text


def test_no_key_or_auth_is_stored(seed_text: str, cache_file: Path) -> None:
    secret = "TEST-CREDENTIAL-DO-NOT-STORE-42"
    with FakeLLM([GOOD]) as llm:
        url = llm.base_url.replace("http://", f"http://user:{secret}@") + f"?api-key={secret}"
        summarize(seed_text, base_url=url, model="fake", api_key=secret, cache=cache_file)
    for path in cache_file.parent.iterdir():
        assert secret.encode() not in path.read_bytes(), path


_WRITER = """
import sys
from summarizer import summarize_many
seed = open(sys.argv[1], encoding="utf-8").read()
articles = [{"id": f"a{i}", "text": seed, "published": f"2020-01-{i + 1:02d}"} for i in range(20)]
results = summarize_many(articles, base_url=sys.argv[2], model="fake", cache=sys.argv[3], concurrency=4)
print(sum(type(r).__name__ == "ArticleSummary" for r in results))
"""


def test_two_processes_write_the_same_cache(seed_text: str, cache_file: Path) -> None:
    with FakeLLM(lambda body: GOOD) as llm:
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", _WRITER, str(SEED), llm.base_url, str(cache_file)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            for _ in range(2)
        ]
        outputs = [p.communicate(timeout=120) for p in procs]
        for proc, (out, err) in zip(procs, outputs, strict=True):
            assert proc.returncode == 0, err
            assert out.strip() == b"20"
        assert 20 <= len(llm.requests) <= 40  # each article at most once per process
        results = summarize_many(
            [{"id": f"a{i}", "text": seed_text, "published": f"2020-01-{i + 1:02d}"} for i in range(20)],
            base_url=llm.base_url,
            model="fake",
            cache=cache_file,
        )
        assert len(llm.requests) <= 40  # a third run is all hits
    assert all(isinstance(r, ArticleSummary) and r.provenance.cached for r in results)
    with sqlite3.connect(cache_file) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT count(*) FROM answers").fetchone() == (20,)


def test_deleting_the_file_clears_the_cache_for_running_processes(seed_text: str, cache_file: Path) -> None:
    with FakeLLM(lambda body: GOOD) as llm:
        summarize(seed_text, base_url=llm.base_url, model="fake", cache=cache_file)
        for path in cache_file.parent.iterdir():
            path.unlink()
        again = summarize(seed_text, base_url=llm.base_url, model="fake", cache=cache_file)
        hit = summarize(seed_text, base_url=llm.base_url, model="fake", cache=cache_file)
    assert len(llm.requests) == 2 and not again.provenance.cached and hit.provenance.cached
    assert cache_file.exists()
