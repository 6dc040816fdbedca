"""wiretrace: turn news scraped from many outlets into a sourced story dossier.

`from wiretrace import Wiretrace` gives the Python API (see `wiretrace.api`). It is
imported lazily so that `import wiretrace.model` stays cheap (no spaCy load).
"""

from typing import Any

__all__ = ["Wiretrace"]


def __getattr__(name: str) -> Any:
    if name == "Wiretrace":
        from wiretrace.api import Wiretrace

        return Wiretrace
    raise AttributeError(f"module 'wiretrace' has no attribute {name!r}")
