"""SmartGoals: social media goals that mean something, kept on your own computer."""

__version__ = "0.1.0"
APP_NAME = "SmartGoals"
ORG_NAME = "SmartGoals"
APP_ID = "io.github.smartgoals.SmartGoals"
