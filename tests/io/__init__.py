"""Tests of smartgoals_app.io: files read and written; no Qt."""
