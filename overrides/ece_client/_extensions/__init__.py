"""Hand-written methods added to generated operation groups (workflows the spec cannot describe).

The group template (templates/endpoint_init.py.jinja) makes `<Group>` inherit from
`<Group>Extension` and `Async<Group>` from `Async<Group>Extension` for each group listed there.
"""
