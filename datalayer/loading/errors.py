"""The one error type a bad data file raises: it names the file, the line, the column and the rule."""

from __future__ import annotations

from dataclasses import dataclass

MAX_PROBLEMS_SHOWN = 10


@dataclass(frozen=True)
class Problem:
    line: int | None  # the physical line in the CSV (header is line 1); None for file-level problems
    column: str | None
    rule: str
    value: str = ""

    def describe(self) -> str:
        where = f"line {self.line}" if self.line is not None else "whole file"
        column = f", column '{self.column}'" if self.column else ""
        value = f" (found {self.value!r})" if self.value not in ("", None) else ""
        return f"{where}{column}: {self.rule}{value}"


class DataFileError(Exception):
    """A curated data file breaks its schema."""

    def __init__(self, file: str, problems: list[Problem]):
        self.file = file
        self.problems = problems
        shown = "\n".join(f"  - {p.describe()}" for p in problems[:MAX_PROBLEMS_SHOWN])
        more = len(problems) - MAX_PROBLEMS_SHOWN
        tail = f"\n  ... and {more} more" if more > 0 else ""
        super().__init__(f"{file}: {len(problems)} problem(s)\n{shown}{tail}")
