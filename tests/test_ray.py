"""summarize_dataset on a real local Ray cluster (2 CPUs, 2 actors) against FakeLLM on
127.0.0.1, which the actors reach over loopback from their own processes. The answers are
hand-written test fixtures (GOOD, WRONG_ID); each article is told apart by its
publication date, which the library sends as the first line of the user message."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ray = pytest.importorskip("ray", reason="needs the ray extra: pip install '.[ray]'")

from summarizer import ArticleSummary, FailedArticle  # noqa: E402  (after the skip)
from summarizer._llm.cache import network_filesystem  # noqa: E402
from summarizer.ray import RESULT_SCHEMA, node_cache_path, result_from_row, summarize_dataset  # noqa: E402
from summarizer.testing import FakeLLM  # noqa: E402
from tests.pipeline.test_summarize import GOOD, WRONG_ID  # noqa: E402

# Ray warns about its own defaults (DataContext sets use_push_based_shuffle, deprecated).
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray")

ARTICLES = 300
BAD_DATE = "2020-01-08"  # the model answers this article with a sentence ID that does not exist
LIMIT = 240  # seconds for one pipeline run: a hung actor fails the test instead of the suite


@pytest.fixture(scope="module")
def cluster() -> Iterator[None]:
    ray.init(
        num_cpus=2,
        include_dashboard=False,
        _node_ip_address="127.0.0.1",
        log_to_driver=False,
        configure_logging=False,
    )
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.execution_options.preserve_order = True
    try:
        yield
    finally:
        ray.shutdown()


def _date(i: int) -> str:
    return (dt.date(2020, 1, 1) + dt.timedelta(days=i)).isoformat()


def _answer(body: dict[str, Any]) -> dict[str, Any]:
    published = str(body["messages"][-1]["content"]).split("\n", 1)[0]
    return WRONG_ID if BAD_DATE in published else GOOD


def _bounded(run: Callable[[], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """``run()`` in a thread, failing the test if it takes longer than LIMIT."""
    out: list[list[dict[str, Any]]] = []
    errors: list[BaseException] = []

    def target() -> None:
        try:
            out.append(run())
        except BaseException as exc:  # handed to the test below
            errors.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(LIMIT)
    assert not thread.is_alive(), f"the Ray pipeline did not finish within {LIMIT} s"
    if errors:
        raise errors[0]
    return out[0]


def _rows(seed_text: str) -> list[dict[str, Any]]:
    rows = [{"article_id": f"a{i}", "text": seed_text, "published": _date(i)} for i in range(ARTICLES)]
    rows[3]["text"] = "   \n"  # empty
    rows[5]["text"] = None  # no text at all
    return rows


def test_dataset_of_articles_to_rows_with_failures_as_rows(cluster: None, seed_text: str, tmp_path: Path) -> None:
    cache = tmp_path / "answers.sqlite3"
    with FakeLLM(_answer) as llm:
        ds = ray.data.from_items(_rows(seed_text))
        results = summarize_dataset(
            ds,
            published_col="published",
            workers=2,
            batch_size=50,
            base_url=llm.base_url,
            model="fake",
            max_retries=0,
            concurrency=8,
            cache=cache,
        )
        out = tmp_path / "parquet"
        rows = _bounded(lambda: (results.write_parquet(str(out)), ray.data.read_parquet(str(out)).take_all())[1])
    assert len(llm.requests) == ARTICLES - 2  # the empty article and the missing text never reached the model
    by_id = {r["article_id"]: r for r in rows}
    assert sorted(by_id) == sorted(f"a{i}" for i in range(ARTICLES))

    for ident in ("a3", "a5"):
        failed = by_id[ident]
        assert (failed["status"], failed["reason"], failed["summary_json"], failed["calls"]) == (
            "failed",
            "invalid_input",
            None,
            0,
        )
        assert isinstance(result_from_row(failed), FailedArticle)
    partial = by_id["a7"]  # BAD_DATE
    assert (partial["status"], partial["reason"], partial["error_type"]) == (
        "partial",
        "validation",
        "SummaryFailedError",
    )
    assert "E99 does not exist" in partial["error"] and partial["missing"] and partial["attempts"] == 1
    assert partial["summary_json"] is not None  # what the model did give is kept

    complete = [r for r in rows if r["status"] == "complete"]
    assert len(complete) == ARTICLES - 3
    first = result_from_row(by_id["a0"])
    assert isinstance(first, ArticleSummary) and first.complete and first.article_id == "a0"
    assert (first.provenance.published, first.provenance.published_source) == (dt.date(2020, 1, 1), "argument")
    assert all(r["calls"] == 1 and r["prompt_tokens"] > 0 and r["error"] is None for r in complete)
    # The cache is the file given, written by both actors' Summarizers (local disk: safe).
    assert cache.exists() and network_filesystem(cache) is None


def test_allow_partial_false_and_duplicate_ids_are_failed_rows(cluster: None, seed_text: str) -> None:
    rows = [{"id": "x", "text": seed_text, "day": _date(0)}, {"id": "bad", "text": seed_text, "day": BAD_DATE}]
    rows.append({"id": "x", "text": seed_text + " Another sentence.", "day": _date(1)})  # same ID, other text
    with FakeLLM(_answer) as llm:
        ds = ray.data.from_items(rows)
        results = summarize_dataset(
            ds,
            id_col="id",
            published_col="day",
            workers=1,
            batch_size=10,
            base_url=llm.base_url,
            model="fake",
            max_retries=0,
            allow_partial=False,
            cache=False,
        )
        got = _bounded(results.take_all)
    assert [(r["article_id"], r["status"], r["reason"]) for r in got] == [
        ("x", "complete", None),
        ("bad", "failed", "validation"),
        ("x", "failed", "invalid_input"),
    ]
    assert "IDs must be unique" in got[2]["error"]
    assert got[1]["calls"] == 1 and got[1]["error_type"] == "SummaryFailedError"
    assert results.schema().names == RESULT_SCHEMA.names


def test_cache_on_a_network_filesystem_is_refused(tmp_path: Path) -> None:
    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text(
        "27 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n"
        "90 27 0:50 / /shared rw,relatime shared:1 - nfs4 server:/export rw,vers=4.2\n"
        "91 90 0:51 / /shared/local\\040disk rw - xfs /dev/vdb rw\n"
    )
    assert network_filesystem(Path("/shared/cache/answers.sqlite3"), mountinfo) == "nfs4"
    assert network_filesystem(Path("/shared/local disk/answers.sqlite3"), mountinfo) is None
    assert network_filesystem(Path("/tmp/answers.sqlite3"), mountinfo) is None
    assert network_filesystem(Path("/x"), tmp_path / "absent") is None  # not Linux: cannot tell
    assert network_filesystem(node_cache_path()) is None  # this machine's temp directory is local


def test_unknown_option_and_network_cache_fail_before_anything_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    import summarizer.ray as engine

    with pytest.raises(TypeError, match="did you mean 'concurrency'"):
        summarize_dataset(None, concurency=4)  # type: ignore[arg-type, call-arg]  # both wrong on purpose
    monkeypatch.setattr(engine, "network_filesystem", lambda path: "nfs4")
    with pytest.raises(ValueError, match=r"network filesystem \(nfs4\)"):
        summarize_dataset(None, cache="/shared/answers.sqlite3")  # type: ignore[arg-type]  # refused before ds is used
