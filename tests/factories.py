"""Ready-made drafts for tests: one per kind of goal the method teaches, built by the
same builder as the demo data (smartgoals_app/services/sample_goals.py)."""

from __future__ import annotations

from smartgoals_app.services.sample_goals import followers_goal, response_time_goal, signups_goal

# The names the tests have always used; `today` is the goal's start.
signups_draft = signups_goal
response_time_draft = response_time_goal
vanity_draft = followers_goal

__all__ = ["response_time_draft", "signups_draft", "vanity_draft"]
