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


def test_ci_installs_with_the_pip_a_user_has() -> None:
    """No pip upgrade the README does not show: the bundled pip must install a working set."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python3 -m venv" in ci
    assert not re.search(r"^[^#]*install[^\n#]*--upgrade[^\n#]*\bpip\b", ci, flags=re.MULTILINE), (
        ".ci/run upgrades pip; a user's fresh venv has the pip Python bundles"
    )


def test_the_html_extra_names_lxml_html_clean() -> None:
    """pip 23.2.1 (Python 3.11's) ignores lxml[html_clean], which trafilatura relies on."""
    tomllib = pytest.importorskip("tomllib")
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert any(re.match(r"lxml[_-]html[_-]clean\b", r) for r in extras["html"]), extras["html"]


def test_ci_builds_the_docs_strictly() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "mkdocs build --strict" in ci and "'.[docs]'" in ci
    assert "site/" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()


def test_the_readme_is_a_front_page_without_machine_paths() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 250
    for path in [ROOT / "README.md", ROOT / "CHANGELOG.md", *(ROOT / "docs").rglob("*.md")]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(?<![\w.])/(?:work|home|Users|root)/", text), f"{path}: an absolute machine path"


def test_every_docs_page_is_in_the_navigation() -> None:
    yaml = pytest.importorskip("yaml")
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))

    def pages(nav: object) -> list[str]:
        if isinstance(nav, str):
            return [nav]
        if isinstance(nav, list):
            return [p for item in nav for p in pages(item)]
        if isinstance(nav, dict):
            return [p for value in nav.values() for p in pages(value)]
        return []

    listed = set(pages(config["nav"]))
    on_disk = {p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md")}
    assert on_disk == listed


# On PyPI, "summarizer" is an unrelated package: `pip install 'summarizer[...]'` installs
# that instead of what the hint means.
_PACKAGE_FILES = sorted(p for p in (ROOT / "summarizer").rglob("*") if p.is_file() and p.suffix in {".py", ".j2"})


@pytest.mark.parametrize("path", [pytest.param(p, id=p.name) for p in _PACKAGE_FILES])
def test_install_hints_name_what_pip_can_install(path: Path) -> None:
    assert "summarizer[" not in path.read_text(encoding="utf-8"), (
        f"{path.name} tells users to install 'summarizer[...]', an unrelated PyPI package; "
        "name the packages themselves, or pip install '.[extra]' from a clone"
    )
