"""Reading articles from files and streams: text in, or a clear InvalidArticleError."""

from __future__ import annotations

import codecs
import shlex
from pathlib import Path

from .._errors import InvalidArticleError

# (mark, codec, name). UTF-32 first: its little-endian mark begins with UTF-16's.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)

_WESTERN = (
    "English",
    "French",
    "German",
    "Spanish",
    "Portuguese",
    "Italian",
    "Dutch",
    "Danish",
    "Norwegian",
    "Swedish",
    "Finnish",
    "Indonesian",
)
_CENTRAL = ("Czech", "Polish", "Slovak", "Hungarian", "Slovene", "Croatian", "Romanian")
_CYRILLIC = ("Russian", "Ukrainian", "Bulgarian", "Serbian", "Kazakh")

# The encodings a news article that is not UTF-8 is usually in, the most common first:
# what to call each, iconv's name for it, and the languages written in it (as
# charset-normalizer names them).
_COMMON: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "cp1252": ("Western European, Latin-1 family", "CP1252", _WESTERN),
    "cp1250": ("Central European", "CP1250", _CENTRAL),
    "cp1251": ("Cyrillic", "CP1251", _CYRILLIC),
    "koi8_r": ("Cyrillic", "KOI8-R", _CYRILLIC),
    "cp1253": ("Greek", "CP1253", ("Greek",)),
    "cp1254": ("Turkish", "CP1254", ("Turkish",)),
    "cp1255": ("Hebrew", "CP1255", ("Hebrew",)),
    "cp1256": ("Arabic", "CP1256", ("Arabic", "Farsi")),
    "cp1257": ("Baltic", "CP1257", ("Lithuanian", "Estonian")),
    "cp1258": ("Vietnamese", "CP1258", ("Vietnamese",)),
    "cp874": ("Thai", "CP874", ("Thai",)),
    "gb18030": ("Simplified Chinese", "GB18030", ("Chinese",)),
    "big5": ("Traditional Chinese", "BIG5", ("Chinese",)),
    "shift_jis": ("Japanese", "SHIFT_JIS", ("Japanese",)),
    "cp932": ("Japanese", "CP932", ("Japanese",)),
    "euc_jp": ("Japanese", "EUC-JP", ("Japanese",)),
    "euc_kr": ("Korean", "EUC-KR", ("Korean",)),
    "cp949": ("Korean", "CP949", ("Korean",)),
}


def decode(data: bytes, name: str) -> str:
    """The text of ``data``: UTF-8 (with or without a byte-order mark), or UTF-16 or
    UTF-32 with one. Otherwise InvalidArticleError, saying what the bytes look like
    and how to convert them. ``name`` is the file's path, or "stdin"."""
    for mark, codec, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            # Before the NUL test below: UTF-16 and UTF-32 text is full of NUL bytes.
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InvalidArticleError(
                    f"{name}: starts with a {encoding} byte-order mark but is not valid {encoding} "
                    f"({exc.reason} at byte {exc.start})"
                ) from exc
            break
    else:
        # Text in UTF-8 or a legacy 8-bit encoding has no NUL bytes; binary files do.
        if b"\x00" in data:
            raise InvalidArticleError(f"{name}: looks like a binary file, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _not_utf8(data, name, exc) from exc
    if "\x00" in text:
        raise InvalidArticleError(f"{name}: looks like a binary file, not text")
    return text


def _not_utf8(data: bytes, name: str, exc: UnicodeDecodeError) -> InvalidArticleError:
    guess = likely_encoding(data)
    if guess is None:
        return InvalidArticleError(
            f"{name}: not valid UTF-8 ({exc.reason} at byte {exc.start}) and not an encoding "
            "that could be recognised; convert it to UTF-8"
        )
    described, iconv, _ = _COMMON.get(guess, (None, guess.upper().replace("_", "-"), ()))
    source = shlex.quote(name)
    target = shlex.quote(str(Path(name).with_suffix(".utf-8" + Path(name).suffix)))
    command = f"iconv -f {iconv} -t UTF-8" if name == "stdin" else f"iconv -f {iconv} -t UTF-8 {source} > {target}"
    return InvalidArticleError(
        f"{name}: not valid UTF-8; it looks like {guess}"
        + (f" ({described})" if described else "")
        + f": convert it with {command}"
    )


def likely_encoding(data: bytes) -> str | None:
    """The encoding ``data`` is most likely in (a Python codec name), or None."""
    # Imported here: only a file that is not UTF-8 needs it.
    from charset_normalizer import CharsetMatch, from_bytes

    # Among every code page, a short text fits some obscure one as well as the right
    # one ("café" fits a Farsi code page); news comes in a few.
    matches = list(from_bytes(data, cp_isolation=list(_COMMON))) or list(from_bytes(data))
    if not matches:
        return None

    def familiar(candidates: list[CharsetMatch]) -> str | None:
        # Each match lists the encodings that give the same text; name the most common.
        return next((e for e in _COMMON if any(e in m.could_be_from_charset for m in candidates)), None)

    first = matches[0]
    named = familiar([first])
    if named is not None and first.language in _COMMON[named][2]:
        return named  # the text reads as a language written in that encoding
    # Otherwise the guesses that fit as well are as likely: name the most common.
    tied = [m for m in matches if m.chaos == first.chaos]
    return familiar(tied) or str(first.encoding)


def names_a_file(text: str) -> bool:
    """True when ``text`` is the path of an existing file rather than an article: a
    caller who meant ``summarize(Path(text))`` or ``summarize(open(text).read())``."""
    if "\n" in text or not text.strip() or len(text) > 1024:
        return False
    try:
        return Path(text.strip()).expanduser().is_file()
    except (OSError, ValueError):  # a name too long for the filesystem, a NUL byte
        return False


def path_warning(text: str) -> str:
    """What to say when an article's text is the path of a file."""
    return (
        f"the article given is the path of a file ({text.strip()!r}), so that path is summarized as "
        "text; to summarize the file, pass a pathlib.Path or its text (Path(...).read_text())"
    )


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
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
