"""Evidence: where in which document a fact was read, so a reader can check it."""

from pydantic import BaseModel, ConfigDict, model_validator

from schemas.types import NonEmptyStr, Offset, PageNumber, Sha256


class Evidence(BaseModel):
    """A quote with its document, page and character span within that page's text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    document_id: Sha256
    page: PageNumber
    start: Offset
    end: Offset
    quote: NonEmptyStr

    @model_validator(mode="after")
    def _span_is_ordered(self) -> "Evidence":
        if self.end <= self.start:
            raise ValueError(f"evidence span end {self.end} is not after start {self.start}")
        return self
