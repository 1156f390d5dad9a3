"""sitmap: a geospatial situation dashboard for security events in Kosovo, built from news text."""

__version__ = "0.1.0"
