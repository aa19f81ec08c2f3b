"""The dashboard: goal list, detail, chart, check-ins, import."""
