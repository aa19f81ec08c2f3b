"""All active goals at a glance: a card each, the ones that need attention first."""
