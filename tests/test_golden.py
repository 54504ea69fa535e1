"""The golden test: the seed, summarized by the embedded model from a recorded cassette,
must equal tests/golden/<seed>.json. Re-record and rewrite with:

    python -m pytest -m golden --record-mode=rewrite --update-goldens
"""

import json
from pathlib import Path
from typing import Any

import pytest

from summarizer import summarize
from tests.conftest import SEED

GOLDEN_DIR = Path(__file__).parent / "golden"
# Fields that legitimately change without the answer changing.
VOLATILE = {("provenance", "library_version")}


def _diff(expected: Any, actual: Any, path: tuple[Any, ...] = ()) -> list[str]:
    if path[-2:] in VOLATILE or tuple(path) in VOLATILE:
        return []
    if isinstance(expected, dict) and isinstance(actual, dict):
        out = []
        for key in sorted(set(expected) | set(actual)):
            out += _diff(expected.get(key, "<missing>"), actual.get(key, "<missing>"), (*path, key))
        return out
    if isinstance(expected, list) and isinstance(actual, list):
        out = []
        for i in range(max(len(expected), len(actual))):
            e = expected[i] if i < len(expected) else "<missing>"
            a = actual[i] if i < len(actual) else "<missing>"
            out += _diff(e, a, (*path, i))
        return out
    if expected != actual:
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
        return [f"{where}: expected {expected!r}, got {actual!r}"]
    return []


@pytest.mark.golden
@pytest.mark.vcr
def test_seed_golden(embedded_base_url: str, request: pytest.FixtureRequest) -> None:
    article = SEED.read_text(encoding="utf-8")
    result = summarize(article, model="embedded", base_url=embedded_base_url)
    actual = json.loads(result.model_dump_json())
    golden = GOLDEN_DIR / f"{SEED.stem}.json"
    if request.config.getoption("--update-goldens"):
        golden.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(golden.read_text(encoding="utf-8"))
    differences = _diff(expected, actual)
    assert not differences, "golden mismatch:\n  " + "\n  ".join(differences)


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
