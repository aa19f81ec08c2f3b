"""The Plan tab: week and month views of tasks and check-ins, the task editor,
adherence figures and reminders."""
