from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_logging_urls import DeploymentLoggingUrls
    from ..models.observability_issue import ObservabilityIssue


class DeploymentLogging(Model):
    """Logging information for a deployment

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the deployment logging is healthy or not """
    urls: Field[DeploymentLoggingUrls | Unset] = Field(
        "urls", model("DeploymentLoggingUrls", "deployment_logging_urls")
    )
    """ The URLs to view this deployment's logs in Kibana """
    issues: Field[list[ObservabilityIssue] | Unset] = Field(
        "issues", list_of(model("ObservabilityIssue", "observability_issue"))
    )
    """ Logging health issues for the deployment """

    def __init__(
        self,
        *,
        healthy: bool,
        urls: DeploymentLoggingUrls | Unset = UNSET,
        issues: list[ObservabilityIssue] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            healthy=healthy,
            urls=urls,
            issues=issues,
        )
