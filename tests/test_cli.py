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
    # Without input, stdin is /dev/null (not a pipe, so nothing is read from it), whatever
    # stdin pytest itself was given.
    return subprocess.run(
        [sys.executable, "-c", "from summarizer.cli import main; main()", *args],
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
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


def test_version() -> None:
    from summarizer import __version__

    proc = _run("--version")
    assert proc.returncode == 0 and proc.stdout.decode().strip() == f"summarize, version {__version__}"


def test_help_lists_every_subcommand() -> None:
    from summarizer.cli import DEFAULT_COMMAND, SUBCOMMANDS

    proc = _run("--help")
    assert proc.returncode == 0, proc.stderr
    commands = proc.stdout.decode().split("Commands:")[1].split("Options of run")[0]
    listed = [line.split()[0] for line in commands.splitlines() if line.strip()]
    assert listed == [DEFAULT_COMMAND, *SUBCOMMANDS]


def test_no_arguments_show_help_and_exit_2() -> None:
    proc = _run()
    assert proc.returncode == 2 and b"Commands:" in proc.stdout + proc.stderr


def test_article_is_the_default_command_with_short_flags_and_published() -> None:
    # -m and --published before the file, as `llm -m MODEL "prompt"` takes them; the
    # explicit `run` gives the same summary.
    with FakeLLM([GOOD, GOOD]) as llm:
        implicit = _run("-m", "fake", "--base-url", llm.base_url, "--published", "2020-03-20", str(SEED), "--no-cache")
        explicit = _run("run", str(SEED), "-m", "fake", "--base-url", llm.base_url, "--published", "2020-03-20")
    assert implicit.returncode == 0 and explicit.returncode == 0, implicit.stderr + explicit.stderr
    data = json.loads(implicit.stdout)
    provenance = data["provenance"]
    assert provenance["published"] == "2020-03-20" and provenance["published_source"] == "argument"
    # "On Wednesday, ... rockets were fired": the Wednesday before Friday 20 March.
    assert {d["text"]: d["date"] for d in data["dates"]}["On Wednesday"] == "2020-03-18"
    assert json.loads(explicit.stdout)["provenance"]["published"] == "2020-03-20"


def test_bad_published_exits_2() -> None:
    proc = _run(str(SEED), "--published", "13/03/2020", "-m", "fake", "--base-url", "http://127.0.0.1:1/v1")
    assert proc.returncode == 2 and b"not an ISO date" in proc.stderr


def test_warnings_shown_by_default_hidden_by_quiet(tmp_path: Path) -> None:
    # A cache file that is not a database: the library warns, moves it aside and goes on.
    caches = [tmp_path / "shown.sqlite3", tmp_path / "quiet.sqlite3"]
    for cache in caches:
        cache.write_text("not a database", encoding="utf-8")
    with FakeLLM([GOOD, GOOD]) as llm:
        shown = _run(str(SEED), "-m", "fake", "--base-url", llm.base_url, "--cache-file", str(caches[0]))
        quiet = _run(str(SEED), "-m", "fake", "--base-url", llm.base_url, "--cache-file", str(caches[1]), "-q")
    assert shown.returncode == quiet.returncode == 0, shown.stderr + quiet.stderr
    assert b"WARNING" in shown.stderr and b"is not a database" in shown.stderr
    assert quiet.stderr == b""
    assert not caches[1].read_bytes().startswith(b"not a database")  # the same happened, silently


def test_verbose_logs_the_library_info() -> None:
    # Small parts make the seed a long article, which the library logs at info level.
    args = [str(SEED), "-m", "fake", "--no-cache", "--part-tokens", "300"]
    # The parts' answers are the whole seed's (their sentence IDs are out of each part's
    # range): this test reads the log lines, not the answers, so they are not checked.
    with FakeLLM([GOOD, GOOD, GOOD, GOOD], check_schema=False) as llm:
        proc = _run(*args, "--base-url", llm.base_url, "-v")
    assert b"INFO: summarizer._pipeline.session: article" in proc.stderr, proc.stderr
    assert b"DEBUG" not in proc.stderr


def test_help_shows_the_options_of_run() -> None:
    """`summarize ARTICLE` runs `run`, so its options are where a user looks: --help."""
    proc = _run("--help")
    assert proc.returncode == 0, proc.stderr
    options = proc.stdout.decode().split("Options of run")[1]
    for flag in ("--format", "--out", "--published", "--model", "--max-parts", "--strict", "--concurrency"):
        assert flag in options, flag


def test_an_article_piped_to_stdin_is_read_without_a_dash() -> None:
    with FakeLLM([GOOD]) as llm:
        proc = _run("-m", "fake", "--base-url", llm.base_url, "--no-cache", stdin=SEED.read_bytes())
        bare = subprocess.run(
            [sys.executable, "-c", "from summarizer.cli import main; main()"],
            input=b"   ",
            capture_output=True,
            timeout=120,
        )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["quotes"]
    # `cat empty.txt | summarize`: stdin is read (not the help), and named in the error.
    assert bare.returncode == 2 and b"stdin: the article is empty" in bare.stderr, bare.stderr


def test_a_format_for_one_article_is_refused_for_a_batch(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    for path in (first, second):
        path.write_bytes(SEED.read_bytes())
    proc = _run(str(first), str(second), "-f", "markdown", "-m", "fake", "--base-url", "http://127.0.0.1:1/v1")
    assert proc.returncode == 2 and proc.stdout == b""
    assert b"--format markdown shows one article" in proc.stderr and proc.stderr.count(b"\n") == 1


def test_the_max_parts_error_names_the_flags() -> None:
    offline = ("-m", "fake", "--base-url", "http://127.0.0.1:1/v1")
    proc = _run(str(SEED), *offline, "--part-tokens", "100", "--max-parts", "2")
    assert proc.returncode == 2, proc.stderr
    err = proc.stderr.decode()
    assert "--max-parts 2" in err and "--max-parts 0" in err and "--part-tokens" in err, err
    assert "max_parts=" not in err and "part_tokens=" not in err
    assert err.startswith(f"summarize: error: {SEED}: "), err


def test_an_empty_file_is_named(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    proc = _run(str(empty), "-m", "fake", "--base-url", "http://127.0.0.1:1/v1")
    assert proc.returncode == 2
    assert proc.stderr.decode().strip() == (
        f"summarize: error: {empty}: the article is empty or only whitespace; there is nothing to summarize"
    )


def test_a_single_file_summary_is_identified_by_its_path() -> None:
    with FakeLLM([GOOD]) as llm:
        proc = _run(str(SEED), "-m", "fake", "--base-url", llm.base_url, "--no-cache")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["article_id"] == str(SEED)


def test_a_batch_names_each_failed_path_once_and_a_rerun_counts_no_calls(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEED.read_bytes())
    (folder / "empty.txt").write_text("  ", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    out = tmp_path / "results.jsonl"
    with FakeLLM(lambda body: GOOD) as llm:
        args = ("-m", "fake", "--base-url", llm.base_url, "--no-cache", "--out", str(out))
        first = _run(str(folder), str(missing), *args)
        again = _run(str(folder / "a.txt"), *args)
    err = first.stderr.decode()
    assert first.returncode == 1, err
    assert f"summarize: {missing}: invalid_input: no such file\n" in err, err
    assert err.count(str(missing)) == 1 and err.count(str(folder / "empty.txt")) == 1, err
    assert "1 complete, 0 partial, 2 failed" in err and "1 call(s)" in err
    # Everything asked is already complete in --out: nothing is asked, and nothing is spent.
    assert again.returncode == 0, again.stderr
    assert (
        again.stderr.decode()
        .strip()
        .endswith(f"1 complete (1 already done, skipped), 0 partial, 0 failed in {out}; 0 call(s), 0 tokens, $0")
    ), again.stderr
