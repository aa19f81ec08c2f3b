"""The PDF report: layout, menu action, command."""
