"""The JSON Schema files in ``schemas/``, generated from the public models.

Regenerate with ``python -m summarizer._schema_files``; a test fails when the
files drift from the models.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .models import ArticleSummary, Claim, Event, FailedArticle, Quote, Speaker

PUBLIC_MODELS = (ArticleSummary, Claim, Event, FailedArticle, Quote, Speaker)


def schema_documents() -> dict[str, str]:
    docs: dict[str, str] = {}
    for model in PUBLIC_MODELS:
        schema: dict[str, Any] = model.model_json_schema()
        docs[f"{model.__name__}.json"] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return docs


def write(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in schema_documents().items():
        (directory / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write(Path(__file__).resolve().parent.parent / "schemas")
