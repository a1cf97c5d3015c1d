"""Every schema of the ECE API as a model class, imported on first use (PEP 562).

`from ece_client.models import DeploymentGetResponse` loads that one module, not all of them.
Importing any model runs this module, so the index of names (`_index`) is loaded only when a
name is looked up here: the runtime imports a nested model's module directly.
"""

import typing as _typing

if _typing.TYPE_CHECKING:  # checkers see every class (a misspelled model name is an error)
    from ._all import *  # noqa: F403
else:

    def __getattr__(name: str) -> object:
        """A model class (or `__all__`), imported on first use."""
        from ._index import MODULES

        if name == "__all__":
            value: object = sorted(MODULES)
        else:
            module = MODULES.get(name)
            if module is None:
                raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
            import importlib

            value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        from ._index import MODULES

        return sorted({*globals(), *MODULES} - {"_typing"})
