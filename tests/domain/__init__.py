"""Tests of smartgoals_app.domain: pure rules, no database, no Qt."""
