"""A document's pages joined into one string, with offsets mapped back to pages for evidence."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from schemas import Evidence, Page, Reject

PAGE_SEPARATOR = "\n\f\n"
"""Put between pages in the joined text: a form feed no sentence rule will run across."""

ModelT = TypeVar("ModelT", bound=BaseModel)


@dataclass(frozen=True)
class DocText:
    """The joined text of a document; every extractor reads this and cites through it."""

    document_id: str
    text: str
    page_starts: tuple[int, ...]  # offset in `text` where each page (1, 2, ...) begins

    @classmethod
    def from_pages(cls, document_id: str, pages: Iterable[Page | str]) -> DocText:
        texts = [p.text if isinstance(p, Page) else p for p in pages]
        starts: list[int] = []
        offset = 0
        for page_text in texts:
            starts.append(offset)
            offset += len(page_text) + len(PAGE_SEPARATOR)
        return cls(document_id, PAGE_SEPARATOR.join(texts), tuple(starts) or (0,))

    def page_of(self, offset: int) -> int:
        """The 1-based page holding this offset of the joined text."""
        return bisect.bisect_right(self.page_starts, offset)

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for text[start:end]; offsets in the result are within the page's own text."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        page = self.page_of(start)
        page_start = self.page_starts[page - 1]
        # A span never crosses a page in the citation: clip it to its first page.
        if page < len(self.page_starts):
            end = min(end, max(start + 1, self.page_starts[page] - len(PAGE_SEPARATOR)))
        return Evidence(
            document_id=self.document_id,
            page=page,
            start=start - page_start,
            end=end - page_start,
            quote=self.text[start:end],
        )


@dataclass
class Collector:
    """Builds records for one document, keeping the ones that fail validation as rejects."""

    document_id: str
    rejects: list[Reject] = field(default_factory=list)

    def build(self, model: type[ModelT], **fields: Any) -> ModelT | None:
        try:
            return model(**fields)
        except ValidationError as error:
            self.rejects.append(
                Reject(
                    document_id=self.document_id,
                    record_type=model.__name__,
                    reason=_short_reason(error),
                    payload={k: _plain(v) for k, v in fields.items()},
                )
            )
            return None


def _short_reason(error: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in e['loc']) or 'record'}: {e['msg']}" for e in error.errors()
    )


def _plain(value: Any) -> Any:
    """A JSON-friendly copy of a field value for the rejects table."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


Extractor = Callable[[DocText, Collector], list[Any]]
