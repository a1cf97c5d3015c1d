"""The generated models: tolerant, lossless parsing of what real servers send, and request building."""

from __future__ import annotations

import copy
import datetime

import pytest
from ece_client.errors import MissingFieldError, ResponseDecodeError
from ece_client.models import (
    ApmPlanInfo,
    DeploymentCreateMetadata,
    DeploymentCreateRequest,
    DeploymentCreateResources,
    DeploymentGetResponse,
    DirectTrustRelationship,
    ElasticsearchClusterInfo,
    LoginRequest,
    TokenResponse,
)
from ece_client.models.elasticsearch_cluster_info_status import ElasticsearchClusterInfoStatus
from ece_client.types import UNSET


def test_unknown_enum_value_is_kept_and_round_trips():
    data = {"status": "hibernating", "cluster_id": "c", "cluster_name": "n", "deployment_id": "d"}
    info = ElasticsearchClusterInfo.from_dict(copy.deepcopy(data))
    assert info.status == "hibernating"
    assert isinstance(info.status, ElasticsearchClusterInfoStatus)
    assert info.status not in list(ElasticsearchClusterInfoStatus)
    assert ElasticsearchClusterInfoStatus("hibernating") is info.status
    assert info.to_dict() == data


def test_known_enum_value_is_the_member():
    info = ElasticsearchClusterInfo.from_dict({"status": "started"})
    assert info.status is ElasticsearchClusterInfoStatus.STARTED


def test_enum_values_changed_between_releases_still_parse():
    trust = DirectTrustRelationship.from_dict({"type": "proxy", "uid": "u", "trust_all": True, "name": "x"})
    assert trust.type_ == "proxy"


def test_explicit_nulls_parse_and_round_trip():
    data = {"id": "d", "name": "n", "healthy": True, "resources": None, "alias": None, "instance_configurations": None}
    deployment = DeploymentGetResponse.from_dict(copy.deepcopy(data))
    assert deployment.alias is UNSET  # optional and null: no value
    assert deployment.instance_configurations is UNSET
    with pytest.raises(MissingFieldError, match="resources: required field is null"):
        _ = deployment.resources
    assert deployment.to_dict() == data


def test_null_required_list_reads_as_empty_and_stays_null():
    plan_info = ApmPlanInfo.from_dict({"healthy": True, "plan_attempt_log": None})
    assert plan_info.plan_attempt_log == []
    assert plan_info.to_dict() == {"healthy": True, "plan_attempt_log": None}
    plan_info.plan_attempt_log.append({"step_id": "s", "status": "success", "started": "2024-01-01T00:00:00Z"})
    assert plan_info.to_dict()["plan_attempt_log"][0]["step_id"] == "s"


def test_unknown_keys_are_kept_at_every_level():
    data = {
        "id": "d",
        "tiebreaker_topology": {"memory_per_node": 1024},
        "resources": {"elasticsearch": [{"ref_id": "main", "region": "r", "info": {"ccs": []}, "zone_count": 3}]},
    }
    deployment = DeploymentGetResponse.from_dict(copy.deepcopy(data))
    assert deployment.additional_properties == {"tiebreaker_topology": {"memory_per_node": 1024}}
    es = deployment.resources.elasticsearch[0]
    assert es["zone_count"] == 3
    assert "zone_count" in es.additional_keys
    assert deployment.to_dict() == data


def test_wrong_shape_raises_the_sdks_decode_error_with_a_path():
    deployment = DeploymentGetResponse.from_dict({"resources": {"elasticsearch": {"not": "a list"}}})
    with pytest.raises(ResponseDecodeError, match=r"DeploymentGetResponse\.resources\.elasticsearch: expected a list"):
        _ = deployment.resources.elasticsearch
    with pytest.raises(ResponseDecodeError, match="expected a DeploymentGetResponse object"):
        DeploymentGetResponse.from_dict(["a", "list"])  # type: ignore[arg-type]
    with pytest.raises(ResponseDecodeError, match="expected a boolean"):
        _ = DeploymentGetResponse.from_dict({"healthy": "yes"}).healthy


def test_date_times_parse_and_keep_their_text():
    data = {"token": "t", "session_expiration_time": "2025-06-11T19:36:44.525Z"}
    token = TokenResponse.from_dict(copy.deepcopy(data))
    assert token.session_expiration_time == datetime.datetime(2025, 6, 11, 19, 36, 44, 525000, datetime.UTC)
    assert token.to_dict() == data


def test_building_a_request_model():
    request = DeploymentCreateRequest(
        name="my-deployment",
        resources=DeploymentCreateResources(elasticsearch=[]),
        metadata=DeploymentCreateMetadata(tags=[]),
        additional_properties={"custom_key": "kept"},  # keys the spec does not declare
    )
    assert request.to_dict() == {
        "name": "my-deployment",
        "resources": {"elasticsearch": []},
        "metadata": {"tags": []},
        "custom_key": "kept",
    }
    request.resources.elasticsearch.append({"ref_id": "main", "region": "ece-region", "plan": {}})
    request.name = UNSET
    assert request.to_dict()["resources"]["elasticsearch"][0]["ref_id"] == "main"
    assert "name" not in request.to_dict()


def test_models_compare_by_data():
    assert LoginRequest(username="u", password="p") == LoginRequest.from_dict({"username": "u", "password": "p"})
    assert LoginRequest(username="u", password="p") != LoginRequest(username="u", password="q")


def test_repr_redacts_secrets():
    text = repr(LoginRequest(username="admin", password="hunter2")) + repr(
        TokenResponse.from_dict({"token": "eyJ.secret.token", "session_expiration_time": "2025-01-01T00:00:00Z"})
    )
    assert "hunter2" not in text
    assert "eyJ.secret.token" not in text
    assert "admin" in text


def test_setting_a_field_updates_the_json():
    deployment = DeploymentGetResponse.from_dict({"id": "d", "name": "old"})
    deployment.name = "new"
    deployment["x-extra"] = True
    assert deployment.to_dict() == {"id": "d", "name": "new", "x-extra": True}
    del deployment["x-extra"]
    assert "x-extra" not in deployment


def test_a_date_time_read_and_written_back_keeps_its_text():
    from ece_client._model import DATETIME, list_of

    codec = list_of(DATETIME)
    raw = ["2025-06-11T19:36:44.525Z", "2025-06-11T19:36:44+02:00", "2025-W24-3T10:00:00Z"]
    values = codec.decode(raw, "x")
    assert values[0] == datetime.datetime(2025, 6, 11, 19, 36, 44, 525000, datetime.UTC)
    assert values[2] == datetime.datetime(2025, 6, 11, 10, 0, tzinfo=datetime.UTC)  # ISO week date, via dateutil
    assert codec.encode(values) == raw
    assert codec.encode([values[0] + datetime.timedelta(hours=1)]) == ["2025-06-11T20:36:44.525000Z"]


def test_map_schemas_decode_their_values():
    from ece_client.models import ApmInfo, Hyperlink

    data = {"links": {"self": {"uri": "https://x", "need_elevated_permissions": True}, "broken": None}}
    info = ApmInfo.from_dict(copy.deepcopy(data))
    link = info.links["self"]
    assert isinstance(link, Hyperlink)
    assert link.need_elevated_permissions is True
    assert link["uri"] == "https://x"
    assert info.links["broken"] is None
    assert set(info.links.additional_properties) == {"self", "broken"}
    info.links["new"] = Hyperlink(need_elevated_permissions=False, additional_properties={"uri": "https://y"})
    assert info.to_dict()["links"]["new"] == {"need_elevated_permissions": False, "uri": "https://y"}
    assert info.to_dict()["links"]["self"] == data["links"]["self"]
    with pytest.raises(ResponseDecodeError, match=r"links\['bad'\]: expected a Hyperlink object"):
        ApmInfo.from_dict({"links": {"bad": [1]}}).links["bad"]
