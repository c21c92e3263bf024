"""A ModernGov-style web page to its main text: chrome dropped, blocks as lines, cells by tabs."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser

from extractors.formats.text import decode_text
from extractors.pages import normalise_line_ends
from schemas import Page, PageQuality

VOID_TAGS = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)
DROPPED_TAGS = frozenset(
    "script style nav noscript template svg iframe object select button head canvas".split()
)
DROPPED_ROLES = frozenset({"navigation", "banner", "contentinfo", "search"})
CHROME_TAGS = frozenset({"header", "footer"})
"""Page chrome, dropped unless inside an article/main/section where they hold its title."""
CONTENT_PARENTS = frozenset({"article", "main", "section"})
PARAGRAPH_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 table blockquote pre".split())
BLOCK_TAGS = PARAGRAPH_TAGS | frozenset(
    """address article aside caption dd details dialog div dt fieldset figcaption figure
    footer form header hr legend li main nav section summary tbody tfoot thead tr""".split()
)
# An open tag of the key kind is closed when one of these opens (HTML's implied end tags).
IMPLIED_CLOSE: dict[str, frozenset[str]] = {
    "p": frozenset(BLOCK_TAGS - {"p"}) | {"p"},
    "li": frozenset({"li"}),
    "dt": frozenset({"dt", "dd"}),
    "dd": frozenset({"dt", "dd"}),
    "td": frozenset({"td", "th", "tr"}),
    "th": frozenset({"td", "th", "tr"}),
    "tr": frozenset({"tr"}),
    "option": frozenset({"option"}),
}
# What stops the search for an implied close: a <li> in a nested list does not close the outer one.
CLOSE_BARRIERS = frozenset({"ul", "ol", "dl", "table", "div", "td", "th"})

_SPACES = re.compile(r"[ \t\n\r\f\v\xa0\u200b]+")
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", re.I)


@dataclass
class Node:
    """An element of the parsed page; children are Nodes or text strings."""

    tag: str
    attrs: dict[str, str]
    parent: Node | None = None
    children: list[Node | str] = field(default_factory=list)

    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


class _TreeBuilder(HTMLParser):
    """A forgiving tree builder: void tags, implied end tags and stray end tags are handled."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack: list[Node] = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._close_implied(tag)
        node = Node(tag, {k: v or "" for k, v in attrs}, parent=self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in VOID_TAGS:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._close_implied(tag)
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}, self.stack[-1]))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return
        # An end tag with no open element is ignored, as browsers do.

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def _close_implied(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            open_tag = self.stack[depth].tag
            if tag in IMPLIED_CLOSE.get(open_tag, ()):
                del self.stack[depth:]
                return
            if open_tag in CLOSE_BARRIERS:
                return


def parse_html(html: str) -> Node:
    """The page's element tree (tag names lower-case, as html.parser gives them)."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def _walk(node: Node) -> list[Node]:
    found: list[Node] = []
    pending = [node]
    while pending:
        current = pending.pop()
        found.append(current)
        pending.extend(c for c in reversed(current.children) if isinstance(c, Node))
    return found


def main_regions(root: Node) -> list[Node]:
    """The elements holding the page's own content, by the first rule that finds any:
    <main>, .mgContent (ModernGov), #content, <article>, else <body>, else the whole page."""
    nodes = [n for n in _walk(root) if not _is_dropped(n)]
    tests: tuple[Callable[[Node], bool], ...] = (
        lambda n: n.tag == "main" or n.attrs.get("role") == "main",
        lambda n: "mgContent" in n.classes() or n.attrs.get("id") == "mgContent",
        lambda n: n.attrs.get("id") == "content",
        lambda n: n.tag == "article",
        lambda n: n.tag == "body",
    )
    for test in tests:
        found = [node for node in nodes if test(node)]
        # Several blocks (two articles, two .mgContent panels) are all content; a match
        # nested inside another is already rendered with its ancestor.
        outer = [node for node in found if not any(_contains(other, node) for other in found)]
        if outer:
            return outer
    return [root]


def _contains(ancestor: Node, node: Node) -> bool:
    parent = node.parent
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parent
    return False


def _is_dropped(node: Node) -> bool:
    if node.tag in DROPPED_TAGS or node.attrs.get("role") in DROPPED_ROLES:
        return True
    if "hidden" in node.attrs or node.attrs.get("aria-hidden") == "true":
        return True
    if node.tag in CHROME_TAGS:
        ancestor = node.parent
        while ancestor is not None:
            if ancestor.tag in CONTENT_PARENTS:
                return False
            ancestor = ancestor.parent
        return True
    return False


class _Renderer:
    """Renders a tree to text: blocks on their own lines, table cells tab-separated."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def render(self, root: Node) -> None:
        # An explicit stack, not recursion: broken pages can nest thousands of unclosed tags.
        pending: list[tuple[Node | str | int, bool]] = [(root, False)]
        while pending:
            item, in_pre = pending.pop()
            if isinstance(item, int):
                self._line_breaks(item)
                continue
            if isinstance(item, str):
                self._inline(item if in_pre else _SPACES.sub(" ", item), in_pre)
                continue
            if _is_dropped(item):
                continue
            tag = item.tag
            if tag == "br":
                self.parts.append("\n")
                continue
            if tag in ("td", "th") and self._cell_follows(item):
                self.parts.append("\t")
            if tag == "img" and item.attrs.get("alt", "").strip():
                self._inline(f" {_SPACES.sub(' ', item.attrs['alt']).strip()} ", in_pre=False)
            pre = in_pre or tag == "pre"
            if tag in BLOCK_TAGS:
                breaks = 2 if tag in PARAGRAPH_TAGS else 1
                self._line_breaks(breaks)
                pending.append((breaks, True))  # the closing break, emitted after the children
            pending.extend((child, pre) for child in reversed(item.children))

    def _inline(self, text: str, in_pre: bool) -> None:
        """Append text, not doubling a space that the output already ends with."""
        if (
            not in_pre
            and text.startswith(" ")
            and (not self.parts or self.parts[-1][-1:].isspace())
        ):
            text = text[1:]
        if text:
            self.parts.append(text)

    def _line_breaks(self, count: int) -> None:
        """End the current line with `count` newlines in all; adjacent blocks do not add up."""
        trailing = 0
        for part in reversed(self.parts):
            stripped = part.rstrip(" ")
            trailing += len(stripped) - len(stripped.rstrip("\n"))
            if stripped.strip("\n"):
                break
        if self.parts and trailing < count:
            self.parts.append("\n" * (count - trailing))

    @staticmethod
    def _cell_follows(node: Node) -> bool:
        """True when an earlier cell of the same row was rendered (so a tab separates them)."""
        if node.parent is None:
            return False
        for sibling in node.parent.children:
            if sibling is node:
                return False
            if isinstance(sibling, Node) and sibling.tag in ("td", "th"):
                return True
        return False


def _tidy(text: str) -> str:
    """Trim spaces at line ends and around tabs; at most one blank line in a row."""
    lines = []
    for line in text.split("\n"):
        cells = [cell.strip(" ") for cell in line.split("\t")]
        lines.append("\t".join(cells).rstrip("\t") if any(cells) else "")
    tidy = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", tidy).strip("\n")


def html_to_text(html: str) -> str:
    """The main text of an HTML page."""
    renderer = _Renderer()
    for region in main_regions(parse_html(html)):
        renderer.render(region)
    return _tidy(normalise_line_ends("".join(renderer.parts)))


def decode_html(data: bytes) -> str:
    """HTML bytes to str, honouring a <meta charset> when no BOM says otherwise."""
    declared = _META_CHARSET.search(data[:4096])
    if declared and not data.startswith((codecs.BOM_UTF8, b"\xff\xfe", b"\xfe\xff")):
        try:
            codec = codecs.lookup(declared.group(1).decode("ascii")).name
            # Browsers read a latin-1 or ASCII declaration as Windows-1252, and so do pages.
            if codec in ("latin-1", "iso8859-1", "ascii"):
                codec = "cp1252"
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall back to sniffing the encoding
    return decode_text(data)


def read_html(data: bytes, document_id: str) -> list[Page]:
    """An HTML file as one page of its main text."""
    text = html_to_text(decode_html(data))
    quality = PageQuality.OK if text.strip() else PageQuality.EMPTY
    return [Page(document_id=document_id, number=1, text=text, quality=quality)]
