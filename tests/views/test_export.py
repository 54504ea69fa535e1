"""Exports: pandas DataFrames of quotes, events, claims and failures, and JSON / JSONL
round trips of what the library returns and writes."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from summarizer import (
    ArticleSummary,
    FailedArticle,
    Partial,
    PartialSummaryError,
    read_results,
    summarize,
    summarize_many,
)
from summarizer._views.frames import (
    CLAIM_COLUMNS,
    DATE_COLUMNS,
    EVENT_COLUMNS,
    FAILURE_COLUMNS,
    QUOTE_COLUMNS,
    SPEAKER_COLUMNS,
)
from summarizer.results import SummaryBatch
from summarizer.testing import FakeLLM
from tests.conftest import SEED
from tests.pipeline.test_summarize import GOOD, seed_event
from tests.views.views import hostile_summary, seed_summary

# Names, quote marks, a dash, CJK and an emoji outside the BMP: offsets count code points.
NON_ASCII = (
    "KRAKÓW, 4 March 2020 — Zoë Müller-Łukasiewicz, who runs Kraków’s transport office, "
    "said on Monday that the city would reopen its 🚋 tram lines.\n\n"
    "“Nous sommes prêts — 準備はできています,” Müller-Łukasiewicz told reporters on Tuesday.\n"
)
# The article has no action clause to offer as an event: the request asks for none.
NON_ASCII_ANSWER = {"summary": "the city would reopen its tram lines", "claims": []}


def _columns(df: pd.DataFrame) -> list[tuple[str, str]]:
    return [(str(name), str(dtype)) for name, dtype in df.dtypes.items()]


def _failed(article_id: str = "broken") -> FailedArticle:
    return FailedArticle(
        article_id=article_id,
        error_type="InvalidArticleError",
        reason="invalid_input",
        message="the article is empty",
    )


def _partial(article_id: str = "p") -> ArticleSummary:
    """The seed as a summary the model gave no answer for: quotes and speakers only."""
    partial = Partial(
        missing=["summary", "events", "claims"],
        reason="unavailable",
        error_type="ModelUnavailableError",
        message="the model gave no answer (unavailable); check that the model is reachable",
        attempts=1,
    )
    update = {"article_id": article_id, "summary": None, "events": None, "claims": None, "partial": partial}
    return ArticleSummary.model_validate({**seed_summary().model_dump(), **update})


def _answer(body: dict[str, Any]) -> dict[str, Any]:
    """GOOD for the seed, a plain answer for the non-ASCII article, whatever the order."""
    prompt = json.dumps(body["messages"], ensure_ascii=False)
    return GOOD if "Kata’ib" in prompt else NON_ASCII_ANSWER


# DataFrames


def test_quotes_df_columns_and_rows() -> None:
    summary = seed_summary()
    df = summary.quotes_df()
    assert _columns(df) == list(QUOTE_COLUMNS)
    assert list(df.columns) == [
        "article_id",
        "language",
        "start",
        "end",
        "text",
        "speaker_id",
        "speaker_name",
        "speaker_role",
        "attribution",
    ]
    assert df.speaker_name.tolist() == ["Mark Esper", "Dominic Raab", "Dominic Raab"]
    assert df.speaker_role.tolist() == ["Defense Secretary", "British Foreign Secretary", "British Foreign Secretary"]
    assert df.language.tolist() == ["en", "en", "en"]
    for row in df.itertuples():
        assert summary.text[row.start : row.end] == row.text
    assert df.article_id.isna().all()  # a single summarize() call has no article ID
    raab = df[df.speaker_name == "Dominic Raab"]
    assert raab.text.str.startswith(("We must", "it is essential")).all()


def test_events_df_has_dates_and_evidence() -> None:
    summary = seed_summary()
    df = summary.events_df()
    assert _columns(df) == list(EVENT_COLUMNS)
    taji = df.iloc[1]
    assert (taji["when"], taji["date"]) == ("Wednesday", pd.Timestamp("2020-03-11"))
    assert taji["whom"] == "military camp Taji" and pd.isna(taji["who"])
    unresolved = df.iloc[2]
    assert unresolved["when"] == "Eariler" and pd.isna(unresolved["date"])
    assert pd.isna(df.iloc[0]["when"]) and pd.isna(df.iloc[0]["date"])
    # start and end cover every evidence sentence; evidence lists each of them.
    for row, event in zip(df.itertuples(), summary.events, strict=True):
        assert row.evidence == [(s.start, s.end) for s in event.evidence]
        assert (row.start, row.end) == (event.evidence[0].start, event.evidence[-1].end)
        assert row.evidence_text == " ".join(s.text for s in event.evidence)
    assert len(df.iloc[2]["evidence"]) == 2
    assert df[df.date >= "2020-03-11"].what.tolist() == [summary.events[1].what]


def test_claims_df_has_sources_and_evidence() -> None:
    summary = seed_summary()
    df = summary.claims_df()
    assert _columns(df) == list(CLAIM_COLUMNS)
    assert df.source_id.tolist()[1:] == ["P1", "P3"] and pd.isna(df.source_id[0])
    assert df.source_name.tolist()[1:] == ["Mark Esper", "two US officials"] and pd.isna(df.source_name[0])
    for row, claim in zip(df.itertuples(), summary.claims, strict=True):
        assert row.statement == claim.statement
        assert summary.text[row.start : row.end] == claim.evidence[0].text  # one sentence each here


def test_empty_frames_still_have_their_columns() -> None:
    empty = seed_summary().model_copy(update={"quotes": [], "events": [], "claims": []})
    assert _columns(empty.quotes_df()) == list(QUOTE_COLUMNS)
    assert _columns(empty.events_df()) == list(EVENT_COLUMNS)
    assert _columns(empty.claims_df()) == list(CLAIM_COLUMNS)
    assert _columns(empty.model_copy(update={"dates": []}).dates_df()) == list(DATE_COLUMNS)
    assert _columns(empty.model_copy(update={"speakers": []}).speakers_df()) == list(SPEAKER_COLUMNS)
    batch = SummaryBatch()
    for df, columns in [
        (batch.dates_df(), DATE_COLUMNS),
        (batch.speakers_df(), SPEAKER_COLUMNS),
        (batch.quotes_df(), QUOTE_COLUMNS),
        (batch.events_df(), EVENT_COLUMNS),
        (batch.claims_df(), CLAIM_COLUMNS),
        (batch.failures_df(), FAILURE_COLUMNS),
    ]:
        assert len(df) == 0 and _columns(df) == list(columns)


def test_evidence_columns_are_missing_without_evidence() -> None:
    summary = seed_summary()
    bare = summary.model_copy(update={"events": [summary.events[0].model_copy(update={"evidence": []})]})
    row = bare.events_df().iloc[0]
    assert pd.isna(row["start"]) and pd.isna(row["end"]) and pd.isna(row["evidence_text"])
    assert row["evidence"] == []


def test_batch_frames_concatenate_articles_and_skip_failures() -> None:
    seed = seed_summary()
    batch = SummaryBatch(
        [
            seed.model_copy(update={"article_id": "a"}),
            _failed(),
            hostile_summary(),
            _partial("p"),
            seed.model_copy(update={"article_id": "b"}),
        ]
    )
    quotes = batch.quotes_df()
    assert _columns(quotes) == list(QUOTE_COLUMNS)
    # A partial summary keeps its quotes; it has no events or claims to give.
    hostile = [hostile_summary().article_id]
    assert quotes.article_id.tolist() == ["a"] * 3 + hostile * 2 + ["p"] * 3 + ["b"] * 3
    assert quotes.index.tolist() == list(range(11))
    assert batch.events_df().article_id.tolist() == ["a"] * 3 + hostile + ["b"] * 3
    assert len(batch.claims_df()) == 3 + 1 + 3
    failures = batch.failures_df()
    assert _columns(failures) == list(FAILURE_COLUMNS)
    records = failures.to_dict("records")
    assert pd.isna(records[0].pop("missing"))
    assert records == [
        {
            "article_id": "broken",
            "status": "failed",
            "reason": "invalid_input",
            "error_type": "InvalidArticleError",
            "message": "the article is empty",
            "attempts": 0,
        },
        {
            "article_id": "p",
            "status": "partial",
            "reason": "unavailable",
            "error_type": "ModelUnavailableError",
            "message": "the model gave no answer (unavailable); check that the model is reachable",
            "attempts": 1,
            "missing": "summary, events, claims",
        },
    ]


def test_a_partial_summary_has_no_event_or_claim_frame() -> None:
    """None is not empty: the frames of what the model did not give refuse, and say why."""
    partial = _partial()
    assert len(partial.quotes_df()) == 3
    for export in (partial.events_df, partial.claims_df):
        with pytest.raises(PartialSummaryError, match="missing summary, events, claims") as info:
            export()
        assert info.value.result is partial


def test_exports_without_pandas_say_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # `import pandas` now raises ImportError
    summary = seed_summary()
    batch = SummaryBatch([summary])
    for export in [summary.quotes_df, summary.events_df, summary.claims_df, batch.quotes_df, batch.failures_df]:
        with pytest.raises(ImportError, match="pip install pandas"):
            export()


def test_importing_summarizer_does_not_import_pandas() -> None:
    code = "import sys, summarizer, summarizer.models; assert 'pandas' not in sys.modules, 'pandas imported'"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


# JSON and JSONL round trips


def test_pipeline_result_round_trips_through_json(seed_text: str) -> None:
    # An event with a time, chosen by ID (the clause's own reading), so that a date is carried.
    dated = {
        **GOOD,
        "events": [seed_event("On Wednesday, at least", "At least 18 rockets were fired at camp Taji", "whom", "when")],
    }
    with FakeLLM([dated, NON_ASCII_ANSWER]) as llm:
        seed = summarize(seed_text, base_url=llm.base_url, model="fake")
        other = summarize(NON_ASCII, base_url=llm.base_url, model="fake")
    # What the round trip has to carry: speakers, resolved dates, an event's date, non-ASCII.
    assert seed.speakers and seed.quotes and seed.claims
    assert any(d.date == dt.date(2020, 3, 11) for d in seed.dates)
    assert any(e.when is not None and e.when.date is not None for e in seed.events)
    assert other.quotes[0].text.startswith("Nous sommes prêts — 準備はできています")
    assert NON_ASCII[other.quotes[0].start : other.quotes[0].end] == other.quotes[0].text
    for result in (seed, other):
        assert ArticleSummary.model_validate_json(result.model_dump_json()) == result
        assert ArticleSummary.model_validate_json(result.model_dump_json(indent=2)) == result
        assert ArticleSummary.model_validate(json.loads(result.model_dump_json())) == result


def test_cli_json_output_is_the_library_result(seed_text: str) -> None:
    with FakeLLM([GOOD, GOOD]) as llm:
        proc = subprocess.run(
            [
                sys.executable,
                "-c",
                "from summarizer.cli import main; main()",
                str(SEED),
                "--base-url",
                llm.base_url,
                "--model",
                "fake",
                "--format",
                "json",
                "--no-cache",
            ],
            capture_output=True,
            timeout=120,
        )
        direct = summarize(SEED, base_url=llm.base_url, model="fake", cache=False)  # a path, as the CLI reads it
    assert proc.returncode == 0, proc.stderr
    assert ArticleSummary.model_validate_json(proc.stdout) == direct


def test_batch_jsonl_reads_back_equal(tmp_path: Path, seed_text: str) -> None:
    out = tmp_path / "results.jsonl"
    articles = [("seed", seed_text), ("kraków-ü", NON_ASCII), ("empty", "   ")]
    with FakeLLM(_answer) as llm:
        # One at a time, so the file holds the articles in input order, as the batch does.
        results = summarize_many(articles, base_url=llm.base_url, model="fake", out=out, cache=False, concurrency=1)
    assert [type(r).__name__ for r in results] == ["ArticleSummary", "ArticleSummary", "FailedArticle"]
    assert isinstance(results[2], FailedArticle) and results[2].reason == "invalid_input"

    again = read_results(out)
    assert isinstance(again, SummaryBatch)
    assert again == results
    assert again.quotes_df().equals(results.quotes_df())

    by_line: list[ArticleSummary | FailedArticle] = []
    for line in out.read_text(encoding="utf-8").splitlines():
        model = FailedArticle if "error_type" in json.loads(line) else ArticleSummary
        by_line.append(model.model_validate_json(line))
    assert by_line == results
    assert "準備はできています" in out.read_text(encoding="utf-8")  # written as UTF-8, not \u escapes


def _seed_from_the_pipeline() -> ArticleSummary:
    with FakeLLM([GOOD]) as llm:
        return summarize(SEED, base_url=llm.base_url, model="fake", cache=False)


def test_claims_df_has_kind_cue_and_source_as_written() -> None:
    summary = _seed_from_the_pipeline()
    df = summary.claims_df()
    assert _columns(df) == list(CLAIM_COLUMNS)
    assert len(df) == len(summary.claims) > 0
    for row, claim in zip(df.itertuples(), summary.claims, strict=True):
        assert row.kind == claim.kind and row.statement_from == claim.statement_from
        assert (row.cue if claim.cue is not None else None) == (claim.cue.text if claim.cue else None)
        if claim.source_span is not None:
            assert row.source_text == claim.source_span.text
    assert set(df.kind) <= {"indirect", "according_to", "blamed", "quote"} and "told" in set(df.cue.dropna())


def test_dates_df_lists_every_time_expression() -> None:
    summary = _seed_from_the_pipeline()
    df = summary.dates_df()
    assert _columns(df) == list(DATE_COLUMNS)
    assert df.text.tolist() == [d.text for d in summary.dates]
    for row, when in zip(df.itertuples(), summary.dates, strict=True):
        assert summary.text[row.start : row.end] == when.text
        assert row.label == when.label and row.resolution == when.resolution
    wednesday = df[df.text == "on Wednesday"].iloc[0]
    assert wednesday.date == pd.Timestamp("2020-03-11") and wednesday.granularity == "day"
    assert (df.article_id == str(SEED)).all()


def test_speakers_df_counts_mentions_quotes_and_claims() -> None:
    summary = _seed_from_the_pipeline()
    df = summary.speakers_df()
    assert _columns(df) == list(SPEAKER_COLUMNS)
    by_name = df.set_index("name")
    assert by_name.loc["Mark Esper", "role"] == "Defense Secretary"
    assert by_name.loc["Mark Esper", "quotes"] == 1 and by_name.loc["Dominic Raab", "quotes"] == 2
    raab = next(s for s in summary.speakers if s.name == "Dominic Raab")
    assert by_name.loc["Dominic Raab", "mentions"] == len(raab.mentions)
    assert df.claims.sum() == sum(c.source_id is not None for c in summary.claims or [])
    batch = SummaryBatch([summary, _failed()])
    assert batch.speakers_df().equals(df) and batch.dates_df().equals(summary.dates_df())


def test_a_missing_pandas_dependency_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    """pandas there, one of its own imports not: the error names that one."""
    import builtins

    real_import = builtins.__import__

    def broken_pandas(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pandas":
            raise ModuleNotFoundError("No module named 'numpy'", name="numpy")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", broken_pandas)
    with pytest.raises(ImportError, match=r"pandas, which cannot be imported \(No module named 'numpy'\)"):
        seed_summary().quotes_df()
