"""The golden test: the seed, summarized by the embedded model from a recorded cassette,
must equal tests/golden/<seed>.json. It runs on the library's own golden machinery
(summarizer.golden, its pytest plugin's ``summarizer_golden`` fixture), stricter than a
user's default: provenance and usage are compared too. Re-record and rewrite with:

    python -m pytest -m golden --update-goldens
"""

import json
from pathlib import Path

import pytest

from summarizer.golden import Compare
from summarizer.golden.pytest_plugin import GoldenFixture
from tests.conftest import SEED

GOLDEN_DIR = Path(__file__).parent / "golden"
CASSETTES = Path(__file__).parent / "cassettes"
# Everything is compared but what legitimately changes without the answer changing.
STRICT = Compare(provenance=True, usage=True, ignore=frozenset({"provenance.library_version"}))


@pytest.mark.golden
def test_seed_golden(summarizer_golden: GoldenFixture) -> None:
    summarizer_golden.check(
        SEED,
        golden=GOLDEN_DIR / f"{SEED.stem}.json",
        cassette=CASSETTES / "test_golden" / "test_seed_golden.yaml",
        compare=STRICT,
        model="embedded",
    )


def test_golden_files_are_grounded() -> None:
    """Every quote, span and evidence in every golden file slices out of its article."""
    goldens = sorted(GOLDEN_DIR.glob("*.json"))
    assert goldens
    for golden in goldens:
        source = next(
            p
            for p in (SEED.parent / f"{golden.stem}.txt", Path(__file__).parent / "long" / f"{golden.stem}.txt")
            if p.exists()
        )
        article = source.read_text(encoding="utf-8")
        data = json.loads(golden.read_text(encoding="utf-8"))
        assert data["text"] == article
        spans_of_speakers = [m for s in data["speakers"] for m in s["mentions"]]
        spans_of_dates = list(data["dates"])
        spans = list(data["quotes"])
        for item in data["events"] + data["claims"]:
            spans += item["evidence"]
            spans += [item.get(k) for k in ("who", "whom", "where", "when", "source_span") if item.get(k)]
        spans += [q[k] for q in data["quotes"] for k in ("speaker_mention", "cue") if q.get(k)]
        spans += spans_of_speakers + spans_of_dates
        for span in spans:
            if span.get("start") is not None:
                assert article[span["start"] : span["end"]] == span["text"], (golden.name, span)


def test_seed_golden_attributes_esper_and_raab() -> None:
    data = json.loads((GOLDEN_DIR / f"{SEED.stem}.json").read_text(encoding="utf-8"))
    names = {s["id"]: s["name"] for s in data["speakers"]}
    speakers = {q["text"][:25]: names[q["speaker_id"]] for q in data["quotes"]}
    assert speakers["I have spoken with the pr"] == "Mark Esper"
    assert speakers["We must find those respon"] == "Dominic Raab"
