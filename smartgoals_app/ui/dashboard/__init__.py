"""The progress dashboard: goal list, goal detail with its chart, check-ins, export."""
