"""Errors raised by the events input and store code.

Each class also inherits a built-in so callers can catch either. Messages name the file or the
field and say how to fix it. Ordinary misses (an unknown article, an event with no sources) are
values such as ``None``, not exceptions; an unreadable input file is reported as a
``events.readers.Rejected`` value rather than raised, so one bad file never stops a batch.
"""

from __future__ import annotations


class EventsError(Exception):
    """Base class of every error raised by ``events`` input, store and ingest code."""


class InputError(EventsError, ValueError):
    """A path given to the readers cannot be used at all (it does not exist, or is not a file)."""


class StoreError(EventsError, OSError):
    """The event store cannot be opened or written (bad URL, unwritable folder, schema clash)."""
