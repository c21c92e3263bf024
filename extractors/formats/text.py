"""Plain text and Markdown: decode (UTF-8, BOM allowed, cp1252 fallback) and split on form feeds."""

from __future__ import annotations

import codecs

from extractors.errors import UnsupportedFormatError
from extractors.formats.markdown import looks_like_markdown, markdown_to_text
from extractors.pages import normalise_line_ends
from schemas import Page, PageQuality


def decode_text(data: bytes) -> str:
    """Bytes to str: a UTF-16/UTF-8 BOM is honoured, else UTF-8, else Windows-1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise UnsupportedFormatError("UTF-16 byte order mark but undecodable text") from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise UnsupportedFormatError("text is neither UTF-8 nor Windows-1252") from error


def split_text_pages(text: str) -> list[str]:
    """One page per form feed when the text has any, else the whole text as one page."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\f") if "\f" in text else [text]


def read_text(data: bytes, document_id: str) -> list[Page]:
    """A text file's pages, numbered from 1; HTML pasted into it and Markdown's marks are rendered, other text kept
    as written."""
    from extractors.formats.markup import markup_to_text  # here: the HTML reader imports this module

    text = decode_text(data)
    markdown = looks_like_markdown(text)
    # The rendered text is the page text itself, so evidence offsets point into what a reader sees.
    pages = [markup_to_text(page) for page in split_text_pages(text)]
    if markdown:
        pages = [markdown_to_text(page) for page in pages]
    # A trailing form feed (common at the end of printed text) does not start a real page.
    while len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    return [
        Page(
            document_id=document_id,
            number=number,
            text=normalise_line_ends(page),
            quality=PageQuality.OK if page.strip() else PageQuality.EMPTY,
        )
        for number, page in enumerate(pages, start=1)
    ]
