"""Golden-output tests as a user runs them: a project in a temporary folder with a
folder of articles and a two-line test file, run by pytest in a subprocess, and
``summarize golden check|update`` on the same folder.

The fast tests record from FakeLLM (a loopback server whose answers are written in
test code, tests/pipeline/test_summarize.GOOD), the embedded ones from the real
embedded model. Each records, replays with the network blocked, fails with a diff
naming the field after a golden file is edited, passes again after re-recording,
and leaves no key in any file.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import summarizer
from summarizer.testing import FakeLLM
from tests.conftest import SEED
from tests.pipeline.test_summarize import GOOD

ROOT = Path(summarizer.__file__).resolve().parent.parent
KEY = "golden-test-key-4f9c2e7d1a6b8035"  # fake, never valid anywhere
PLUGIN = "summarizer.golden.pytest_plugin"
TEST_FILE = 'from summarizer.testing import golden_tests\ntest_articles = golden_tests("articles")\n'
TEST_FILE_EMBEDDED = (
    'from summarizer.testing import golden_tests\ntest_articles = golden_tests("articles", model="embedded")\n'
)
TIMEOUT_S = 600


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_", "PYTEST_"))}
    env.pop("CI", None)
    # The worktree's summarizer, whatever the virtualenv's editable install points to.
    env["PYTHONPATH"] = str(ROOT)
    env["SUMMARIZER_CACHE"] = "off"
    return env | extra


def _pytest(project: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # -p loads the plugin where the pytest11 entry point is not installed (an editable
    # install made before it existed); where it is, pytest loads it once, by that name.
    command = [sys.executable, "-m", "pytest", "-p", PLUGIN, "-p", "no:cacheprovider", "-q", *args]
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)


def _summarize(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", "from summarizer.cli import main; main()", *args]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)


def _project(tmp_path: Path, test_file: str, articles: dict[str, str]) -> Path:
    project = tmp_path / "newsroom"
    (project / "articles").mkdir(parents=True)
    (project / "test_articles.py").write_text(test_file, encoding="utf-8")
    for name, text in articles.items():
        (project / "articles" / name).write_text(text, encoding="utf-8")
    return project


def _assert_no_secret(project: Path, *secrets: str) -> None:
    files = [p for p in project.rglob("*") if p.is_file() and p.suffix in (".yaml", ".json")]
    assert any(p.suffix == ".yaml" for p in files)
    for path in files:
        text = path.read_text(encoding="utf-8")
        for secret in secrets:
            assert secret not in text, f"{secret!r} in {path}"
        assert "authorization" not in text.lower(), path


def _edit_summary(golden: Path) -> None:
    data = json.loads(golden.read_text(encoding="utf-8"))
    data["summary"] = "An edited summary."
    golden.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


@pytest.fixture
def fake_model() -> Iterator[FakeLLM]:
    with FakeLLM(lambda body: GOOD) as llm:
        yield llm


def _recording_env(llm: FakeLLM) -> dict[str, str]:
    """The user's configured model: a loopback server and a key, from the environment."""
    return _env(OPENAI_BASE_URL=llm.base_url, SUMMARIZER_MODEL="fake", OPENAI_API_KEY=KEY)


def test_user_project_records_replays_offline_diffs_and_updates(tmp_path: Path, fake_model: FakeLLM) -> None:
    project = _project(tmp_path, TEST_FILE, {"seed.txt": SEED.read_text(encoding="utf-8")})
    golden = project / "articles" / "seed.golden.json"

    first = _pytest(project, env=_recording_env(fake_model))
    assert first.returncode == 0, first.stdout + first.stderr
    assert golden.exists() and (project / "articles" / "seed.cassette.yaml").exists()
    # Recording is said, not silent: the article, why, and the two files to commit.
    assert "summarizer golden files recorded" in first.stdout
    assert "seed.txt: recorded (first run) -> " in first.stdout and "commit them" in first.stdout
    assert len(fake_model.requests) == 1
    _assert_no_secret(project, KEY)

    # CI: no model, no key, the network blocked; the cassette answers.
    ci = _env(CI="true")
    replay = _pytest(project, env=ci)
    assert replay.returncode == 0, replay.stdout + replay.stderr
    assert len(fake_model.requests) == 1

    _edit_summary(golden)
    failing = _pytest(project, env=ci)
    assert failing.returncode == 1
    assert "1 field differ from seed.golden.json" in failing.stdout
    assert "summary: expected 'An edited summary.', got 'The United States struck" in failing.stdout
    # Quoted for the shell: unquoted, [seed.txt] is a glob.
    assert "re-record with: pytest --update-goldens 'test_articles.py::test_articles[seed.txt]'" in failing.stdout
    assert "summarizer golden files recorded" not in failing.stdout

    updated = _pytest(project, "--update-goldens", env=_recording_env(fake_model))
    assert updated.returncode == 0, updated.stdout + updated.stderr
    assert "seed.txt: re-recorded (--update-goldens)" in updated.stdout
    assert _pytest(project, env=ci).returncode == 0
    _assert_no_secret(project, KEY)


def test_a_request_the_cassette_does_not_hold_says_how_to_re_record(tmp_path: Path, fake_model: FakeLLM) -> None:
    article = project_article = SEED.read_text(encoding="utf-8")
    project = _project(tmp_path, TEST_FILE, {"seed.txt": article})
    assert _pytest(project, env=_recording_env(fake_model)).returncode == 0
    (project / "articles" / "seed.txt").write_text(project_article.replace("Esper", "Espar", 1), encoding="utf-8")
    failing = _pytest(project, env=_env(CI="true"))
    assert failing.returncode == 1
    assert "request(s) have no recorded answer in" in failing.stdout
    assert "POST /v1/chat/completions" in failing.stdout
    assert "re-record with: pytest --update-goldens" in failing.stdout


def test_ci_does_not_call_the_model_for_a_new_article(tmp_path: Path, fake_model: FakeLLM) -> None:
    project = _project(tmp_path, TEST_FILE, {"seed.txt": SEED.read_text(encoding="utf-8")})
    failing = _pytest(project, env=_recording_env(fake_model) | {"CI": "true"})
    assert failing.returncode == 1
    assert "no golden file and no cassette, and CI is set" in failing.stdout
    assert fake_model.requests == []


def test_cli_update_and_check(tmp_path: Path, fake_model: FakeLLM) -> None:
    project = _project(tmp_path, TEST_FILE, {"a.txt": SEED.read_text(encoding="utf-8"), "b.txt": SEED.read_text()})
    articles = project / "articles"

    missing = _summarize("golden", "check", str(articles), env=_env(), cwd=project)
    assert missing.returncode == 1
    assert "no a.golden.json and no a.cassette.yaml next to it" in missing.stdout
    assert f"re-record with: summarize golden update {articles}" in missing.stdout

    update = _summarize("golden", "update", str(articles), "--model", "fake", "--base-url", fake_model.base_url,
                        env=_env(OPENAI_API_KEY=KEY), cwd=project)  # fmt: skip
    assert update.returncode == 0, update.stdout + update.stderr
    assert "2 of 2 recorded" in update.stderr
    _assert_no_secret(project, KEY)

    ok = _summarize("golden", "check", str(articles), env=_env(), cwd=project)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "2 of 2 match" in ok.stderr

    _edit_summary(articles / "b.golden.json")
    differs = _summarize("golden", "check", str(articles), env=_env(), cwd=project)
    assert differs.returncode == 1
    assert "ok     " in differs.stdout and "FAILED " in differs.stdout
    assert "summary: expected 'An edited summary.'" in differs.stdout
    assert "1 of 2 match" in differs.stderr
    # The pytest plugin agrees.
    assert _pytest(project, env=_env(CI="true")).returncode == 1

    similar = _summarize("golden", "check", str(articles), "--prose", "similar", "--similarity", "0", env=_env(),
                         cwd=project)  # fmt: skip
    assert similar.returncode == 0, similar.stdout

    empty = tmp_path / "empty"
    empty.mkdir()
    assert _summarize("golden", "check", str(empty), env=_env(), cwd=project).returncode == 2


def test_the_plugin_is_declared_as_a_pytest11_entry_point() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'[project.entry-points.pytest11]\n"{PLUGIN}" = "{PLUGIN}"' in text


@pytest.mark.embedded
def test_user_project_with_the_embedded_model(tmp_path: Path) -> None:
    """The real thing: the first run records the embedded model's answers, and the
    rest happens offline from that recording."""
    project = _project(tmp_path, TEST_FILE_EMBEDDED, {"seed.txt": SEED.read_text(encoding="utf-8")})
    articles = project / "articles"
    golden = articles / "seed.golden.json"
    # A key in the environment must not reach the cassette (the embedded model needs none).
    recording_env = _env(OPENAI_API_KEY=KEY)

    first = _pytest(project, env=recording_env)
    assert first.returncode == 0, first.stdout + first.stderr
    data = json.loads(golden.read_text(encoding="utf-8"))
    assert data["provenance"]["provider"] == "embedded" and data["quotes"]
    _assert_no_secret(project, KEY)

    ci = _env(CI="true")
    assert _pytest(project, env=ci).returncode == 0
    assert _summarize("golden", "check", str(articles), env=ci, cwd=project).returncode == 0

    _edit_summary(golden)
    failing = _pytest(project, env=ci)
    assert failing.returncode == 1
    assert "summary: expected 'An edited summary.'" in failing.stdout
    cli = _summarize("golden", "check", str(articles), env=ci, cwd=project)
    assert cli.returncode == 1 and "summary: expected 'An edited summary.'" in cli.stdout

    assert _pytest(project, "--update-goldens", env=recording_env).returncode == 0
    assert _pytest(project, env=ci).returncode == 0

    shutil.copy(golden, tmp_path / "before.json")
    _edit_summary(golden)
    update = _summarize("golden", "update", str(articles), "--model", "embedded", env=recording_env, cwd=project)
    assert update.returncode == 0, update.stdout + update.stderr
    assert _summarize("golden", "check", str(articles), env=ci, cwd=project).returncode == 0
    _assert_no_secret(project, KEY)


def test_a_publication_date_per_article(tmp_path: Path, fake_model: FakeLLM) -> None:
    undated = SEED.read_text(encoding="utf-8").split("\n", 1)[1]  # no `date` line; a footer still dates it
    test_file = (
        "from summarizer.testing import golden_tests\n"
        "test_articles = golden_tests('articles', published={'a.txt': '2020-03-20'})\n"
    )
    project = _project(tmp_path, test_file, {"a.txt": undated, "b.txt": undated + " "})
    recorded = _pytest(project, env=_recording_env(fake_model))
    assert recorded.returncode == 0, recorded.stdout + recorded.stderr
    a = json.loads((project / "articles" / "a.golden.json").read_text(encoding="utf-8"))
    b = json.loads((project / "articles" / "b.golden.json").read_text(encoding="utf-8"))
    assert (a["provenance"]["published"], a["provenance"]["published_source"]) == ("2020-03-20", "argument")
    # b.txt is not in the mapping: its own date, from the seed's `Last Update:` footer.
    assert (b["provenance"]["published"], b["provenance"]["published_source"]) == ("2020-03-13", "footer")
    assert _pytest(project, env=_env(CI="true")).returncode == 0  # replayed with the same dates
