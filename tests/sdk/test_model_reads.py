"""Reading fields: every kind of field gives the same value, the same tolerance and the same
errors with paths, whether the value is the plain JSON case or not."""

from __future__ import annotations

import copy
import datetime
import pickle
import traceback

import pytest
from ece_client.errors import MissingFieldError, ResponseDecodeError
from ece_client.models import (
    AllocatorCapacityMemory,
    AllocatorHealthStatus,
    Costs,
    DeploymentGetResponse,
    DiscreteSizes,
    ElasticsearchClusterInfo,
    TrafficFilterEgressRule,
)
from ece_client.models.elasticsearch_cluster_info_status import ElasticsearchClusterInfoStatus
from ece_client.types import UNSET


class Text(str):
    """A str subclass (what a caller's own JSON decoder might give)."""


class Number(int):
    """An int subclass."""


def test_an_integer_field_rejects_a_boolean_with_its_path():
    memory = AllocatorCapacityMemory.from_dict({"used": True})  # a field every release has
    with pytest.raises(ResponseDecodeError, match=r"^AllocatorCapacityMemory\.used: expected an integer, got bool"):
        _ = memory.used


def test_a_number_field_takes_an_integer_as_it_is_and_rejects_a_boolean():
    costs = Costs.from_dict({"total": 2})
    assert costs.total == 2
    assert type(costs.total) is int
    assert Costs.from_dict({"total": 0.5}).total == 0.5
    with pytest.raises(ResponseDecodeError, match=r"Costs\.total: expected a number, got bool"):
        _ = Costs.from_dict({"total": False}).total


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        ({"cluster_name": 5}, "cluster_name", r"ElasticsearchClusterInfo\.cluster_name: expected a string, got int 5"),
        ({"healthy": 1}, "healthy", r"ElasticsearchClusterInfo\.healthy: expected a boolean, got int 1"),
        ({"healthy": "true"}, "healthy", r"ElasticsearchClusterInfo\.healthy: expected a boolean, got str"),
        ({"status": 3}, "status", r"ElasticsearchClusterInfo\.status: expected a ElasticsearchClusterInfoStatus"),
        (
            {"status": ["started"]},
            "status",
            r"ElasticsearchClusterInfo\.status: expected a ElasticsearchClusterInfoStatus",
        ),
        (
            {"plan_info": []},
            "plan_info",
            r"ElasticsearchClusterInfo\.plan_info: expected a ElasticsearchClusterPlansInfo",
        ),
        (
            {"external_links": {}},
            "external_links",
            r"ElasticsearchClusterInfo\.external_links: expected a list, got dict",
        ),
        (
            {"external_links": [{}, 7]},
            "external_links",
            r"ElasticsearchClusterInfo\.external_links\[1\]: expected a Ex",
        ),
    ],
)
def test_a_value_of_the_wrong_type_raises_on_read_with_its_path(data, name, message):
    info = ElasticsearchClusterInfo.from_dict(copy.deepcopy(data))
    with pytest.raises(ResponseDecodeError, match=message):
        getattr(info, name)
    with pytest.raises(ResponseDecodeError, match=message):  # again: nothing wrong was cached
        getattr(info, name)
    assert info.to_dict() == data


def test_list_items_of_the_wrong_type_raise_with_their_index():
    with pytest.raises(ResponseDecodeError, match=r"^DiscreteSizes\.sizes\[2\]: expected an integer, got bool"):
        _ = DiscreteSizes.from_dict({"sizes": [1024, 2048, True]}).sizes
    with pytest.raises(ResponseDecodeError, match=r"TrafficFilterEgressRule\.ports\[0\]: expected an integer, got str"):
        _ = TrafficFilterEgressRule.from_dict({"ports": ["443"]}).ports


def test_a_list_read_is_a_copy_whose_changes_reach_to_dict():
    data = {"sizes": [1024, 2048]}
    sizes = DiscreteSizes.from_dict(data)
    assert sizes.sizes == [1024, 2048]
    assert sizes.sizes is sizes.sizes  # decoded once
    sizes.sizes.append(4096)
    assert sizes.to_dict() == {"sizes": [1024, 2048, 4096]}


def test_subclasses_of_json_types_are_accepted_as_before():
    info = ElasticsearchClusterInfo.from_dict({"cluster_name": Text("n"), "status": Text("started")})
    assert info.cluster_name == "n"
    assert info.status is ElasticsearchClusterInfoStatus.STARTED
    assert DiscreteSizes.from_dict({"sizes": [1, Number(2)]}).sizes == [1, 2]


def test_missing_and_null_fields_of_every_kind():
    info = ElasticsearchClusterInfo.from_dict({"deployment_id": None, "region": None, "locked": None})
    for name in ("deployment_id", "region", "locked", "system_alerts", "security", "links"):
        assert getattr(info, name) is UNSET
    for name in ("cluster_name", "healthy", "status", "plan_info"):
        with pytest.raises(MissingFieldError, match=rf"^ElasticsearchClusterInfo\.{name}: required field is missing"):
            getattr(info, name)
    null_required = ElasticsearchClusterInfo.from_dict({"healthy": None, "external_links": None})
    with pytest.raises(MissingFieldError, match=r"ElasticsearchClusterInfo\.healthy: required field is null"):
        _ = null_required.healthy
    assert null_required.external_links == []
    assert null_required.to_dict() == {"healthy": None, "external_links": None}


def test_a_missing_field_error_reads_as_any_error_though_its_message_is_spelled_out_late():
    plan_info = DeploymentGetResponse.from_dict({"resources": {"elasticsearch": [{"info": {}}]}})
    info = plan_info.resources.elasticsearch[0].info
    assert not hasattr(info, "cluster_name")
    with pytest.raises(MissingFieldError) as caught:
        _ = info.cluster_name
    error = caught.value
    message = (
        "DeploymentGetResponse.resources.elasticsearch[0].info.cluster_name: required field is missing in the response"
    )
    assert error.args == (message,)
    assert str(error) == message
    assert repr(error) == f"MissingFieldError({message!r})"
    assert (error.status_code, error.body) == (None, None)
    with pytest.raises(MissingFieldError) as again:
        _ = info.cluster_name
    copy = pickle.loads(pickle.dumps(again.value))  # pickled before its message was ever shown
    assert (type(copy), copy.args, str(copy)) == (MissingFieldError, (message,), message)
    with pytest.raises(MissingFieldError) as shown:
        _ = info.cluster_name
    assert "".join(traceback.format_exception_only(shown.value)).strip().endswith(f".MissingFieldError: {message}")


def test_enum_values_known_and_unknown_read_the_same_from_the_value_map():
    first = ElasticsearchClusterInfo.from_dict({"status": "stopping"})
    assert first.status is ElasticsearchClusterInfoStatus.STOPPING
    unknown = ElasticsearchClusterInfo.from_dict({"status": "resizing-in-2099"})
    assert unknown.status == "resizing-in-2099"
    assert isinstance(unknown.status, ElasticsearchClusterInfoStatus)
    assert ElasticsearchClusterInfo.from_dict({"status": "resizing-in-2099"}).status is unknown.status


def test_date_times_fast_and_slow_parse_and_bad_ones_raise_with_their_path():
    status = AllocatorHealthStatus.from_dict({"maintenance_mode_timestamp": "2025-06-11T19:36:44.525Z"})
    assert status.maintenance_mode_timestamp == datetime.datetime(2025, 6, 11, 19, 36, 44, 525000, datetime.UTC)
    week = AllocatorHealthStatus.from_dict({"maintenance_mode_timestamp": "2025-W24-3T10:00:00Z"})
    assert week.maintenance_mode_timestamp == datetime.datetime(2025, 6, 11, 10, 0, tzinfo=datetime.UTC)
    for bad in ("yesterday", 1700000000):
        with pytest.raises(
            ResponseDecodeError, match=r"^AllocatorHealthStatus\.maintenance_mode_timestamp: expected an ISO 8601"
        ):
            _ = AllocatorHealthStatus.from_dict({"maintenance_mode_timestamp": bad}).maintenance_mode_timestamp


def test_nested_paths_name_every_step_and_list_index():
    data = {
        "resources": {"elasticsearch": [{}, {"info": {"plan_info": {"current": {"plan": {"cluster_topology": 3}}}}}]}
    }
    deployment = DeploymentGetResponse.from_dict(data)
    plan = deployment.resources.elasticsearch[1].info.plan_info.current.plan
    with pytest.raises(
        ResponseDecodeError,
        match=r"^DeploymentGetResponse\.resources\.elasticsearch\[1\]\.info\.plan_info\.current\.plan"
        r"\.cluster_topology: expected a list, got int 3",
    ):
        _ = plan.cluster_topology
    with pytest.raises(
        MissingFieldError,
        match=r"^DeploymentGetResponse\.resources\.elasticsearch\[0\]\.ref_id: required field is missing",
    ):
        _ = deployment.resources.elasticsearch[0].ref_id


def test_nested_models_are_views_of_the_same_data():
    deployment = DeploymentGetResponse.from_dict({"resources": {"elasticsearch": [{"ref_id": "main"}]}})
    first = deployment.resources.elasticsearch[0]
    assert first is deployment.resources.elasticsearch[0]
    first.ref_id = "renamed"
    assert deployment.to_dict() == {"resources": {"elasticsearch": [{"ref_id": "renamed"}]}}


def test_fields_are_readable_from_the_class():
    field = DeploymentGetResponse.name
    assert field.key == "name"
    assert field.required


def test_from_dict_takes_any_mapping_and_rejects_what_is_not_one():
    from types import MappingProxyType

    deployment = DeploymentGetResponse.from_dict(MappingProxyType({"id": "d", "name": "n"}))
    assert (deployment.id, deployment.name) == ("d", "n")
    with pytest.raises(ResponseDecodeError, match="^DeploymentGetResponse: expected a DeploymentGetResponse object"):
        DeploymentGetResponse.from_dict("d")  # type: ignore[arg-type]
