"""The low-level interface of each operation's module: `build_request(...)` gives the HTTP request,
`parse_response(response)` decodes the answer, for users who send requests with their own httpx client."""

from __future__ import annotations

import inspect
import json

import httpx
import pytest
from ece_client import ECE
from ece_client.api.deployments import create_deployment, get_deployment
from ece_client.errors import NotFoundError, ResponseDecodeError
from ece_client.models import DeploymentCreateRequest, DeploymentCreateResponse, DeploymentGetResponse
from support.operations import OPERATIONS
from support.paths import RECORDED
from support.servers import Reply

DEPLOYMENT = json.loads((RECORDED / "responses" / "sdk_deployment_get_integrations_server.json").read_bytes())


def test_a_request_built_and_sent_with_plain_httpx_parses_into_the_model(local_server):
    local_server.script(Reply(200, DEPLOYMENT))
    request = get_deployment.build_request("a/b..", show_plan_logs=True)
    assert request == {"method": "GET", "url": "/deployments/a%2Fb..", "params": {"show_plan_logs": True}}
    with httpx.Client(base_url=local_server.url + "/api/v1", headers={"Authorization": "ApiKey k"}) as client:
        deployment = get_deployment.parse_response(client.request(**request))
    assert isinstance(deployment, DeploymentGetResponse)
    assert deployment.to_dict() == DEPLOYMENT
    assert local_server.requests[0].raw_path == "/api/v1/deployments/a%2Fb..?show_plan_logs=true"


@pytest.mark.anyio
async def test_the_same_request_works_with_an_async_client(local_server):
    local_server.script(Reply(201, {"id": "d1", "name": "n", "created": True, "resources": []}))
    request = create_deployment.build_request(body=DeploymentCreateRequest(name="n", resources={}), validate_only=True)
    assert json.loads(request["content"]) == {"name": "n", "resources": {}}  # JSON bodies are encoded up front
    assert request["headers"] == {"Content-Type": "application/json"}
    async with httpx.AsyncClient(base_url=local_server.url + "/api/v1") as client:
        created = create_deployment.parse_response(await client.request(**request))
    assert isinstance(created, DeploymentCreateResponse) and created.id == "d1"
    sent = local_server.requests[0]
    assert (sent.method, sent.raw_path) == ("POST", "/api/v1/deployments?validate_only=true")
    assert json.loads(sent.body) == {"name": "n", "resources": {}}


def test_an_error_status_raises_its_typed_error_never_a_parsed_body(local_server):
    error = {"errors": [{"code": "deployments.deployment_not_found", "message": "gone"}]}
    local_server.script(Reply(404, error, {"x-cloud-error-codes": "deployments.deployment_not_found"}))
    with httpx.Client(base_url=local_server.url + "/api/v1") as client:
        response = client.request(**get_deployment.build_request("d1"))
    with pytest.raises(NotFoundError) as caught:
        get_deployment.parse_response(response)
    assert list(caught.value.codes) == ["deployments.deployment_not_found"]
    assert "/deployments/d1" in str(caught.value)
    with pytest.raises(NotFoundError):  # a response made by hand, without its request
        get_deployment.parse_response(httpx.Response(404, json=error))


def test_a_body_that_is_not_the_documented_one_is_a_decode_error():
    with pytest.raises(ResponseDecodeError, match="expected a DeploymentGetResponse object"):
        get_deployment.parse_response(httpx.Response(200, json=[1, 2]))
    with pytest.raises(ResponseDecodeError, match="not JSON"):
        get_deployment.parse_response(httpx.Response(200, content=b"<html>"))


def test_every_operation_has_the_interface_with_the_arguments_of_its_client_method():
    ece = ECE("http://127.0.0.1:9", api_key="k", check_version=False)
    for module in OPERATIONS.values():
        group_name = module.__name__.split(".")[2]
        method = getattr(getattr(ece, group_name), module.__name__.rsplit(".", 1)[1])
        arguments = dict(inspect.signature(method).parameters)
        del arguments["request_options"]
        assert list(inspect.signature(module.build_request).parameters.values()) == list(arguments.values())
        assert list(inspect.signature(module.parse_response).parameters) == ["response"]
    assert len(OPERATIONS) > 250
