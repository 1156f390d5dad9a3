"""gazetteer package."""
