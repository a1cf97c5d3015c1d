"""Hand-written methods added to generated operation groups (workflows the spec cannot describe).

The group template (templates/endpoint_init.py.jinja) makes `<Group>` inherit from
`<Group>Extension` (in `<tag>.py`) and `Async<Group>` from `Async<Group>Extension` (in `<tag>_async.py`,
so that a sync client does not load it) for each group listed there.
"""
