"""Counts (and notes) the robustness tests record, printed at the end of the run."""

STATS: dict[str, int] = {}
NOTES: list[str] = []
