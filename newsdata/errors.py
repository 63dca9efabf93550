"""Errors a user can act on.

Every error names the input it is about and, where it can, the place in it, so a batch
run can report each failure on one line and go on with the rest.
"""

from __future__ import annotations


class NewsdataError(Exception):
    """Base class: a problem with the user's data, never a bug in newsdata."""

    def __init__(self, message: str, *, source: str | None = None, where: str | None = None) -> None:
        self.message = message
        self.source = source
        self.where = where
        super().__init__(str(self))

    def __str__(self) -> str:
        place = self.source or "<input>"
        if self.where:
            place = f"{place}:{self.where}"
        return f"{place}: {self.message}"


class InputError(NewsdataError):
    """The input cannot be read as an article (empty, binary, undecodable, too large)."""


class ParseError(NewsdataError):
    """The text was read but does not look like an article (no headline, no body)."""
