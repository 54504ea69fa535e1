"""The M2E2 converter, on a small corpus written here in M2E2's own format (a zip of JSON
sentence records, each sentence's last character dropped as the corpus does): the articles
below are invented for the test."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from summarizer.eval import load_gold
from summarizer.eval.ecbplus import ReservedSplitError
from summarizer.eval.m2e2 import _split_of, main, read_m2e2, sentence_arguments


def _record(article: str, number: int, text: str, events: list[dict[str, Any]]) -> dict[str, Any]:
    words = re.findall(r"Jan\.|[\w-]+|[^\w\s]", text)
    return {
        "sentence_id": f"{article}_{number}",
        "sentence": text[:-1],  # the corpus drops the sentence's last character
        "words": words,
        "golden-event-mentions": events,
    }


def _mention(trigger: int, kind: str, *arguments: tuple[str, int, int]) -> dict[str, Any]:
    return {
        "trigger": {"start": trigger, "end": trigger + 1},
        "event_type": kind,
        "arguments": [{"role": role, "start": start, "end": end} for role, start, end in arguments],
    }


def _articles() -> tuple[str, str]:
    """Two invented article IDs, one in each split."""
    ids = [f"VOA_EN_NW_2016.01.0{n}.100000{n}" for n in range(1, 10)]
    dev = next(i for i in ids if _split_of(i) == "dev")
    test = next(i for i in ids if _split_of(i) == "test")
    return dev, test


def _corpus(tmp_path: Path) -> Path:
    dev, test = _articles()
    attack = "Gunmen attacked a checkpoint in Sorrel on Friday, police said."
    caption = "FILE - Police officers stand guard in Sorrel, Jan. 3, 2016."
    quote = '"They fled the town," a resident said.'
    meeting = "The two leaders met in Eastbrook."
    text_only = [
        _record(
            dev, 0, attack, [_mention(1, "Conflict:Attack", ("Attacker", 0, 1), ("Target", 2, 4), ("Place", 5, 6))]
        ),
        _record(dev, 1, caption, []),
        _record(dev, 3, quote, [_mention(2, "Movement:Transport", ("Artifact", 1, 2))]),  # inside a quote: no event
    ]
    multimedia = [_record(test, 0, meeting, [_mention(3, "Contact:Meet", ("Entity", 0, 3), ("Place", 5, 6))])]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("m2e2_annotations/text_only_event.json", json.dumps(text_only))
        archive.writestr("m2e2_annotations/text_multimedia_event.json", json.dumps(multimedia))
    root = tmp_path / "m2e2"
    (root / "data").mkdir(parents=True)
    (root / "data" / "m2e2_annotations.zip").write_bytes(buffer.getvalue())
    return root


def test_dev_articles_are_the_sentences_with_their_stops_and_events(tmp_path: Path) -> None:
    [article] = read_m2e2(_corpus(tmp_path), "dev")
    lines = article.text.split("\n")
    # Sentence 2 is not in the corpus; every sentence gets back the stop the corpus dropped.
    assert lines == [
        "Gunmen attacked a checkpoint in Sorrel on Friday, police said.",
        "FILE - Police officers stand guard in Sorrel, Jan. 3, 2016.",
        '"They fled the town," a resident said.',
    ]
    # One event: the attack. The transport is inside a quote, the caption has none.
    [event] = article.events or []
    assert article.text[event.start : event.end] == lines[0]
    assert (event.who, event.whom, event.where, event.when) == ("Gunmen", "a checkpoint", "Sorrel", None)


def test_every_argument_of_a_line_is_listed(tmp_path: Path) -> None:
    root = _corpus(tmp_path)
    [(article_id, lines)] = sentence_arguments(root, "dev").items()
    assert lines == [["Gunmen", "a checkpoint", "Sorrel"], [], ["They"]]
    assert article_id == _articles()[0]


def test_the_test_split_is_reserved(tmp_path: Path) -> None:
    root = _corpus(tmp_path)
    with pytest.raises(ReservedSplitError, match="reserved"):
        list(read_m2e2(root, "test"))
    [article] = read_m2e2(root, "test", reserved=True)
    [event] = article.events or []
    assert (event.who, event.where) == ("The two leaders", "Eastbrook")


def test_an_unknown_split_or_a_missing_corpus_says_so(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown split"):
        list(read_m2e2(_corpus(tmp_path), "train"))
    with pytest.raises(FileNotFoundError, match="m2e2_annotations.zip"):
        list(read_m2e2(tmp_path / "nowhere", "dev"))


def test_the_command_writes_a_gold_file_that_loads(tmp_path: Path) -> None:
    out = tmp_path / "gold.jsonl"
    main([str(_corpus(tmp_path)), "--split", "dev", "--out", str(out)])
    [article] = load_gold(out)
    assert len(article.events or []) == 1
