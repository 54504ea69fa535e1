"""The summarize command: output formats, exit codes, one-line errors."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.testing import FakeLLM
from tests.conftest import SEED
from tests.pipeline.test_summarize import GOOD


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-c", "from summarizer.cli import main; main()", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
    )


def test_json_output() -> None:
    with FakeLLM([GOOD]) as llm:
        proc = _run(str(SEED), "--base-url", llm.base_url, "--model", "fake")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    speakers = {s["id"]: s["name"] for s in data["speakers"]}
    assert speakers[data["quotes"][0]["speaker_id"]] == "Mark Esper"


def test_markdown_from_stdin() -> None:
    with FakeLLM([GOOD]) as llm:
        proc = _run("-", "--format", "markdown", "--base-url", llm.base_url, "--model", "fake", stdin=SEED.read_bytes())
    assert proc.returncode == 0, proc.stderr
    assert b"| Mark Esper | Defense Secretary |" in proc.stdout


@pytest.mark.parametrize(
    "stdin, message",
    [
        (b"   \n", b"empty"),
        (b"\x00\x01\x02binary", b"binary"),
        (b"caf\xe9 au lait", b"not valid UTF-8"),
    ],
)
def test_bad_input_exits_2_with_one_line(stdin: bytes, message: bytes) -> None:
    proc = _run("-", "--base-url", "http://127.0.0.1:1/v1", "--model", "fake", stdin=stdin)
    assert proc.returncode == 2
    assert proc.stdout == b""
    assert proc.stderr.count(b"\n") == 1 and message in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_missing_file_exits_2(tmp_path: Path) -> None:
    proc = _run(str(tmp_path / "nope.txt"))
    assert proc.returncode == 2 and b"no such file" in proc.stderr


def test_unusable_model_settings_exit_1_without_traceback() -> None:
    # No key for OpenAI: nothing can be asked, so there is no summary at all. (A model
    # that answers badly gives a partial summary instead: see test_partial.py.)
    proc = _run(str(SEED), "--model", "openai/gpt-4o-mini")
    assert proc.returncode == 1 and proc.stdout == b""
    assert proc.stderr.count(b"\n") == 1 and b"OPENAI_API_KEY" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_debug_shows_traceback() -> None:
    proc = _run("-", "--debug", "--base-url", "http://127.0.0.1:1/v1", "--model", "fake", stdin=b" ")
    assert proc.returncode == 2 and b"Traceback" in proc.stderr
