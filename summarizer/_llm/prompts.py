"""Prompt templates. Prompts are data: versioned Jinja files in ``prompts/``.

The version goes into every result's provenance (and, later, every cache key), so
changing a template means adding a new version, never editing one in place.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

PROMPT_VERSION = "summarize.v4"
# The final call for an article summarized in parts: one summary from the parts' summaries.
REDUCE_PROMPT_VERSION = "reduce.v1"


def _prompt_dir() -> Path:
    here = Path(__file__).resolve().parent.parent  # the summarizer package
    # Installed wheel: prompts/ ships inside the package. Source checkout or
    # editable install: it sits at the top of the repository.
    for candidate in (here / "prompts", here.parent / "prompts"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"prompt templates not found next to {here}")


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(_prompt_dir()),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=False,
        autoescape=False,  # plain-text prompts, not HTML
        # The templates ship with the package: no need to look at their files for
        # changes on every render.
        auto_reload=False,
    )


@dataclass(frozen=True)
class Prompt:
    system: str
    user: str
    version: str = PROMPT_VERSION

    def messages(self) -> list[dict[str, str]]:
        return [{"role": "system", "content": self.system}, {"role": "user", "content": self.user}]


def render(version: str = PROMPT_VERSION, **context: Any) -> Prompt:
    env = _environment()
    return Prompt(
        system=env.get_template(f"{version}.system.j2").render(**context).strip(),
        user=env.get_template(f"{version}.user.j2").render(**context).strip(),
        version=version,
    )
