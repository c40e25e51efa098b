"""The coder's mixins never define the same method twice: in one class a later definition would
silently replace the other (a helper named like another mixin's once cost 24 true events)."""

from __future__ import annotations

from collections import defaultdict

from sukien.events.coder import Coder


def test_no_method_is_defined_by_two_classes_of_the_coder() -> None:
    where: dict[str, list[str]] = defaultdict(list)
    for cls in Coder.__mro__[:-1]:  # all but object
        for name, value in vars(cls).items():
            method = callable(value) or isinstance(value, (staticmethod, classmethod, property))
            if method and not name.startswith("__"):
                where[name].append(cls.__name__)
    assert not {name: owners for name, owners in where.items() if len(owners) > 1}
