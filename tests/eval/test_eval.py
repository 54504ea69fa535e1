"""The evaluation harness: gold loading, scoring rules, the report, ``summarize eval``.

Every ``ArticleSummary`` here is HAND-BUILT in this file (see ``_summary``): the
scoring is pure, so it is tested against summaries whose mistakes we chose, not
against model output. Only the last test runs the pipeline, against FakeLLM.
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import summarizer.eval
from summarizer.cli.eval import app as eval_app
from summarizer.eval import GoldArticle, GoldFileError, evaluate, load_gold, score
from summarizer.eval.scoring import iou, names_match, score_failure
from summarizer.models import (
    ArticleSummary,
    Attribution,
    Claim,
    Event,
    FailedArticle,
    Provenance,
    Quote,
    Span,
    Speaker,
    Usage,
    When,
)
from summarizer.testing import FakeLLM

GOLD = Path(__file__).parent.parent / "gold" / "eval_gold.jsonl"


# ---------------------------------------------------------------- hand-built summaries


def _span(text: str, phrase: str, *, after: str | None = None) -> Span:
    """The span of ``phrase`` in ``text`` (its first occurrence after ``after``)."""
    start = text.index(phrase, text.index(after) if after else 0)
    return Span(text=phrase, start=start, end=start + len(phrase))


def _quote(text: str, words: str, speaker_id: str | None, **kw: Any) -> Quote:
    s = _span(text, words)
    attribution: Attribution = "reporting_clause" if speaker_id else "unattributed"
    return Quote(text=words, start=s.start, end=s.end, speaker_id=speaker_id, attribution=attribution, **kw)


def _summary(
    text: str,
    *,
    speakers: Sequence[Speaker] = (),
    quotes: Sequence[Quote] = (),
    claims: Sequence[Claim] = (),
    events: Sequence[Event] = (),
    usage: Usage = Usage(prompt_tokens=100, completion_tokens=20, calls=1),  # noqa: B008  (frozen: safe to share)
    cached: bool = False,
) -> ArticleSummary:
    """A hand-built summary (not model output)."""
    return ArticleSummary(
        text=text,
        summary="hand-built for the tests",
        speakers=list(speakers),
        quotes=list(quotes),
        claims=list(claims),
        events=list(events),
        provenance=Provenance(
            model="hand-built",
            provider="openai-compatible",
            base_url_host=None,
            prompt_version="v-test",
            schema_hash="0" * 16,
            library_version="0",
            attempts=1,
            published=None,
            published_source="none",
            cached=cached,
        ),
        usage=usage,
    )


def _gold(gold_id: str) -> GoldArticle:
    return next(a for a in load_gold(GOLD) if a.id == gold_id)


def _perfect_council_budget() -> ArticleSummary:
    """A hand-built summary of the gold "council-budget" article that gets everything right."""
    text = _gold("council-budget").text
    ortiz = Speaker(
        id="P1", name="Lena Ortiz", role="Mayor", kind="person", mentions=[_span(text, "Ortiz", after="reading")]
    )
    reyes = Speaker(
        id="P2", name="Tom Reyes", role="Councillor", kind="person", mentions=[_span(text, "he", after="fixes nothing")]
    )
    return _summary(
        text,
        speakers=[ortiz, reyes],
        quotes=[
            _quote(
                text,
                "Libraries are where our children learn to love reading. We cannot keep postponing them,",
                "P1",
                speaker_mention=ortiz.mentions[0],
                cue=_span(text, "said", after="postponing"),
            ),
            _quote(text, "This budget fixes nothing,", "P2", speaker_mention=reyes.mentions[0]),
            _quote(text, "It moves the problem to next year.", "P2"),
        ],
        claims=[
            Claim(
                statement="The roads are in poor shape",
                source_id="P2",
                source_span=_span(text, "he argued"),
                evidence=[
                    _span(
                        text,
                        "The roads are already in poor shape, he argued, and the cuts would "
                        "only raise repair costs later.",
                    )
                ],
            ),
        ],
        events=[
            Event(
                what="proposed a road budget cut",
                who=_span(text, "Lena Ortiz"),  # contained in the gold "Mayor Lena Ortiz"
                whom=_span(text, "the city's road budget"),
                when=When(
                    text="on Tuesday",
                    start=text.index("on Tuesday"),
                    end=text.index("on Tuesday") + 10,
                    date=dt.date(2024, 2, 6),
                    resolution="resolved",
                ),
                evidence=[
                    _span(
                        text,
                        "Mayor Lena Ortiz on Tuesday proposed cutting the city's road budget by "
                        "8 percent to pay for two new libraries.",
                    )
                ],
            )
        ],
    )


# ---------------------------------------------------------------- the gold file


def test_shipped_gold_file_loads_and_every_span_slices() -> None:
    articles = load_gold(GOLD)
    assert [a.id for a in articles] == ["port-strike", "council-budget", "flood-warning", "chip-plant", "rail-fares"]
    for a in articles:
        for quote in a.quotes:
            assert a.text[quote.start : quote.end] == quote.text
        for claim in a.claims or []:
            assert a.text[claim.start : claim.end] == claim.text
        for event in a.events or []:
            assert 0 <= event.start < event.end <= len(a.text)
    speakers = [q.speaker for a in articles for q in a.quotes]
    assert None in speakers  # the unattributed sign
    assert sum(a.events is not None for a in articles) == 2


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _line(**over: Any) -> str:
    item: dict[str, Any] = {
        "id": "a",
        "text": "“It works,” Ada said.",
        "quotes": [{"text": "It works,", "start": 1, "end": 10, "speaker": "Ada"}],
    }
    item.update(over)
    return json.dumps(item, ensure_ascii=False)


@pytest.mark.parametrize(
    "lines, line, message",
    [
        (
            [_line(), _line(id="b", quotes=[{"text": "It works", "start": 0, "end": 8, "speaker": "Ada"}])],
            2,
            "quotes[0]: text[0:8] is '“It work', not 'It works'",
        ),
        (
            [_line(quotes=[{"text": "x", "start": 5, "end": 99, "speaker": None}])],
            1,
            "quotes[0]: start 5, end 99 is not a span of the 21-character text",
        ),
        ([_line(), "", '{"id": "c", "text": '], 3, "not valid JSON: EOF while parsing a value at column"),
        (["[1, 2]"], 1, "not a JSON object"),
        ([_line(quotes=[{"text": "It works,", "start": 1, "end": 10}])], 1, "quotes[0].speaker: Field required"),
        (
            [_line(quotes=[{"text": "It works,", "start": "1", "end": 10, "speaker": "Ada"}])],
            1,
            "quotes[0].start: Input should be a valid integer (got '1')",
        ),
        (
            [_line(quotes=[{"text": "It works,", "start": 1, "end": 10, "speaker": "Ada", "speker": "Ada"}])],
            1,
            "quotes[0].speker: Extra inputs are not permitted",
        ),
        (
            [_line(quotes=[{"text": "It works,", "start": 1, "end": 10, "speaker": "Grace"}])],
            1,
            "quotes[0].speaker: 'Grace' does not appear in the text",
        ),
        (
            [
                _line(
                    claims=[{"text": "Ada", "start": 12, "end": 15, "source": None}],
                    events=[{"start": 0, "end": 21, "who": "Bob"}],
                )
            ],
            1,
            "events[0].who: 'Bob' does not appear in the text",
        ),
        ([_line(published="2024-13-01")], 1, "published: Input should be a valid date"),
        ([_line(), _line()], 2, "id 'a' is already used on line 1"),
    ],
)
def test_gold_errors_name_the_line_and_the_item(tmp_path: Path, lines: list[str], line: int, message: str) -> None:
    path = _write(tmp_path, lines)
    with pytest.raises(GoldFileError) as caught:
        load_gold(path)
    assert caught.value.line == line
    assert message in str(caught.value)
    assert str(caught.value).startswith(f"{path}:{line}: ")
    assert "\n" not in str(caught.value)


def test_gold_file_errors_without_a_line(tmp_path: Path) -> None:
    with pytest.raises(GoldFileError, match="no such file"):
        load_gold(tmp_path / "missing.jsonl")
    with pytest.raises(GoldFileError, match="no articles"):
        load_gold(_write(tmp_path, ["", "  "]))
    (tmp_path / "latin1.jsonl").write_bytes(b'{"id": "caf\xe9"}\n')
    with pytest.raises(GoldFileError, match="not UTF-8"):
        load_gold(tmp_path / "latin1.jsonl")


# ---------------------------------------------------------------- quotes: matching


def test_iou() -> None:
    assert iou((0, 10), (0, 10)) == 1.0
    assert iou((0, 10), (5, 15)) == pytest.approx(5 / 15)
    assert iou((0, 10), (10, 20)) == 0.0
    assert iou((3, 3), (3, 3)) == 0.0


def test_two_predictions_over_one_gold_quote_are_one_hit_and_one_false_positive() -> None:
    gold = _gold("chip-plant")
    text = gold.text
    words = "This is the largest investment in our history,"
    whole = _quote(text, words, None)
    part = Quote(text=words[:30], start=whole.start, end=whole.start + 30, speaker_id=None, attribution="unattributed")
    result = score(gold, _summary(text, quotes=[part, whole]))
    assert (result.quotes_gold, result.quotes_predicted, result.quotes_matched) == (3, 2, 1)
    assert result.quote_precision == 0.5 and result.quote_recall == pytest.approx(1 / 3)
    assert result.quote_f1 == pytest.approx(2 * 1 / (3 + 2))
    assert any(m.startswith("extra quote") for m in result.mistakes)


def test_iou_threshold_is_inclusive_at_one_half() -> None:
    text = "“abcdefgh” and “ijklmnop”, she said."
    gold = GoldArticle.model_validate(
        {"id": "t", "text": text, "quotes": [{"text": "abcdefgh", "start": 1, "end": 9, "speaker": None}]}
    )
    half = Quote(text="abcd", start=1, end=5, speaker_id=None, attribution="unattributed")  # IoU 4/8
    less = Quote(text="abc", start=1, end=4, speaker_id=None, attribution="unattributed")  # IoU 3/8
    assert score(gold, _summary(text, quotes=[half])).quotes_matched == 1
    assert score(gold, _summary(text, quotes=[less])).quotes_matched == 0


def test_greedy_matching_takes_the_best_pair_first() -> None:
    # One prediction overlaps both gold quotes; the better pair wins, the other gold quote is missed.
    text = "“aaaa” “bbbbbbbbbbbbbbbb”"
    gold = GoldArticle.model_validate(
        {
            "id": "t",
            "text": text,
            "quotes": [
                {"text": "aaaa", "start": 1, "end": 5, "speaker": None},
                {"text": "bbbbbbbbbbbbbbbb", "start": 8, "end": 24, "speaker": None},
            ],
        }
    )
    wide = Quote(text=text[1:24], start=1, end=24, speaker_id=None, attribution="unattributed")
    result = score(gold, _summary(text, quotes=[wide]))
    assert result.quotes_matched == 1
    assert any("missed quote [1:5]" in m for m in result.mistakes)


# ---------------------------------------------------------------- speakers


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Esper", "Mark Esper", True),
        ("Defense Secretary Mark Esper", "Mark Esper", True),
        ("Dr. Ines Falk", "Ines Falk", True),
        ("MR. TOM REYES", "tom reyes", True),
        ("the Pentagon", "Pentagon", True),
        ("José Núñez", "Jose Nunez", True),
        ("O’Brien", "Pat O'Brien", True),
        ("Mark", "Mark Esper", False),
        ("Lena Ortiz", "Tom Reyes", False),
        ("Dr.", "Dr. Ines Falk", False),
        ("", "Esper", False),
    ],
)
def test_names_match(a: str, b: str, same: bool) -> None:
    assert names_match(a, b) is same
    assert names_match(b, a) is same


def test_speaker_accuracy_by_name_or_mention_and_unattributed_is_wrong() -> None:
    gold = _gold("rail-fares")
    text = gold.text
    berg = Speaker(
        id="P1",
        name="Transport Minister",
        kind="description",  # a poor name, but ...
        mentions=[_span(text, "Olaf Berg")],
    )  # ... a mention that names him
    menke = Speaker(id="P2", name="Rosa Menke", kind="person", mentions=[])
    right = _summary(
        text,
        speakers=[berg, menke],
        quotes=[
            _quote(text, "We’re investing every extra penny in new trains,", "P1"),
            _quote(text, "Fares have gone up three times in two years while the trains got slower,", "P2"),
        ],
    )
    assert score(gold, right).speaker_accuracy == 1.0

    wrong = _summary(
        text,
        speakers=[berg, menke],
        quotes=[
            _quote(text, "We’re investing every extra penny in new trains,", None),  # unattributed
            _quote(text, "Fares have gone up three times in two years while the trains got slower,", "P9"),  # dangling
        ],
    )
    result = score(gold, wrong)
    assert (result.quotes_matched, result.speakers_correct) == (2, 0)
    assert any("predicted none, gold 'Olaf Berg'" in m for m in result.mistakes)
    assert any("P9 (not in summary.speakers)" in m for m in result.mistakes)


def test_gold_without_speaker_wants_no_speaker() -> None:
    gold = _gold("flood-warning")
    text = gold.text
    falk = Speaker(id="P1", name="Ines Falk", kind="person", mentions=[])
    sign = "Closed until further notice."
    assert score(gold, _summary(text, speakers=[falk], quotes=[_quote(text, sign, None)])).speakers_correct == 1
    assert score(gold, _summary(text, speakers=[falk], quotes=[_quote(text, sign, "P1")])).speakers_correct == 0


# ---------------------------------------------------------------- grounding


def test_a_correct_summary_scores_one_everywhere() -> None:
    result = score(_gold("council-budget"), _perfect_council_budget())
    assert result.grounding_rate == 1.0 and result.ungrounded == []
    # quotes (3) + mention and cue (3) + speaker mentions (2) + claim source and evidence (2)
    # + event who, whom, when, evidence (4)
    assert result.items_emitted == 14
    assert result.figures() == {name: 1.0 for name in result.figures()}
    assert result.mistakes == []


def test_a_broken_summary_has_grounding_below_one_and_names_the_items() -> None:
    good = _perfect_council_budget()
    text = good.text
    quote = good.quotes[1]
    shifted = quote.model_copy(update={"start": quote.start + 1, "end": quote.end + 1})
    bad_cue = good.quotes[0].model_copy(update={"cue": Span(text="told", start=0, end=4)})
    beyond = Span(text="x", start=len(text), end=len(text) + 1)
    event = good.events[0].model_copy(update={"where": beyond})
    broken = good.model_copy(update={"quotes": [bad_cue, shifted, good.quotes[2]], "events": [event]})
    result = score(_gold("council-budget"), broken)
    assert result.grounding_rate == pytest.approx(12 / 15)
    assert len(result.ungrounded) == 3
    assert (
        "quotes[0].cue: text[0:4] is not the item's text (4 vs 4 characters); from character 0 the article "
        "has 'Mayo', the item 'told'" in result.ungrounded
    )
    assert any(p.startswith("quotes[1]: text[") for p in result.ungrounded)
    assert any(p.startswith("events[0].where: offsets") for p in result.ungrounded)


def test_summary_of_another_text_cannot_be_scored() -> None:
    with pytest.raises(ValueError, match="not the gold text"):
        score(_gold("council-budget"), _summary("some other text"))


# ---------------------------------------------------------------- claims and events


def test_claims_match_by_evidence_overlap_one_to_one() -> None:
    gold = _gold("flood-warning")
    text = gold.text
    falk = Speaker(id="P1", name="Ines Falk", kind="person", mentions=[])
    officials = Speaker(id="P2", name="officials", kind="description", mentions=[])
    peak = "Falk said the river was expected to peak by Wednesday."
    crews = "Emergency crews evacuated a care home near the river, officials said."
    both = Span(
        text=text[text.index(peak) : text.index(crews) + len(crews)],
        start=text.index(peak),
        end=text.index(crews) + len(crews),
    )
    # One prediction whose evidence covers both gold claims matches only one of them: the
    # one it overlaps most (the longer sentence), whose source it then gets wrong.
    result = score(
        gold,
        _summary(
            text,
            speakers=[falk, officials],
            claims=[
                Claim(statement="the river will peak", source_id="P1", evidence=[both]),
            ],
        ),
    )
    assert (result.claims_gold, result.claims_matched, result.claim_sources_correct) == (2, 1, 0)
    assert result.claim_recall == 0.5
    assert any(m.startswith("missed claim") and "Falk said" in m for m in result.mistakes)

    authorities = Speaker(id="P3", name="the authorities", kind="description", mentions=[])  # a poor name
    result = score(
        gold,
        _summary(
            text,
            speakers=[falk, officials, authorities],
            claims=[
                Claim(statement="the river will peak", source_id="P2", evidence=[_span(text, peak)]),
                Claim(
                    statement="a care home was evacuated",
                    source_id="P3",
                    source_span=_span(text, "officials"),
                    evidence=[_span(text, crews)],
                ),  # right by its span
            ],
        ),
    )
    assert (result.claims_matched, result.claim_sources_correct) == (2, 1)
    assert any("source of claim “Falk said" in m and "predicted 'officials'" in m for m in result.mistakes)
    # No source ID is no source, whatever the span says.
    unattributed = Claim(
        statement="a care home was evacuated",
        source_id=None,
        source_span=_span(text, "officials"),
        evidence=[_span(text, crews)],
    )
    assert score(gold, _summary(text, claims=[unattributed])).claim_sources_correct == 0


def test_event_arguments_precision_and_recall() -> None:
    gold = _gold("port-strike")  # who "Dock workers", where "the port of Veldhaven", when "on Monday"
    text = gold.text
    sentence = _span(text, text[gold.events[0].start : gold.events[0].end])  # type: ignore[index]
    event = Event(
        what="dock workers struck",
        who=_span(text, "Dock workers at the port of Veldhaven"),  # contains the gold: right
        whom=_span(text, "container traffic"),  # gold has none: wrong
        where=_span(text, "Veldhaven"),  # contained in the gold: right
        when=When(text="Monday", resolution="unresolved"),  # no offsets: not a grounding item
        evidence=[sentence],
    )
    result = score(gold, _summary(text, events=[event]))
    assert (result.event_args_predicted, result.event_args_gold, result.event_args_correct) == (4, 3, 3)
    assert result.event_arg_precision == 0.75 and result.event_arg_recall == 1.0
    assert result.items_emitted == 4 and result.grounding_rate == 1.0


def test_event_arguments_contain_whole_words_only() -> None:
    text = "The Russian navy shelled the port on Friday."
    gold = GoldArticle.model_validate(
        {"id": "t", "text": text, "quotes": [], "events": [{"start": 0, "end": len(text), "who": "The Russian navy"}]}
    )
    event = Event(
        what="shelling", who=Span(text="Rus", start=4, end=7), evidence=[Span(text=text, start=0, end=len(text))]
    )
    assert score(gold, _summary(text, events=[event])).event_args_correct == 0


def test_an_unmatched_gold_event_misses_its_arguments() -> None:
    gold = _gold("port-strike")
    elsewhere = _span(gold.text, "Shipping firms warned")
    result = score(gold, _summary(gold.text, events=[Event(what="warning", evidence=[elsewhere])]))
    assert (result.events_matched, result.event_args_gold, result.event_args_correct) == (0, 3, 0)
    assert result.event_arg_precision is None and result.event_arg_recall == 0.0


def test_event_precision_counts_predicted_events_only_where_events_are_annotated() -> None:
    gold = _gold("port-strike")  # one gold event: its first sentence
    text = gold.text
    sentence = _span(text, text[gold.events[0].start : gold.events[0].end])  # type: ignore[index]
    events = [
        Event(what="dock workers struck", evidence=[sentence]),
        Event(what="a warning", evidence=[_span(text, "Shipping firms warned")]),  # no gold event there
    ]
    result = score(gold, _summary(text, events=events))
    assert (result.events_gold, result.events_predicted, result.events_matched) == (1, 2, 1)
    assert result.event_precision == 0.5 and result.event_recall == 1.0
    assert result.figures()["event_precision"] == 0.5

    # Events not annotated: the predictions count neither way, and the figures are n/a.
    unannotated = gold.model_copy(update={"events": None})
    result = score(unannotated, _summary(text, events=events))
    assert (result.events_gold, result.events_predicted, result.events_matched) == (0, 0, 0)
    assert result.event_precision is None and result.event_recall is None


# ---------------------------------------------------------------- evaluate and the report


def _fake_iter(results: dict[str, ArticleSummary | FailedArticle]) -> Any:
    """Stands in for summarize_iter: yields hand-built results, in reverse order as a batch may."""

    def fake(articles: list[dict[str, Any]], **options: Any) -> Iterator[tuple[int, Any]]:
        assert options.keys() <= {"progress", *summarizer.SummarizerOptions.__annotations__}
        for i in reversed(range(len(articles))):
            yield i, results[articles[i]["id"]]

    return fake


def _results(*, broken: bool = False) -> dict[str, ArticleSummary | FailedArticle]:
    good = _perfect_council_budget()
    if broken:
        quote = good.quotes[0]
        good = good.model_copy(update={"quotes": [quote.model_copy(update={"end": quote.end + 2}), *good.quotes[1:]]})
    results: dict[str, ArticleSummary | FailedArticle] = {
        a.id: _summary(a.text, usage=Usage(), cached=True) for a in load_gold(GOLD)
    }
    results["council-budget"] = good
    results["rail-fares"] = FailedArticle(
        article_id="rail-fares",
        error_type="SummaryFailedError",
        reason="validation",
        message="Q9 does not exist",
        attempts=3,
        usage=Usage(prompt_tokens=900, completion_tokens=90, calls=3),
    )
    return results


def test_evaluate_scores_in_gold_order_and_counts_failures(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(summarizer.eval, "summarize_iter", _fake_iter(_results()))
    report = evaluate(GOLD, model="hand-built", concurrency=1, cache=False)
    assert [a.article_id for a in report.articles] == [a.id for a in load_gold(GOLD)]
    total = report.total
    assert (total.articles, total.failed, total.cached) == (5, 1, 3)
    assert (total.quotes_gold, total.quotes_matched) == (12, 3)
    assert total.quote_recall == pytest.approx(3 / 12) and total.quote_precision == 1.0
    assert (total.calls, total.prompt_tokens, total.completion_tokens) == (4, 1000, 110)
    failed = report.articles[-1]
    assert failed.error == "validation: Q9 does not exist" and failed.quotes_gold == 2
    assert report.gold == str(GOLD) and report.model == "openai-compatible/hand-built"
    assert total.seconds == pytest.approx(sum(a.seconds for a in report.articles))
    assert 0 <= total.seconds <= report.wall_seconds


def test_score_failure_counts_every_gold_item_as_missed() -> None:
    gold = _gold("port-strike")
    failed = FailedArticle(article_id=gold.id, error_type="ModelUnavailableError", reason="unavailable", message="down")
    result = score_failure(gold, failed)
    assert (result.quotes_gold, result.claims_gold, result.event_args_gold, result.failed) == (2, 2, 3, 1)
    assert result.quote_recall == 0.0 and result.quote_precision is None and result.grounding_rate == 1.0


def test_report_text_and_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(summarizer.eval, "summarize_iter", _fake_iter(_results()))
    report = evaluate(GOLD)
    text = report.to_text()
    assert "GROUNDING 1.000: all 14 emitted items slice the article text" in text
    assert "5 articles, 1 failed, 3 from the cache" in text
    for line in [
        "quote recall",
        "3/12 gold quotes",
        "speaker accuracy",
        "claim source accuracy",
        "event arg recall",
        "event precision",
        "event recall",
        "calls",
        "validation: Q9 does not exist",
    ]:
        assert line in text
    rows = {line.split()[0]: line.split() for line in text.splitlines() if line.strip()}
    assert rows["council-budget"][1:9] == ["3/3", "3/3", "1/1", "1/1", "3/3", "14/14", "1", "120"]
    assert rows["rail-fares"][1] == "FAILED" and rows["port-strike"][1] == "*"
    assert max(len(line) for line in report.to_text(width=80).splitlines()) <= 80
    assert "…" not in report.to_text(width=80)  # nothing cut off at 80 columns
    assert "Mistakes:" not in text and "missed quote" in report.to_text(details=True)

    data = json.loads(report.to_json())
    assert data["figures"]["grounding_rate"] == 1.0
    assert data["figures"]["quote_recall"] == pytest.approx(0.25)
    assert data["totals"]["quotes_gold"] == 12
    assert data["articles"][0]["figures"]["quote_precision"] is None  # no predictions: n/a, not 0
    assert data["articles"][1]["article_id"] == "council-budget" and data["articles"][1]["mistakes"] == []
    assert data["wall_seconds"] == report.wall_seconds and data["model"] == "openai-compatible/hand-built"


def test_report_says_loudly_when_grounding_is_below_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(summarizer.eval, "summarize_iter", _fake_iter(_results(broken=True)))
    text = evaluate(GOLD).to_text()
    assert "GROUNDING 0.929: 1 of 14 items do NOT slice the article text" in text
    assert "Ungrounded items:\n  council-budget: quotes[0]: text[" in text


def test_public_surface_of_the_eval_module() -> None:
    assert summarizer.eval.__all__ == sorted(summarizer.eval.__all__)
    for name in summarizer.eval.__all__:
        assert hasattr(summarizer.eval, name)
    params = list(inspect.signature(evaluate).parameters.values())
    assert params[0].name == "gold" and all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params[1:])


# ---------------------------------------------------------------- the command


def _run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-c", "from summarizer.cli import main; main()", *args], capture_output=True, timeout=120
    )


def test_cli_bad_gold_file_exits_2_with_one_line_naming_the_line(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [_line(), '{"id": "b", "text": "x", "quotes": [{"text": "y", "start": 0, "end": 1, "speaker": null}]}'],
    )
    proc = _run("eval", str(path), "--base-url", "http://127.0.0.1:1/v1", "--model", "fake")
    assert proc.returncode == 2
    assert proc.stdout == b""
    assert proc.stderr.count(b"\n") == 1
    assert f"{path}:2: quotes[0]: text[0:1] is 'x', not 'y'".encode() in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_cli_exit_codes_and_outputs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    runner = CliRunner()
    monkeypatch.setattr(summarizer.eval, "summarize_iter", _fake_iter(_results()))
    out = tmp_path / "report.json"
    result = runner.invoke(eval_app, [str(GOLD), "--json", "--out", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["figures"] == json.loads(out.read_text(encoding="utf-8"))["figures"]

    monkeypatch.setattr(summarizer.eval, "summarize_iter", _fake_iter(_results(broken=True)))
    result = runner.invoke(eval_app, [str(GOLD)])
    assert result.exit_code == 1
    assert "GROUNDING 0.929" in result.stdout


def _answer_from_schema(body: dict[str, Any]) -> dict[str, Any]:
    """A valid, minimal answer built from the request's JSON schema: required lists
    at their minimum, enums at their first value, a summary with no names or numbers."""
    response_format = body.get("response_format") or body.get("extra_body", {}).get("response_format") or {}
    schema = response_format.get("json_schema", {}).get("schema") or response_format["schema"]
    defs = schema.get("$defs", {})

    def fill(node: dict[str, Any]) -> Any:
        if "$ref" in node:
            return fill(defs[node["$ref"].rsplit("/", 1)[-1]])
        if "anyOf" in node:
            options = node["anyOf"]
            return None if {"type": "null"} in options else fill(options[0])
        if "enum" in node:
            return node["enum"][0]
        kind = node.get("type")
        if kind == "object":
            return {name: fill(sub) for name, sub in node.get("properties", {}).items()}
        if kind == "array":
            return [fill(node["items"]) for _ in range(node.get("minItems", 0))]
        if kind == "string":
            return "the article reports what happened and who said it."[: node.get("maxLength", 200)]
        if kind in ("integer", "number"):
            return node.get("minimum", 0)
        return None

    return dict(fill(schema))


def test_cli_end_to_end_over_the_gold_file() -> None:
    with FakeLLM(_answer_from_schema) as llm:
        proc = _run(
            "eval",
            str(GOLD),
            "--base-url",
            llm.base_url,
            "--model",
            "fake",
            "--json",
            "--no-cache",
            "--max-retries",
            "0",
        )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["totals"]["articles"] == 5 and report["totals"]["failed"] == 0
    assert report["figures"]["grounding_rate"] == 1.0
    assert report["totals"]["calls"] == 5 == len(llm.requests)
    # The quotes come from the deterministic quote finder, not from the (empty) answer.
    assert report["figures"]["quote_recall"] >= 0.5
