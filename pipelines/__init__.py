"""Orchestration: the SQLite store, Dagster definitions, the `papers` command line and exports."""
