"""Faults of a weak model that are repaired instead of costing an attempt, and the
record of each repair in ``provenance.repairs``.

The model answers come from FakeLLM, a scripted server on 127.0.0.1: they are
hand-written test fixtures modelled on what the embedded model wrote on real news
(a raw newline inside a JSON string, one quote attributed twice, a time that is not
in the article), not recordings.
"""

import json
import re
from pathlib import Path

import pytest

from summarizer import summarize
from summarizer._llm.client import escape_control_characters
from summarizer.testing import FakeCompletion, FakeLLM
from tests.pipeline.test_summarize import GOOD

# Two quotes without a reporting clause, so the model is asked who said each.
OPEN_QUOTES = (
    "Prime Minister Jane Doe visited the border on Monday.\n\n"
    "“We will not back down from this fight.”\n\n"
    "Interior Minister John Roe arrived later.\n\n"
    "“The crossing stays open.”"
)


def test_raw_newline_inside_a_string_is_escaped_and_recorded(seed_text: str) -> None:
    # json.dumps would escape the newline; the fixture writes it raw, as the model did.
    answer = json.dumps(GOOD, ensure_ascii=False).replace("after a rocket", "after\na rocket\t")
    assert "\n" in answer and "\t" in answer
    with FakeLLM([answer]) as llm:
        result = summarize(seed_text, base_url=llm.base_url, model="fake")
    assert len(llm.requests) == 1 and result.provenance.attempts == 1
    assert result.summary.startswith("The United States struck Kata’ib Hezbollah in Iraq after\na rocket")
    assert result.provenance.repairs == ["control characters escaped in the completion (2)"]


def test_a_quote_attributed_twice_keeps_its_first_attribution() -> None:
    answer = {
        "summary": "Jane Doe visited the border.",
        "events": [],
        "quote_speakers": [
            {"quote": "Q1", "speaker": "Jane Doe"},
            {"quote": "Q1", "speaker": "John Roe"},
        ],
    }
    with FakeLLM([answer]) as llm:
        result = summarize(OPEN_QUOTES, base_url=llm.base_url, model="fake")
    assert len(llm.requests) == 1 and result.provenance.attempts == 1
    first, second = result.quotes
    speaker = result.speaker(first.speaker_id)
    assert speaker is not None and speaker.name == "Jane Doe" and first.attribution == "model"
    assert second.speaker_id is None and second.attribution == "unattributed"
    assert result.provenance.repairs == ["Q1 attributed twice: kept the first"]


def test_a_quote_attributed_past_the_list_limit_is_still_repaired() -> None:
    """The list allows one item per open quote; the repeats are dropped before that check."""
    answer = {
        "summary": "Jane Doe visited the border.",
        "events": [],
        "quote_speakers": [{"quote": "Q2", "speaker": "John Roe"}] * 3,
    }
    # Over the list's maxItems: only a server that does not enforce the schema gives it.
    with FakeLLM([FakeCompletion(answer, off_schema=True)]) as llm:
        result = summarize(OPEN_QUOTES, base_url=llm.base_url, model="fake")
    assert result.provenance.attempts == 1
    assert result.provenance.repairs == ["Q2 attributed 3 times: kept the first"]


def test_events_unsupported_or_repeated_are_dropped_not_reasked(seed_text: str) -> None:
    britain, given = GOOD["events"]
    unsupported = {**given, "what": "Vladimir Putin has given the Pentagon the authority"}
    # Within the schema: what a schema-enforcing model can give, and the validators repair.
    answer = {**GOOD, "events": [britain, unsupported, britain]}
    with FakeLLM([answer]) as llm:
        result = summarize(seed_text, base_url=llm.base_url, model="fake")
    assert len(llm.requests) == 1 and result.provenance.attempts == 1
    assert [e.what for e in result.events] == [britain["what"]]  # the rest of the answer is kept
    unsupported_repair, repeated_repair = result.provenance.repairs
    # The event's sentence, by its ID (S10 today; the text layer numbers the sentences).
    assert re.fullmatch(
        rf"event {given['event']}: what 'Vladimir Putin has given the Pentagon the authority' says what S\d+ do not "
        r"\('Vladimir', 'Putin'\): dropped",
        unsupported_repair,
    )
    assert repeated_repair == f"event {britain['event']} reported twice: kept the first"


def test_a_clean_answer_has_no_repairs(seed_text: str) -> None:
    with FakeLLM([GOOD]) as llm:
        result = summarize(seed_text, base_url=llm.base_url, model="fake")
    assert result.provenance.repairs == []


def test_repairs_of_an_answer_after_a_reask_are_those_of_the_accepted_answer(seed_text: str) -> None:
    """The first answer's control characters were escaped, but it failed for another
    reason (an invented name in the summary, which is re-asked); only the accepted
    answer's repairs are reported."""
    invented = json.dumps({**GOOD, "summary": "Vladimir Putin ordered the\nstrikes."})
    twice = {**GOOD, "events": [GOOD["events"][1]] * 2}
    with FakeLLM([invented, twice]) as llm:
        result = summarize(seed_text, base_url=llm.base_url, model="fake")
    assert result.provenance.attempts == 2
    assert result.provenance.repairs == [f"event {GOOD['events'][1]['event']} reported twice: kept the first"]


def test_a_cache_hit_reports_the_same_repairs(seed_text: str, tmp_path: Path) -> None:
    answer = {**GOOD, "events": [GOOD["events"][1]] * 2}
    cache = tmp_path / "answers.sqlite3"
    with FakeLLM([answer]) as llm:
        made = summarize(seed_text, base_url=llm.base_url, model="fake", cache=cache)
        hit = summarize(seed_text, base_url=llm.base_url, model="fake", cache=cache)
    assert len(llm.requests) == 1 and hit.provenance.cached
    repeated = f"event {GOOD['events'][1]['event']} reported twice: kept the first"
    assert made.provenance.repairs == hit.provenance.repairs == [repeated]
    assert hit.events == made.events


@pytest.mark.parametrize(
    "valid",
    [
        '{"a": 1}',
        '{\n\t"summary": "two\\nlines",\r\n  "ids": ["S1", "S2"]\n}\n',
        '{"quote": "he said \\"no\\"", "path": "C:\\\\", "next": "x"}',
        '"\\u0007"',
        "",
    ],
)
def test_valid_json_is_unchanged(valid: str) -> None:
    assert escape_control_characters(valid) == (valid, 0)


def test_control_characters_are_escaped_inside_strings_only() -> None:
    raw = '{\n\t"summary": "one\ntwo\tthree\rfour\x00five\x1f",\n  "what": "\x08\x0c"\n}'
    fixed, count = escape_control_characters(raw)
    assert count == 7
    assert fixed == '{\n\t"summary": "one\\ntwo\\tthree\\rfour\\u0000five\\u001f",\n  "what": "\\b\\f"\n}'
    assert json.loads(fixed) == json.loads(raw, strict=False)


def test_escaped_quotes_and_backslashes_do_not_end_a_string() -> None:
    raw = '{"a": "he said \\"go\nnow\\"", "b": "ends in a backslash \\\\", "c": "x\ty"}'
    fixed, count = escape_control_characters(raw)
    assert count == 2
    assert json.loads(fixed) == {"a": 'he said "go\nnow"', "b": "ends in a backslash \\", "c": "x\ty"}
