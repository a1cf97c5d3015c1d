"""Results of the operator workflows (ecctl's multi-call commands as single SDK calls).

    from ece_client.workflows import VacateSummary, VacateResult

``ece.platform_infrastructure.vacate_allocator`` returns a `VacateSummary`;
``ece.deployments.upgrade_deployment`` returns an `UpgradeSummary`.
"""

from ._upgrade import UpgradeSummary
from ._vacate import FAILED, MOVED, VALIDATED, VacateResult, VacateSummary

__all__ = ["FAILED", "MOVED", "VALIDATED", "UpgradeSummary", "VacateResult", "VacateSummary"]
