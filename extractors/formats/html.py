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
        # Each item carries (in <pre>, in a cell whose blocks stay on the row's line).
        pending: list[tuple[Node | str | int, bool, bool]] = [(root, False, False)]
        while pending:
            item, in_pre, in_cell = pending.pop()
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
            if tag == "tr" and not _text_of(item):
                continue  # an empty spacer row is no line of the table
            if tag in ("td", "th") and self._cell_follows(item):
                self.parts.append("\t")
            if tag == "img" and item.attrs.get("alt", "").strip():
                self._inline(f" {_SPACES.sub(' ', item.attrs['alt']).strip()} ", in_pre=False)
            pre = in_pre or tag == "pre"
            # A cell whose content is one paragraph (<td><p align="right">£20.00</p></td>) stays on its
            # row's line, so the row reads as one row of cells; a cell holding several blocks (a layout
            # table around minutes) or a whole table keeps its lines.
            cell = in_cell or (tag in ("td", "th") and _single_block(item))
            if tag == "dd" and _follows_term(item):
                # A definition list is label/value pairs: "Name:<tab>Priya Halloran" on one line.
                self._join_line()
                self.parts.append("\t")
                pending.append((1, True, cell))
                pending.extend((child, pre, cell) for child in reversed(item.children))
                continue
            if tag in BLOCK_TAGS and in_cell:
                self._inline(" ", in_pre=False)
                pending.append((" ", False, cell))
            elif tag in BLOCK_TAGS:
                breaks = 2 if tag in PARAGRAPH_TAGS else 1
                self._line_breaks(breaks)
                pending.append((breaks, True, cell))  # the closing break, emitted after the children
            if tag == "li" and item.parent is not None and item.parent.tag == "ol":
                # The browser shows an ordered list's numbers; decisions are cited by them.
                self._inline(f"{_list_label(item)} ", in_pre=False)
            pending.extend((child, pre, cell) for child in reversed(item.children))

    def _join_line(self) -> None:
        """Remove the line breaks the output ends with, so the next text continues the last line."""
        while self.parts and not self.parts[-1].strip(" \n"):
            self.parts.pop()
        if self.parts:
            self.parts[-1] = self.parts[-1].rstrip(" \n")

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


def _single_block(cell: Node) -> bool:
    """True when a table cell holds at most one block element and no table."""
    blocks = [n for n in _walk(cell)[1:] if n.tag in BLOCK_TAGS or n.tag in ("td", "th")]
    return len(blocks) <= 1 and not any(n.tag == "table" for n in blocks)


def _follows_term(node: Node) -> bool:
    """True when the nearest element before this <dd> is a <dt> (its label)."""
    if node.parent is None:
        return False
    before = [c for c in node.parent.children[: node.parent.children.index(node)] if isinstance(c, Node)]
    return bool(before) and before[-1].tag == "dt"


def _roman(number: int) -> str:
    numerals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, letters in numerals:
        while number >= value:
            out += letters
            number -= value
    return out


def _list_label(item: Node) -> str:
    """The number a browser shows before an <ol> item: "1.", or "(a)"/"(i)" for type="a"/"i" lists."""
    assert item.parent is not None
    siblings = [c for c in item.parent.children if isinstance(c, Node) and c.tag == "li"]
    try:
        start = int(item.parent.attrs.get("start", "1"))
    except ValueError:
        start = 1
    number = start + siblings.index(item)
    if "value" in item.attrs and item.attrs["value"].strip().isdigit():
        number = int(item.attrs["value"])
    kind = item.parent.attrs.get("type", "1")
    if kind in ("a", "A") and 1 <= number <= 26:
        letter = chr(ord("a") + number - 1)
        return f"({letter.upper() if kind == 'A' else letter})"
    if kind in ("i", "I") and number >= 1:
        numeral = _roman(number)
        return f"({numeral.upper() if kind == 'I' else numeral})"
    return f"{number}."


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
    return _main_text(parse_html(html))


def fragment_to_text(html: str) -> str:
    """The text a reader sees of a piece of HTML (a table or paragraph pasted into a text file), all of it."""
    renderer = _Renderer()
    renderer.render(parse_html(html))
    return _tidy(normalise_line_ends("".join(renderer.parts)))


def _main_text(root: Node) -> str:
    renderer = _Renderer()
    for region in main_regions(root):
        renderer.render(region)
    return _tidy(normalise_line_ends("".join(renderer.parts)))


_COPYRIGHT = re.compile(r"(?:©|\(c\)|\bcopyright\b)\s*(?:\d{4}\s*)?(?P<owner>[A-Z][^©\n]{2,80}?)\s*(?:\d{4})?\s*$", re.I)


def _text_of(node: Node) -> str:
    parts = [c if isinstance(c, str) else _text_of(c) for c in node.children
             if isinstance(c, str) or c.tag not in ("script", "style")]
    return _SPACES.sub(" ", " ".join(parts)).strip()


def page_title(root: Node) -> str | None:
    """The page's <title>: ModernGov titles name the meeting or decision and end with the council's name."""
    titles = [n for n in _walk(root) if n.tag == "title"]
    title = _text_of(titles[0]) if titles else ""
    return title or None


def copyright_line(root: Node) -> str | None:
    """The site owner's copyright notice ("© Wessex County Council"), wherever the page puts it."""
    for node in _walk(root):
        if node.tag in ("script", "style", "title"):
            continue
        for child in node.children:
            if isinstance(child, str) and ("©" in child or "opyright" in child):
                text = _text_of(node)
                if _COPYRIGHT.search(text) and len(text) <= 120:
                    return text
    return None


def page_text(html: str) -> str:
    """The text a reader of the page sees as its document: the main content, then the <title> and the
    copyright notice (they name the council publishing the page, which its content often does not)."""
    root = parse_html(html)
    main = _main_text(root)
    title = page_title(root)
    notice = copyright_line(root)
    lines = [main]
    # The site's own lines go after the content, where a reader meets the footer: put first, the
    # title would read as the heading of the page's first section.
    if title and title not in main:
        lines.append(title)
    if notice and notice not in main:
        lines.append(notice)
    return "\n\n".join(line for line in lines if line)


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
    text = page_text(decode_html(data))
    quality = PageQuality.OK if text.strip() else PageQuality.EMPTY
    return [Page(document_id=document_id, number=1, text=text, quality=quality)]
