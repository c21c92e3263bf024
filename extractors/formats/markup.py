"""Text files that carry HTML (blog and CMS exports of minutes): the markup turned into the text a reader sees."""

from __future__ import annotations

import html
import re

from extractors.formats.html import fragment_to_text

_KNOWN_TAGS = (
    r"table|thead|tbody|tfoot|tr|td|th|caption|colgroup|col|p|div|span|br|hr|strong|b|i|em|u|a|ul|ol|li|"
    r"dl|dt|dd|h[1-6]|blockquote|pre|font|sup|sub|small|big|strike|s|del|ins|mark|abbr|code|center|"
    r"section|article|figure|figcaption|img|o:p"
)
# Only tags of real HTML elements, attributes quoted or not: "<5 years", "<AI1>" or an
# autolink "<https://...>" are text, not markup.
_TAG = re.compile(
    rf"<(?P<close>/)?(?P<name>{_KNOWN_TAGS})(?![\w:-])(?:\s(?:[^<>\"']|\"[^\"]*\"|'[^']*')*)?/?>", re.I
)
_BLOCK_TAGS = frozenset(
    "table p div ul ol dl h1 h2 h3 h4 h5 h6 blockquote pre section article figure center".split()
)
# Markdown lets raw HTML blocks start a line; a block tag there marks the file as carrying HTML.
_LINE_START_BLOCK = re.compile(
    r"^[ \t]*</?(?:table|thead|tbody|tr|td|th|p|div|ul|ol|li|dl|h[1-6]|blockquote|pre|section|article|"
    r"figure|center|br|hr)(?![\w:-])[^<>]*>",
    re.I | re.M,
)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_BLANK_LINE = re.compile(r"\n[ \t\xa0]*\n")


def has_markup(text: str) -> bool:
    """True when the text carries HTML: a block tag starting a line and at least one closing tag."""
    if not _LINE_START_BLOCK.search(text):
        return False
    return any(match["close"] or match["name"].lower() == "br" for match in _TAG.finditer(text))


def markup_to_text(text: str) -> str:
    """The text with its HTML blocks rendered (table rows as lines of tab-separated cells, paragraphs
    as lines), other tags dropped and entities decoded; text without markup is returned unchanged."""
    if not has_markup(text):
        return text
    pieces: list[str] = []
    position = 0
    for start, end in _block_regions(text):
        pieces.append(_inline_to_text(text[position:start]))
        rendered = fragment_to_text(text[start:end])
        before = "".join(pieces)
        # A block is its own line: a browser never runs it into the text around it.
        if before and not before.endswith("\n") and rendered:
            rendered = "\n" + rendered
        if end < len(text) and text[end] != "\n" and rendered:
            rendered += "\n"
        pieces.append(rendered)
        position = end
    pieces.append(_inline_to_text(text[position:]))
    return "".join(pieces)


def _block_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each outermost HTML block element, from its opening tag to its matching end tag."""
    regions: list[tuple[int, int]] = []
    tags = list(_TAG.finditer(text))
    index = 0
    while index < len(tags):
        opening = tags[index]
        name = opening["name"].lower()
        if opening["close"] or name not in _BLOCK_TAGS or opening.group().endswith("/>"):
            index += 1
            continue
        end, index = _matching_end(text, tags, index, name)
        regions.append((opening.start(), end))
    return regions


def _matching_end(text: str, tags: list[re.Match[str]], index: int, name: str) -> tuple[int, int]:
    """Where the block opened by tags[index] ends, and the index of the first tag after it."""
    depth = 0
    opened_at = tags[index].start()
    # A paragraph never nests and an unclosed one ends at a blank line, as in a Markdown HTML block.
    limit = len(text)
    if name == "p":
        blank = _BLANK_LINE.search(text, opened_at)
        limit = blank.start() if blank else len(text)
    for later in range(index, len(tags)):
        tag = tags[later]
        if tag.start() >= limit:
            break
        if tag["name"].lower() != name:
            continue
        if not tag["close"]:
            depth = 1 if name == "p" else depth + 1
            continue
        depth -= 1
        if depth == 0:
            return tag.end(), later + 1
    if limit == len(text):
        blank = _BLANK_LINE.search(text, opened_at)
        limit = blank.start() if blank else len(text)
    following = next((i for i in range(index + 1, len(tags)) if tags[i].start() >= limit), len(tags))
    return limit, following


def _inline_to_text(text: str) -> str:
    """Text between blocks: a line break for <br>, other tags dropped, entities decoded."""
    def replace(match: re.Match[str]) -> str:
        return "\n" if match["name"].lower() == "br" else ""

    return _ENTITY.sub(_decode_entity, _TAG.sub(replace, text))


def _decode_entity(match: re.Match[str]) -> str:
    decoded = html.unescape(match.group())
    # A non-breaking space reads as a space; entities HTML does not define stay as written.
    return decoded.replace("\xa0", " ")
