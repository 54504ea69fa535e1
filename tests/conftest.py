from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_36f5bebade865c5d.txt"

# The golden tests run on the library's own golden plugin, which also defines
# --update-goldens. Named as its pytest11 entry point is, so an install that has the
# entry point loads it once.
pytest_plugins = ["summarizer.golden.pytest_plugin"]


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never pick up a developer's real key or server from the environment."""
    for name in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "SUMMARIZER_MODEL",
        "ANTHROPIC_API_KEY",
        "GEMINI_API_KEY",
        "GOOGLE_API_KEY",
        "MISTRAL_API_KEY",
        "AZURE_OPENAI_API_KEY",
        "AZURE_OPENAI_ENDPOINT",
        "AZURE_OPENAI_API_VERSION",
        "OPENAI_API_VERSION",
        "OPENAI_ORG_ID",
        "OPENAI_PROJECT_ID",
        "SUMMARIZER_CONTEXT_TOKENS",
    ):
        monkeypatch.delenv(name, raising=False)
    # Tests that exercise the cache pass cache=<tmp path>; the rest must not read a
    # developer's cache or write to it.
    monkeypatch.setenv("SUMMARIZER_CACHE", "off")


@pytest.fixture(scope="session")
def vcr_config() -> dict[str, Any]:
    return {
        "filter_headers": ["authorization", "api-key", "x-api-key", "openai-organization", "cookie"],
        "match_on": ["method", "path", "body"],
        "decode_compressed_response": True,
    }


@pytest.fixture(autouse=True)
def _cassette_fully_played(request: pytest.FixtureRequest) -> Any:
    """A test that leaves recorded interactions unplayed fails: the code under test
    made fewer calls than when it was recorded."""
    if request.node.get_closest_marker("vcr") is None:
        yield
        return
    cassette = request.getfixturevalue("vcr")
    yield
    if request.config.getoption("--record-mode") in (None, "none"):
        assert cassette.all_played, f"{len(cassette.data) - cassette.play_count} recorded interaction(s) never played"


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))
