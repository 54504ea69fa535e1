"""Files of a corpus checkout, or of a bare git mirror of it read with ``git show``.

The converters (``polnear``, ``ecbplus``) read either: a folder as cloned or unpacked,
or the bare repository a mirror keeps, without checking anything out.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from .gold import GoldArticle

__all__ = ["Corpus", "TokenSentence", "write_gold_file"]


class Corpus:
    """A checkout when ``root / marker`` is a folder (``marker`` is the corpus's top folder,
    e.g. ``data``), else a bare git mirror whose ``HEAD`` is read."""

    def __init__(self, root: Path, marker: str) -> None:
        self.root = root
        self.bare = not (root / marker).is_dir()

    def names(self, folder: str) -> list[str]:
        """The names of the files and folders in ``folder``, sorted; none if it does not exist."""
        if not self.bare:
            path = self.root / folder
            return sorted(p.name for p in path.iterdir()) if path.is_dir() else []
        listed = subprocess.run(
            ["git", "--git-dir", str(self.root), "ls-tree", "--name-only", "HEAD", f"{folder}/"],
            check=True, capture_output=True, text=True,
        ).stdout.splitlines()  # fmt: skip
        return sorted(Path(name).name for name in listed)

    def read(self, path: str) -> str | None:
        """The file's text (UTF-8), or None if there is no such file."""
        data = self.read_bytes(path)
        return data.decode("utf-8") if data is not None else None

    def read_bytes(self, path: str) -> bytes | None:
        """The file's bytes (an archive's, say), or None if there is no such file."""
        if not self.bare:
            file = self.root / path
            return file.read_bytes() if file.is_file() else None
        shown = subprocess.run(["git", "--git-dir", str(self.root), "show", f"HEAD:{path}"], capture_output=True)
        return shown.stdout if shown.returncode == 0 else None


class TokenSentence:
    """One sentence's text and each of its tokens' character span in it, for corpora that
    annotate by token index (WikiEvents, M2E2). A token the text writes otherwise keeps the
    position it would have had."""

    def __init__(self, tokens: Iterable[str], text: str) -> None:
        self.text = text
        self.spans: list[tuple[int, int]] = []
        at = 0
        for word in tokens:
            found = text.find(word, at)
            if found < 0:
                self.spans.append((at, at))
                continue
            self.spans.append((found, found + len(word)))
            at = found + len(word)

    def written(self, first: int, last: int) -> str:
        """The text of tokens ``first`` to ``last`` (inclusive)."""
        return self.text[self.spans[first][0] : self.spans[last][1]]

    def in_quote(self, index: int) -> bool:
        """Whether the token is between quote marks of its sentence (an odd number of
        marks before it)."""
        before = self.text[: self.spans[index][0]]
        return sum(before.count(m) for m in '"“”') % 2 == 1


def write_gold_file(
    parser: argparse.ArgumentParser, read: Callable[[], Iterable[GoldArticle]], out: Path
) -> list[GoldArticle]:
    """Read a split with ``read`` and write it to ``out`` as a gold JSONL file, one article a
    line; a split that cannot be read (reserved, unknown, or no corpus there) exits with
    the parser's error status."""
    try:
        articles = list(read())
    except (ValueError, FileNotFoundError) as exc:  # ReservedSplitError is a ValueError
        parser.exit(2, f"error: {exc}\n")
    with out.open("w", encoding="utf-8") as file:
        for article in articles:
            file.write(article.model_dump_json() + "\n")
    return articles


def events_gold_main(
    argv: list[str] | None,
    *,
    module: str,
    corpus: str,
    corpus_help: str,
    split_help: str,
    read: Callable[[Path, str, int | None], Iterable[GoldArticle]],
    roles: tuple[str, ...] = ("who", "whom", "where"),
) -> None:
    """The command line of an event corpus's converter (``python -m summarizer.eval.<module>
    PATH --split S --out F``): write the split as a gold file and say how many articles,
    events and arguments of each of ``roles`` it holds."""
    parser = argparse.ArgumentParser(
        prog=f"python -m summarizer.eval.{module}", description=f"Write {corpus} split as a gold file of events."
    )
    parser.add_argument("corpus", type=Path, help=corpus_help)
    parser.add_argument("--split", default="dev", help=split_help)
    parser.add_argument("--limit", type=int, default=None, help="at most this many articles")
    parser.add_argument("--out", type=Path, required=True, help="the gold JSONL file to write")
    args = parser.parse_args(argv)
    articles = write_gold_file(parser, lambda: read(args.corpus, args.split, args.limit), args.out)
    events = [e for a in articles for e in a.events or ()]
    counts = ", ".join(f"{sum(getattr(e, r) is not None for e in events)} {r}" for r in roles)
    print(f"{len(articles)} articles, {len(events)} events ({counts}) -> {args.out}", file=sys.stderr)
