"""Typical mistakes of ece-client users: `mypy --strict` and pyright (strict) must each report every
line marked with an expect-error comment, and no other (tests/pipeline/test_typing.py counts them).

Not run: only type-checked.
"""

from __future__ import annotations

from ece_client import ECE, AsyncECE, RequestOptions
from ece_client.models import ApmInfo, DeploymentCreateRequest, DeploymentGetResponse, Hyperlink


def misspelled(ece: ECE) -> None:
    ece.deployments.get_deplyment("abc")  # expect-error: misspelled method
    ece.deployments.get_deployment("abc", show_plan=True)  # expect-error: misspelled keyword
    ECE("https://ece.example:12443", api_kye="...")  # expect-error: misspelled constructor option
    ECE.from_env(ca_cert="/etc/ece/ca.pem")  # expect-error: misspelled factory option
    DeploymentCreateRequest(nmae="my-deployment")  # expect-error: misspelled field of a request model
    ece.deployments.with_raw_response.get_deplyment("abc")  # expect-error: misspelled raw method


def wrong_types(ece: ECE, request: DeploymentCreateRequest) -> None:
    ECE("https://ece.example:12443", api_key="...", max_retries="3")  # expect-error: option of the wrong type
    AsyncECE("https://ece.example:12443", api_key="...", timeout=[30])  # expect-error: option of the wrong type
    request.name = 42  # expect-error: field of the wrong type
    DeploymentCreateRequest(name=42)  # expect-error: field of the wrong type
    ece.deployments.get_deployment("abc", request_options=RequestOptions(max_retries="0"))  # expect-error


def unset_not_narrowed(deployment: DeploymentGetResponse, link: Hyperlink) -> None:
    alias: str = deployment.alias  # expect-error: an optional field may be UNSET
    elevated: bool = link.need_elevated_permissions  # expect-error: an optional field may be UNSET
    print(alias, elevated)


def not_what_it_returns(ece: ECE, info: ApmInfo) -> None:
    deployment: DeploymentGetResponse = ece.deployments.with_raw_response.get_deployment("abc")  # expect-error
    ece.deployments.with_raw_response.iter_search()  # expect-error: a helper, not an operation
    if info.links:  # a map of Hyperlink
        print(info.links["self"].uri)  # expect-error: Hyperlink declares no `uri`
    print(deployment)
