"""HTML descriptions (Aides-territoires) turned into plain text, with the standard library's parser.

Nothing is rendered and nothing is fetched: tags become line breaks or bullets, entities are unescaped,
scripts, styles and comments vanish, runs of whitespace collapse to one space.

The result is safe to show in a widget that guesses rich text (Qt's AutoText): a "<" that would start
a tag ("<b", "</", "<!", "<?") is written "< " (with a space), so no text can ever be taken for markup
again, even when the source wrote it escaped ("&lt;script&gt;").
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Final

# Blocks that stand apart from what surrounds them by a blank line.
_PARAGRAPHS: Final = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "dl", "hr", "figure", "address"}
)
# Blocks that start on a line of their own.
_LINES: Final = frozenset(
    {
        "div", "section", "article", "header", "footer", "aside", "nav", "main", "tr", "dt", "dd",
        "figcaption", "form", "fieldset", "details", "summary", "caption", "tbody", "thead", "tfoot",
    }
)  # fmt: skip
_LISTS: Final = frozenset({"ul", "ol", "menu"})
# Their content is never text for a reader.
_HIDDEN: Final = frozenset({"script", "style", "template", "noscript"})
_VOID: Final = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)

_HTML_WHITESPACE: Final = re.compile(r"[ \t\n\r\f\v]+")
_NEEDS_COLLAPSE: Final = re.compile(r"[\t\n\r\f\v]|  ")
_LOOKS_LIKE_TAG: Final = re.compile(r"<(?=[A-Za-z/!?])")
_HAS_MARKUP: Final = re.compile(r"<[A-Za-z/!?]")
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_BLANK_LINES: Final = re.compile(r"\n{3,}")
_TRAILING_SPACES: Final = re.compile(r"[ \t]+\n")
_BULLET: Final = "• "


def html_to_text(source: str) -> str:
    """Plain text of an HTML fragment: paragraphs apart, <br> as a new line, <li> as "• item".

    Text without any tag is taken as plain text already: its line breaks are kept (only entities are
    unescaped and blank lines squeezed), since Aides-territoires mixes both in the same field.
    """
    if not source:
        return ""
    cleaned = _CONTROL.sub("", source)
    if not _HAS_MARKUP.search(cleaned):
        text = html.unescape(cleaned).replace("\r\n", "\n").replace("\r", "\n")
        text = _TRAILING_SPACES.sub("\n", text)
        return _defuse(_BLANK_LINES.sub("\n\n", text).strip())
    parser = _TextParser()
    parser.feed(cleaned)
    parser.close()
    return _defuse(parser.text())


def _defuse(text: str) -> str:
    """Break every "<" that could open a tag, so that the text never reads as markup."""
    return _LOOKS_LIKE_TAG.sub("< ", text)


class _TextParser(HTMLParser):
    """Writes text as it comes, with breaks requested by tags and flushed before the next text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._out: list[str] = []
        self._pending_breaks = 0
        self._pending_space = False
        self._at_line_start = True
        self._bullet_open = False  # a bullet was written and its item has no text yet
        self._hidden_depth = 0
        self._lists: list[list[int]] = []  # one entry per open list: [next number] for <ol>, [] for <ul>
        self._cells_in_row = 0

    # -- writing ---------------------------------------------------------------------------------------

    def _request_break(self, count: int) -> None:
        if self._bullet_open:
            return
        if self._lists:
            count = 1  # paragraphs inside a list item stay close to their bullet
        self._pending_breaks = max(self._pending_breaks, count)
        self._pending_space = False

    def _flush_breaks(self) -> None:
        if self._pending_breaks and self._out:
            self._out.append("\n" * self._pending_breaks)
            self._at_line_start = True
        self._pending_breaks = 0

    def _write_prefix(self, prefix: str) -> None:
        self._flush_breaks()
        if not self._at_line_start:
            self._out.append("\n")
        self._out.append(prefix)
        self._at_line_start = True  # leading spaces of the item are still dropped
        self._pending_space = False
        self._bullet_open = True

    def _write_text(self, data: str) -> None:
        collapsed = _HTML_WHITESPACE.sub(" ", data) if _NEEDS_COLLAPSE.search(data) else data
        words = collapsed.strip(" ")
        if not words:
            if collapsed and not self._at_line_start:
                self._pending_space = True
            return
        if collapsed[0] == " " and not self._at_line_start:
            self._pending_space = True
        self._flush_breaks()
        if self._pending_space and not self._at_line_start:
            self._out.append(" ")
        self._out.append(words)
        self._pending_space = collapsed[-1] == " "
        self._at_line_start = False
        self._bullet_open = False

    def text(self) -> str:
        text = _TRAILING_SPACES.sub("\n", "".join(self._out))
        return _BLANK_LINES.sub("\n\n", text).strip()

    # -- parser callbacks ------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            if tag not in _VOID:
                self._hidden_depth += 1
            return
        if self._hidden_depth:
            return
        if tag == "br":
            self._flush_breaks()
            self._out.append("\n")
            self._at_line_start = True
            self._pending_space = False
            self._bullet_open = False
        elif tag in _LISTS:
            self._request_break(1 if self._lists else 2)
            self._lists.append([1] if tag == "ol" else [])
        elif tag == "li":
            indent = "  " * max(len(self._lists) - 1, 0)
            numbering = self._lists[-1] if self._lists else []
            if numbering:
                prefix = f"{indent}{numbering[0]}. "
                numbering[0] += 1
            else:
                prefix = indent + _BULLET
            self._write_prefix(prefix)
        elif tag in _PARAGRAPHS:
            self._request_break(2)
        elif tag in _LINES:
            self._request_break(1)
            if tag == "tr":
                self._cells_in_row = 0
        elif tag in {"td", "th"}:
            if self._cells_in_row:
                self._write_text(" | ")
            self._cells_in_row += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <hr/>, and self-closed tags that are not void in HTML (<p/>): never open anything.
        if tag in _HIDDEN:
            return
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden_depth = max(self._hidden_depth - 1, 0)
            return
        if self._hidden_depth:
            return
        if tag in _LISTS:
            if self._lists:
                self._lists.pop()
            self._bullet_open = False
            self._request_break(2)
        elif tag == "li":
            self._bullet_open = False
            self._request_break(1)
        elif tag in _PARAGRAPHS:
            self._bullet_open = False
            self._request_break(2)
        elif tag in _LINES:
            self._request_break(1)

    def handle_data(self, data: str) -> None:
        if not self._hidden_depth:
            self._write_text(data)
