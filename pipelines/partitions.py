"""The documents partition set: one dynamic partition per document id (SHA-256 of its bytes)."""

from __future__ import annotations

from collections.abc import Sequence

from dagster import DynamicPartitionsDefinition

DOCUMENTS = "documents"

# Dagster's documented run tags for a partition range (their constants are not public API).
RANGE_START_TAG = "dagster/asset_partition_range_start"
RANGE_END_TAG = "dagster/asset_partition_range_end"

documents_partitions = DynamicPartitionsDefinition(name=DOCUMENTS)


def batch_tags(document_ids: Sequence[str]) -> dict[str, str]:
    """Run tags selecting the keys first..last, so a whole batch runs as ONE run.

    Dynamic partition keys keep the order they were added in, so a batch added together
    is a contiguous range.
    """
    if not document_ids:
        raise ValueError("an empty batch has no partition range")
    return {RANGE_START_TAG: document_ids[0],
            RANGE_END_TAG: document_ids[-1]}
