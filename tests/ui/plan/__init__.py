"""The Plan tab: week and month views, tasks, reminders."""
