"""Text out of PDF, HTML and text files, then rule-based extraction of facts (no Dagster here)."""
