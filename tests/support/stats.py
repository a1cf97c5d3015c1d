"""Counts and details the robustness tests record, printed at the end of the run (conftest.py).

``STATS`` are counts, shown on one ``contract summary`` line. ``DETAILS`` are lists of lines by
topic (``prism could not serve``): a quiet run shows one line per topic with the count; ``pytest -v``
or ``ECE_TEST_DETAILS=1`` shows every line.
"""

STATS: dict[str, int] = {}
DETAILS: dict[str, list[str]] = {}
