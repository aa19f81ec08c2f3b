"""Tests of smartgoals_app.services over a real SQLite file; no Qt."""
