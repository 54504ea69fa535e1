"""Reading article files: UTF-8 with or without a byte-order mark, UTF-16 and UTF-32 with
one; anything else is a one-line InvalidArticleError that names the likely encoding."""

import codecs
from pathlib import Path

import pytest

from summarizer import InvalidArticleError
from summarizer._text.files import decode, likely_encoding, read_file

TEXT = "Le café était fermé à Noël, a déclaré le maire. “Nous rouvrirons”, a-t-il dit."


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(TEXT.encode("utf-8"), id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), id="utf-8-bom"),
        pytest.param(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), id="utf-16-le"),
        pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), id="utf-16-be"),
        pytest.param(codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), id="utf-32-le"),
        pytest.param(codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), id="utf-32-be"),
    ],
)
def test_unicode_files_are_read(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    assert read_file(path) == TEXT  # the byte-order mark is not part of the text


def test_utf16_without_a_byte_order_mark_is_not_guessed() -> None:
    with pytest.raises(InvalidArticleError, match="binary"):
        decode(TEXT.encode("utf-16-le"), "a.txt")


def test_a_broken_utf16_file_says_so() -> None:
    with pytest.raises(InvalidArticleError, match="UTF-16 byte-order mark but is not valid UTF-16"):
        decode(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")[:-1], "a.txt")


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", id="png"),
        pytest.param(codecs.BOM_UTF16_BE + b"\x00\x00", id="nul-characters-behind-a-mark"),
    ],
)
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(InvalidArticleError, match="binary file, not text"):
        decode(data, "x.txt")


@pytest.mark.parametrize(
    ("text", "encoding", "iconv", "described"),
    [
        (TEXT, "cp1252", "CP1252", "Western European, Latin-1 family"),
        ("Москва сообщила во вторник о новых мерах.", "cp1251", "CP1251", "Cyrillic"),
        ("東京都は火曜日、新しい規制を発表した。知事は記者団に対し述べた。", "shift_jis", "SHIFT_JIS", "Japanese"),
    ],
)
def test_another_encoding_is_named_with_how_to_convert(text: str, encoding: str, iconv: str, described: str) -> None:
    with pytest.raises(InvalidArticleError) as info:
        decode(text.encode(encoding), "news/article.txt")
    message = str(info.value)
    assert message == (
        f"news/article.txt: not valid UTF-8; it looks like {encoding} ({described}): "
        f"convert it with iconv -f {iconv} -t UTF-8 news/article.txt > news/article.utf-8.txt"
    )


def test_the_conversion_command_quotes_the_path_and_reads_stdin() -> None:
    data = TEXT.encode("cp1252")
    with pytest.raises(InvalidArticleError, match=r"'my dir/a b\.txt' > 'my dir/a b\.utf-8\.txt'$"):
        decode(data, "my dir/a b.txt")
    with pytest.raises(InvalidArticleError, match=r"convert it with iconv -f CP1252 -t UTF-8$"):
        decode(data, "stdin")


def test_an_unrecognisable_encoding_still_says_where_it_failed() -> None:
    data = bytes(range(0x80, 0x100)) * 4
    assert likely_encoding(data) is None
    with pytest.raises(InvalidArticleError, match=r"not valid UTF-8 \(invalid start byte at byte 0\)"):
        decode(data, "x.txt")
