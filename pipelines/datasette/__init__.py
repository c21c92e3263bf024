"""Datasette setup for the papers database: metadata, canned queries, dashboard, serve command."""
