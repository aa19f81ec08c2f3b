"""Tests of smartgoals_app.ui with pytest-qt: real widgets, keys and clicks."""
