"""Promises about the repository itself: no secrets, schemas in sync, layering, README ↔ CI."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer._schema_files import schema_documents

ROOT = Path(__file__).resolve().parent.parent
SECRET_PATTERNS = [
    re.compile(r"^\s*-?\s*['\"]?authorization['\"]?\s*:", re.IGNORECASE | re.MULTILINE),
    re.compile(r"\bBearer\s+[A-Za-z0-9._-]{8,}"),
    re.compile(r"\bsk-[A-Za-z0-9_-]{20,}"),
]


def test_no_key_or_auth_header_in_tests() -> None:
    checked = 0
    for path in (ROOT / "tests").rglob("*"):
        if path.is_file() and path.suffix in {".yaml", ".yml", ".json", ".py"} and path.name != Path(__file__).name:
            text = path.read_text(encoding="utf-8", errors="replace")
            for pattern in SECRET_PATTERNS:
                assert not pattern.search(text), f"{path} matches {pattern.pattern}"
            checked += 1
    cassettes = list((ROOT / "tests" / "cassettes").rglob("*.yaml"))
    assert cassettes and checked > len(cassettes)


def test_schema_files_match_models() -> None:
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "schemas").glob("*.json")}
    generated = schema_documents()
    assert on_disk.keys() == generated.keys()
    for name, text in generated.items():
        assert json.loads(on_disk[name]) == json.loads(text), (
            f"schemas/{name} drifted from the models: run python -m summarizer._schema_files"
        )


def test_layering_contracts() -> None:
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if lint is None:
        pytest.skip("import-linter is not installed (pip install '.[test]')")
    proc = subprocess.run([lint], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_ci_runs_the_readme_quick_start() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```bash\n(.+?)\n```", quick_start)
    assert len(commands) == 2, "the quick start is two commands"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for command in commands:
        assert command in ci, f".ci/run does not run the README's command: {command}"


# On PyPI, "summarizer" is an unrelated package: `pip install 'summarizer[...]'` installs
# that instead of what the hint means.
_PACKAGE_FILES = sorted(p for p in (ROOT / "summarizer").rglob("*") if p.is_file() and p.suffix in {".py", ".j2"})


@pytest.mark.parametrize("path", [pytest.param(p, id=p.name) for p in _PACKAGE_FILES])
def test_install_hints_name_what_pip_can_install(path: Path) -> None:
    assert "summarizer[" not in path.read_text(encoding="utf-8"), (
        f"{path.name} tells users to install 'summarizer[...]', an unrelated PyPI package; "
        "name the packages themselves, or pip install '.[extra]' from a clone"
    )
