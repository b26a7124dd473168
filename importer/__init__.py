"""lexoffice-import: get contacts into lexoffice (Lexware Office) right the first time.

The library entry point is :func:`importer.pipeline.check_file`; the command line in
:mod:`importer.cli` only renders its result. Heavy libraries are imported lazily so that
``lexoffice-import --help`` starts fast.
"""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("lexoffice-import")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]
