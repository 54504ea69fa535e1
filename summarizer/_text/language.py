"""Which language an article is written in: py3langid's model (shipped in its wheel,
97 languages, a few MB), read once per process.

The rules of a language run only on text detected (or declared) in it; every other
language gets what needs no rules of its own.

py3langid walks the text's bytes one by one in Python and widens the rows of its float16
table to float32 in numpy's slow conversion; together about 90 % of its time. ``_Identifier``
computes the same two things faster and hands them to py3langid's own scoring, so its answer
is py3langid's, bit for bit (tests/text/test_languages.py compares them):

* the walk: the model's tokenizer is an Aho-Corasick automaton over byte n-grams of at most
  ``depth`` bytes (4), whose state after a byte is fixed by the last ``depth`` bytes alone
  (the longest of their suffixes that is an n-gram's beginning). So every position's state
  is found at once, in ``depth`` vectorised steps from the start state, and the features
  are counted in the order they are first met, as py3langid's ``Counter`` holds them;
* the widening: float16 to float32 through a table of all 65,536 float16 values (exact).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np

# Enough text to tell a language reliably; more only costs time.
_SAMPLE = 2000


def _depth(nextmove: np.ndarray, rowbase: np.ndarray) -> int:
    """The length of the automaton's longest n-gram: how many steps from the start state the
    farthest state is (each state is first reached by the n-gram beginning it stands for)."""
    seen = np.zeros(len(rowbase), dtype=bool)
    seen[0] = True
    frontier = np.zeros(1, dtype=np.intp)
    letters = np.arange(256)
    depth = 0
    while True:
        reached = np.zeros(len(rowbase), dtype=bool)
        reached[nextmove[(rowbase[frontier][:, None] + letters).ravel()]] = True
        reached &= ~seen
        if not reached.any():
            return depth
        seen |= reached
        frontier = np.flatnonzero(reached)
        depth += 1


def _widened(rows: np.ndarray) -> np.ndarray:
    """float16 ``rows``, all normal numbers, as float32 (exactly: float32 has more of both)."""
    bits = rows.view(np.uint16).astype(np.uint32)
    sign = (bits & 0x8000) << 16
    bits &= 0x7FFF
    bits <<= 13  # the fraction's 10 bits to float32's 23, the exponent after it
    bits += (127 - 15) << 23  # the exponent's bias, 15 to 127
    bits |= sign
    return bits.view(np.float32)


def _fast_identifier(norm_probs: bool) -> Any:
    """py3langid's ``LanguageIdentifier`` with the two costs above made cheap; the library's
    own where its insides are not the ones this was written for (py3langid 0.4)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    hooks = ("_raw_score", "_sparse_score", "_decide", "_encode")
    if not all(hasattr(LanguageIdentifier, h) for h in hooks):
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=norm_probs)

    class _Identifier(LanguageIdentifier):  # type: ignore[misc]
        __slots__ = ("_np_nextmove", "_np_rowbase", "_np_output", "_depth", "_widen")

        def _prepare(self) -> bool:
            if getattr(self, "_rowbase", None) is None or not isinstance(self.tk_output, list):
                return False
            self._np_nextmove = np.frombuffer(self.tk_nextmove, dtype=np.uint32).astype(np.intp)
            self._np_rowbase = np.asarray(self._rowbase, dtype=np.intp)
            self._np_output = np.asarray(self.tk_output, dtype=np.intp)
            self._depth = _depth(self._np_nextmove, self._np_rowbase)
            # The bit pattern of a normal float16 (every value of the model: checked) becomes the
            # float32 of the same value by moving its sign, exponent and fraction apart.
            magnitudes = self.nb_ptc.view(np.uint16) & 0x7FFF if self.nb_ptc.dtype == np.float16 else None
            self._widen = magnitudes is not None and bool(((magnitudes >= 0x400) & (magnitudes < 0x7C00)).all())
            return True

        def _raw_score(self, text: bytes) -> Any:
            n = len(text)
            if not n:
                return super()._raw_score(text)
            letters = np.frombuffer(text, dtype=np.uint8).astype(np.intp)
            states = np.zeros(n, dtype=np.intp)
            nextmove, rowbase = self._np_nextmove, self._np_rowbase
            for back in range(min(self._depth, n) - 1, -1, -1):
                # the byte ``back`` places before each position (the earliest first)
                states[back:] = nextmove[rowbase[states[back:]] + letters[: n - back]]
            features = self._np_output[states]
            features = features[features >= 0]
            if not len(features):
                return super()._raw_score(text)
            found, first, counts = np.unique(features, return_index=True, return_counts=True)
            order = np.argsort(first, kind="stable")
            rows = self.nb_ptc[found[order]]
            if self._widen:
                rows = _widened(rows)
            return np.log1p(counts[order].astype(np.float32)) @ rows + self.nb_pc

    identifier = _Identifier.from_model_file(MODEL_FILE, norm_probs=norm_probs)
    if not identifier._prepare():
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=norm_probs)
    return identifier


@lru_cache(maxsize=1)
def _identifier() -> Any:
    # Imported and loaded lazily: the model takes about a second to load.
    return _fast_identifier(norm_probs=True)


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
