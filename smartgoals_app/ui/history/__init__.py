"""A goal's change history: who changed what, and when."""
