"""Counts the robustness tests record, printed as one summary line at the end of the run."""

STATS: dict[str, int] = {}
