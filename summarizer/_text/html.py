"""HTML input: recognising a page and extracting its main text (trafilatura, an extra).

Offsets in the summary then refer to the extracted text, which the summary carries
as ``ArticleSummary.text``. Nothing is fetched: the caller passes the page.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .._errors import InvalidArticleError

# A page, not prose that mentions a tag: it starts with a doctype or a structural tag.
_PAGE_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.I)
# Or it is mostly markup: many tags from the start.
_TAG = re.compile(r"</?(?:p|div|article|section|span|a|h[1-6]|br|meta|script|main|header)\b[^>]*>", re.I)


def looks_like_html(text: str) -> bool:
    """True for an HTML page or fragment; a news text that mentions ``<p>`` is not one."""
    if _PAGE_START.match(text):
        return True
    head = text[:5000]
    return head.lstrip().startswith("<") and len(_TAG.findall(head)) >= 3


@dataclass(frozen=True)
class Extracted:
    text: str
    published: dt.date | None


# What to install for a module trafilatura needs, by the name an ImportError gives.
_INSTALL = {
    "trafilatura": "'trafilatura>=2.0,<3'",
    # lxml moved its HTML cleaner out (lxml 5.2); old pips ignore lxml[html_clean].
    "lxml_html_clean": "lxml_html_clean",
    "lxml.html.clean": "lxml_html_clean",
    "lxml": "lxml",
}


def install_hint(exc: ImportError) -> str:
    """What to install, naming the module that is actually missing: trafilatura may be
    there and one of its own imports not (``lxml_html_clean``, whose absence lxml
    reports with a message and no module name)."""
    named = re.search(r"No module named '([\w.]+)'", str(exc))
    missing = exc.name or (named.group(1) if named else None)
    if missing is None and "lxml_html_clean" in str(exc):
        missing = "lxml_html_clean"
    if missing is None:
        return (
            f"the article is an HTML page, and trafilatura, which extracts its text, cannot be imported ({exc}); "
            "reinstall it (from a clone: pip install '.[html]'), or pass the article's plain text"
        )
    package = _INSTALL.get(missing) or _INSTALL.get(missing.split(".")[0]) or missing.split(".")[0]
    what = "is not installed" if missing == "trafilatura" else "is not installed, and trafilatura needs it"
    return (
        f"the article is an HTML page, whose text is extracted with trafilatura; {missing} {what}: "
        f"pip install {package} (from a clone: pip install '.[html]'), or pass the article's plain text"
    )


def extract(page: str) -> Extracted:
    """The main text of an HTML page (paragraphs separated by blank lines) and the
    publication date its metadata gives, if any.

    Raises InvalidArticleError when trafilatura is not installed or finds no text.
    """
    try:
        import trafilatura
    except ImportError as exc:
        raise InvalidArticleError(install_hint(exc)) from exc
    document = trafilatura.bare_extraction(
        page,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        with_metadata=True,
        as_dict=False,
    )
    body = getattr(document, "text", None) if document is not None else None
    if not body or not any(ch.isalnum() for ch in body):
        raise InvalidArticleError(
            "the HTML page has no main text that could be extracted (no article paragraphs); "
            "pass the article's plain text instead"
        )
    # trafilatura puts one paragraph per line; blank lines make them paragraphs for
    # sentence splitting, as in a plain-text article.
    text = re.sub(r"\n+", "\n\n", body.strip())
    published = None
    date = getattr(document, "date", None)
    if date:
        try:
            published = dt.date.fromisoformat(str(date)[:10])
        except ValueError:
            published = None
    return Extracted(text=text, published=published)
