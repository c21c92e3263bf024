"""Reusable annotated field types shared by the record models."""

from decimal import Decimal
from typing import Annotated

from pydantic import Field, StringConstraints

Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
"""A document id: the lowercase hex SHA-256 of the file's bytes."""

NonEmptyStr = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]

Gbp = Annotated[Decimal, Field(max_digits=18, decimal_places=2)]
"""An amount in pounds sterling, to the penny."""

PageNumber = Annotated[int, Field(ge=1)]
"""A 1-based page number; a text file is one page per form feed (or one page)."""

Offset = Annotated[int, Field(ge=0)]

Confidence = Annotated[float, Field(ge=0.0, le=1.0)]

FinancialYear = Annotated[str, StringConstraints(pattern=r"^\d{4}/\d{2}$")]
"""A UK financial year written `2017/18` (1 April 2017 to 31 March 2018)."""
