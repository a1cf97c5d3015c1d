"""Hand-written methods added to generated operation groups (workflows the spec cannot describe).

The group template (templates/endpoint_init.py.jinja) makes `<Group>` inherit from
`<Group>Extension` (in `<tag>.py`) and `Async<Group>` from `Async<Group>Extension` (in `<tag>_async.py`,
so that a sync client does not load it) for each group listed there.

The defaults of a plan wait live here, where the methods whose signatures show them
(``wait_for_plans(timeout=...)``) import them, apart from `WaitSettings` (``_plan_settings``):
the signatures then need neither that class nor a module of their own on a first call.
"""

DEFAULT_TIMEOUT = 3600.0
"""Seconds a wait lasts by default: ECE plans on large clusters take many minutes."""
DEFAULT_POLL_INTERVAL = 5.0
"""Seconds between two readings of the deployment."""
DEFAULT_MAX_POLL_ERRORS = 5
"""Readings in a row that may fail (after the client's own retries) before the error is raised."""
