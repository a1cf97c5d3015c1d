"""What the installed ece_client build has, asked of its generated code (never of its version string)."""

from __future__ import annotations

import importlib
import inspect


def build_has(thing: str) -> bool:
    """Whether the installed build's generated code has a model field, an operation or a parameter."""
    if "." in thing and thing[0].isupper():
        from ece_client._capabilities import has_field

        model, key = thing.split(".", 1)
        return has_field(model, key)
    group, _, rest = thing.partition(".")
    operation, _, parameter = rest.partition("(")
    try:
        module = importlib.import_module(f"ece_client.api.{group}")
    except ImportError:
        return False
    classes = [value for name, value in vars(module).items() if name.endswith("API") and not name.startswith("Async")]
    method = next((getattr(cls, operation) for cls in classes if hasattr(cls, operation)), None)
    if method is None:
        return False
    return not parameter or parameter.rstrip(")") in inspect.signature(method).parameters


def another_series_release() -> str:
    """A release of another ECE series (major.minor) than the installed build's, from spec/lock.json."""
    import ece_client
    import releases

    series = ece_client.ECE_VERSION.split(".")[:2]
    return next(release for release in reversed(releases.releases()) if release.split(".")[:2] != series)
