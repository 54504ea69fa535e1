"""Reading articles from files and streams: text in, or a clear InvalidArticleError."""

from __future__ import annotations

from pathlib import Path

from ._errors import InvalidArticleError


def decode(data: bytes, name: str) -> str:
    """UTF-8 text (a BOM is dropped), or InvalidArticleError saying why not."""
    if b"\x00" in data:
        raise InvalidArticleError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidArticleError(f"{name}: not valid UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def read_file(path: Path) -> str:
    if not path.is_file():
        raise InvalidArticleError(f"{path}: no such file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidArticleError(f"{path}: cannot be read ({exc.strerror})") from exc
    return decode(data, str(path))


ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


def article_files(folder: Path) -> list[Path]:
    """The article files under a folder, in a stable order: ``*.txt`` and saved HTML
    pages (``*.html``, ``*.htm``), recursively."""
    return sorted(
        p for p in folder.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()
    )
