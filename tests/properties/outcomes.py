"""What a reader does with one input: its result, or the error it is allowed to raise (returned, so
that a property can look at it); any other exception goes through and fails the property."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
E = TypeVar("E", bound=Exception)


def outcome(allowed: type[E], function: Callable[..., T], *args: object, **kwargs: object) -> T | E:
    try:
        return function(*args, **kwargs)
    except allowed as error:
        return error
