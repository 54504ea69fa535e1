"""Which language an article is written in: py3langid's model (shipped in its wheel,
97 languages, a few MB), read once per process.

The rules of a language run only on text detected (or declared) in it; every other
language gets what needs no rules of its own.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# Enough text to tell a language reliably; more only costs time.
_SAMPLE = 2000


@lru_cache(maxsize=1)
def _identifier() -> Any:
    # Imported and loaded lazily: the model takes about a second to load.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _letters(sample: str, count: int) -> bool:
    """Whether ``sample`` has at least ``count`` letters (read until it is known)."""
    for c in sample:
        if c.isalpha():
            count -= 1
            if not count:
                return True
    return False


def detect(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in ("en", "fr", "zh").

    Text with no letters to go by is taken as English, as before detection existed."""
    sample = text[:_SAMPLE]
    if not _letters(sample, 3):
        return "en"
    language, _ = _identifier().classify(sample)
    return str(language)
