"""Cross-cutting suites: every screen, the command line, the built package."""
