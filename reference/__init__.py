"""lexoffice reference data: the import column catalog, header synonyms and example exports.

Loaded with :mod:`importlib.resources`, so it works from a wheel as well as a checkout.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable


def data_file(name: str) -> Traversable:
    """A file shipped in the ``reference`` package, e.g. ``data_file("catalog.toml")``."""
    return resources.files(__name__).joinpath(name)


def example(name: str) -> Traversable:
    """A bundled example export from ``reference/examples``."""
    return resources.files(__name__).joinpath("examples", name)
