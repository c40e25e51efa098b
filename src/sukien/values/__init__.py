"""Values: DATE, MONEY and PERCENT mentions with normalised values (``ValueStage``)."""

from sukien.values.amounts import find_amounts
from sukien.values.dates import find_dates, resolve_published

__all__ = ["find_amounts", "find_dates", "resolve_published"]
