"""Problems met while reading articles: a `ReadError` for each, recorded in a list or raised.

`Problem` is what is wrong with one article, raised inside a reader before the file name is known;
`fail` records a problem in the caller's `errors` list, or raises BadArticle when there is none.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.errors import BadArticle


class Problem(Exception):
    """What is wrong with one article, before the file name is put in front."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message, self.line = message, line


@dataclass
class ReadError:
    """One problem met while reading: fatal ones lose an article, others only warn."""

    path: str
    message: str
    line: int | None = None
    fatal: bool = True

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


def fail(errors: list[ReadError] | None, path: str, message: str, line: int | None = None,
         fatal: bool = True) -> None:
    """Record a problem when collecting, else raise it (warnings are dropped when not collecting)."""
    err = ReadError(str(path), message, line, fatal)
    if errors is not None:
        errors.append(err)
    elif fatal:
        raise BadArticle(str(err))
