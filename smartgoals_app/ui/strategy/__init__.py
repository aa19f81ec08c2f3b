"""Editing a strategy after the wizard, archiving it with its goals and bringing it back."""
