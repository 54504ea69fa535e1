"""The field-aware comparison of summarizer.golden: what it names, what it ignores,
and how strict it is. Each case edits a copy of the seed's real golden file."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from summarizer import ArticleSummary
from summarizer.golden import Compare, Difference, compare

GOLDEN = Path(__file__).parent / "golden" / "000_36f5bebade865c5d.json"
# The long article's golden file: the seed's has no events.
LONG_GOLDEN = Path(__file__).parent / "golden" / "flood_synthetic.json"


@pytest.fixture
def golden() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(GOLDEN.read_text(encoding="utf-8"))
    return data


@pytest.fixture
def long_golden() -> dict[str, Any]:
    """The long article's golden file, with at least one event: when the recorded model's
    events were all dropped (a ``what`` its evidence does not support), one is added here,
    an edit like the others, made of the first claim's evidence and its words."""
    data: dict[str, Any] = json.loads(LONG_GOLDEN.read_text(encoding="utf-8"))
    if not data["events"]:
        evidence = data["claims"][0]["evidence"]
        data["events"] = [
            {"what": evidence[0]["text"], "who": None, "whom": None, "where": None, "when": None, "evidence": evidence}
        ]
        ArticleSummary.model_validate(data)  # still a valid summary
    return data


def _edited(golden: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(golden)


def _fields(differences: list[Difference]) -> list[str]:
    return [d.field for d in differences]


def test_a_summary_equals_its_own_golden(golden: dict[str, Any]) -> None:
    model = ArticleSummary.model_validate(golden)
    assert compare(golden, model) == []
    assert compare(model, model) == []


def test_the_article_id_names_the_input_and_is_not_compared(golden: dict[str, Any]) -> None:
    """A golden written when a single summary had no ID still matches one that has."""
    old = _edited(golden)
    old["article_id"] = None
    new = _edited(golden)
    new["article_id"] = "edd378ad70ba223b"
    assert compare(old, new) == []
    new["text"] = golden["text"] + " More."
    assert _fields(compare(old, new)) == ["text"]


def test_summary_text_is_named_with_both_values(golden: dict[str, Any]) -> None:
    new = _edited(golden)
    new["summary"] = "Something else entirely."
    (difference,) = compare(golden, new)
    assert difference.field == "summary"
    assert str(difference) == f"summary: expected {golden['summary']!r}, got 'Something else entirely.'"


def test_prose_by_similarity_accepts_a_small_rewording_and_names_a_large_one(golden: dict[str, Any]) -> None:
    new = _edited(golden)
    new["summary"] = golden["summary"].replace("Airstrikes", "Air strikes")
    assert _fields(compare(golden, new)) == ["summary"]
    assert compare(golden, new, Compare(prose="similar", similarity=90)) == []
    new["summary"] = "The weather was fine."
    (difference,) = compare(golden, new, Compare(prose="similar", similarity=90))
    assert difference.field == "summary" and difference.note.startswith("similarity ")


def test_quotes_are_exact_even_when_prose_is_by_similarity(golden: dict[str, Any]) -> None:
    new = _edited(golden)
    quote = new["quotes"][0]
    quote["text"] = quote["text"][:-1] + "!"
    (difference,) = compare(golden, new, Compare(prose="similar", similarity=0))
    assert difference.field.startswith("quotes['") and difference.field.endswith(
        f"{quote['start']}:{quote['end']}].text"
    )


def test_a_quote_given_to_another_speaker_is_named_by_speaker_names(golden: dict[str, Any]) -> None:
    new = _edited(golden)
    names = {s["id"]: s["name"] for s in golden["speakers"]}
    esper = next(q for q in new["quotes"] if names[q["speaker_id"]] == "Mark Esper")
    raab_id = next(i for i, n in names.items() if n == "Dominic Raab")
    esper["speaker_id"] = raab_id
    (difference,) = compare(golden, new)
    assert difference.field.endswith("].speaker")
    assert "I have spoken with the pr" in difference.field
    assert (difference.expected, difference.actual) == ("'Mark Esper'", "'Dominic Raab'")


def test_speaker_ids_renumbered_consistently_are_no_difference(golden: dict[str, Any]) -> None:
    new = _edited(golden)
    renumber = {s["id"]: f"X{i}" for i, s in enumerate(new["speakers"])}
    for speaker in new["speakers"]:
        speaker["id"] = renumber[speaker["id"]]
    for quote in new["quotes"]:
        quote["speaker_id"] = renumber.get(quote["speaker_id"], quote["speaker_id"])
    for claim in new["claims"]:
        claim["source_id"] = renumber.get(claim["source_id"], claim["source_id"])
    assert compare(golden, new) == []


def test_a_missing_quote_and_an_extra_speaker(golden: dict[str, Any]) -> None:
    new = _edited(golden)
    dropped = new["quotes"].pop()
    new["speakers"].append({"id": "P99", "name": "Nobody", "role": None, "kind": "person", "mentions": []})
    differences = compare(golden, new)
    assert [(d.field, d.note) for d in differences] == [
        ("speakers", "not in the golden file"),
        ("quotes", "missing from the new summary"),
    ]
    assert f"at {dropped['start']}:{dropped['end']}" in differences[1].expected
    assert differences[0].actual == "'Nobody'"


def test_events_and_claims_are_matched_by_evidence(long_golden: dict[str, Any]) -> None:
    golden = long_golden
    new = _edited(golden)
    assert new["events"] and new["claims"]
    new["events"][0]["what"] = "a different account"
    new["claims"].reverse()  # order is no difference
    new["claims"][0]["statement"] = "another statement"
    fields = _fields(compare(golden, new))
    assert len(fields) == 2
    assert fields[0].startswith("events[evidence '") and fields[0].endswith("].what")
    assert fields[1].startswith("claims[evidence '") and fields[1].endswith("].statement")


def test_whose_words_an_event_is_in_is_compared(long_golden: dict[str, Any]) -> None:
    new = _edited(long_golden)
    was = new["events"][0].get("what_from", "model")
    new["events"][0]["what_from"] = "model" if was == "text" else "text"
    [difference] = compare(long_golden, new)
    assert difference.field.endswith("].what_from") and difference.expected == repr(was)


def test_an_event_with_other_evidence_is_missing_and_unexpected(long_golden: dict[str, Any]) -> None:
    golden = long_golden
    new = _edited(golden)
    event = new["events"][0]
    quote = golden["quotes"][0]
    event["evidence"] = [{"text": quote["text"], "start": quote["start"], "end": quote["end"]}]
    differences = [d for d in compare(golden, new) if d.field == "events"]
    assert sorted(d.note for d in differences) == ["missing from the new summary", "not in the golden file"]


def test_partial_and_absent_events_are_named(golden: dict[str, Any]) -> None:
    new = _edited(golden)
    new["events"] = None
    new["partial"] = {
        "missing": ["events"],
        "reason": "validation",
        "error_type": "SummaryFailedError",
        "message": "the model gave no valid answer",
        "attempts": 3,
    }
    differences = compare(golden, new)
    assert _fields(differences) == ["partial", "events"]
    assert differences[0].actual == "a partial summary missing events (validation)"
    assert differences[1].actual == "none (the model gave no events)"


def test_provenance_and_usage_only_when_asked(golden: dict[str, Any]) -> None:
    new = _edited(golden)
    new["provenance"]["model"] = "another-model"
    new["provenance"]["library_version"] = "99.0"
    new["usage"]["prompt_tokens"] += 1
    assert compare(golden, new) == []
    assert _fields(compare(golden, new, Compare(provenance=True, usage=True))) == [
        "provenance.library_version",
        "provenance.model",
        "usage.prompt_tokens",
    ]
    ignoring = Compare(provenance=True, usage=True, ignore=frozenset({"provenance.library_version", "usage"}))
    assert _fields(compare(golden, new, ignoring)) == ["provenance.model"]


def test_the_article_text_and_an_unknown_field(golden: dict[str, Any]) -> None:
    new = _edited(golden)
    new["text"] = golden["text"][:100] + "X" + golden["text"][101:]
    new["sentiment"] = "grim"  # a field a later release might add
    differences = compare(golden, new)
    assert _fields(differences) == ["text", "sentiment"]
    assert "from character 100" in differences[0].note


def test_dates_by_where_they_are_written(golden: dict[str, Any]) -> None:
    new = _edited(golden)
    assert new["dates"]
    new["dates"][0]["date"] = "1999-01-01"
    (difference,) = compare(golden, new)
    assert difference.field.startswith("dates[") and "1999-01-01" in difference.actual


def test_invalid_options() -> None:
    with pytest.raises(ValueError, match="prose"):
        Compare(prose="fuzzy")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="0 to 100"):
        Compare(similarity=101)
