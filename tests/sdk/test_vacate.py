"""Vacating an allocator (``ece.platform_infrastructure.vacate_allocator``), sync and asyncio,
against the fake ECE's allocators and move API (the scene and what it records: ``support.allocators``)."""

from __future__ import annotations

import pytest
from ece_client.errors import PlanFailedError, PlanTimeoutError, VacateError
from ece_client.workflows import FAILED, MOVED, VALIDATED
from support.allocators import allocator, move_plans, moves, placed
from support.fake_ece import RECORDED_DEPLOYMENTS, Plan, Step

FAST = {"poll_interval": 0.01, "timeout": 30}


def two_deployments(fake, allocator_id="alloc-1"):
    # Two recorded bodies: each resource id exists once on the platform, as on a real ECE.
    first = fake.add_deployment(recorded_name=RECORDED_DEPLOYMENTS[0])
    second = fake.add_deployment(recorded_name=RECORDED_DEPLOYMENTS[1])
    allocator(fake, allocator_id, first, second, kinds=("elasticsearch", "kibana"))
    return first, second


def resource_id(deployment, kind):
    return deployment.resource(kind, next(r["ref_id"] for k, r in deployment.resources() if k == kind))["id"]


def test_vacate_moves_every_instance_and_follows_each_deployment(fake, ece):
    first, second = two_deployments(fake)
    # The plans ECE calculates for these moves (asked here once, so that the test knows them).
    answer = ece.platform_infrastructure.move_clusters("alloc-1", validate_only=True).to_dict()["moves"]
    calculated = {entry["cluster_id"]: entry["calculated_plan"] for entries in answer.values() for entry in entries}
    fake.requests.clear()
    events = []
    summary = ece.platform_infrastructure.vacate_allocator("alloc-1", progress=events.append, **FAST)
    assert summary.ok and not summary.failed
    moved = {(r.kind, r.resource_id, r.deployment_id) for r in summary.moved}
    assert moved == {
        (kind, resource_id(d, kind), d.id) for d in (first, second) for kind in ("elasticsearch", "kibana")
    }
    # Each moved resource's plan was followed to its end: its deployment's summary says so.
    for result in summary.moved:
        assert any(r.resource_id == result.resource_id and r.outcome == "succeeded" for r in result.plans.resources)
    # One validation, then one move per resource, each with ECE's calculated plan.
    validation, *made = moves(fake)
    assert validation["query"]["validate_only"] == "true" and validation["type"] is None
    assert sorted(m["type"] for m in made) == ["elasticsearch", "elasticsearch", "kibana", "kibana"]
    for move in made:
        (entry,) = move["body"][f"{move['type']}_clusters"]
        assert entry["plan_override"] == calculated[entry["cluster_ids"][0]]
        if move["type"] == "elasticsearch":  # Kibana's plan configuration has no move_only
            assert entry["plan_override"]["plan_configuration"]["move_only"] is True
        assert "validate_only" not in move["query"]
        assert move["query"]["allocator_down"] == "false"  # the allocator is connected and healthy
    assert {e.deployment_id for e in events if e.type == "succeeded"} == {first.id, second.id}
    assert placed(fake, "alloc-1") == []
    assert "moved 4, failed 0" in str(summary)


def test_vacate_filters_kinds_targets_and_overrides(fake, ece):
    first, second = two_deployments(fake)
    summary = ece.platform_infrastructure.vacate_allocator(
        "alloc-1",
        kinds=["elasticsearch"],
        to_allocators=["alloc-2", "alloc-3"],
        skip_snapshot=True,
        force_update=True,
        move_only=False,
        allocator_down=True,
        **FAST,
    )
    assert {r.kind for r in summary.moved} == {"elasticsearch"} and len(summary.moved) == 2
    for move in moves(fake)[1:]:
        assert move["type"] == "elasticsearch"
        assert move["query"] == {"force_update": "true", "move_only": "false", "allocator_down": "true"}
        configuration = move["body"]["elasticsearch_clusters"][0]["plan_override"]["plan_configuration"]
        assert configuration["preferred_allocators"] == ["alloc-2", "alloc-3"]
        assert configuration["skip_snapshot"] is True
    # Kibana stays where it is.
    assert {p.kind for p in placed(fake, "alloc-1")} == {"kibana"}


def test_vacate_one_resource_by_id(fake, ece):
    first, second = two_deployments(fake)
    wanted = resource_id(second, "kibana")
    summary = ece.platform_infrastructure.vacate_allocator("alloc-1", resource_ids=[wanted], **FAST)
    assert [(r.resource_id, r.deployment_id) for r in summary.results] == [(wanted, second.id)]
    assert len(moves(fake)) == 2


def test_validate_only_moves_nothing(fake, ece):
    two_deployments(fake)
    summary = ece.platform_infrastructure.vacate_allocator("alloc-1", validate_only=True, **FAST)
    assert len(summary.validated) == 4 and not summary.moved
    assert all(r.outcome == VALIDATED for r in summary.results)
    assert len(moves(fake)) == 1 and len(placed(fake, "alloc-1")) == 4
    assert "would move 4" in str(summary)


def test_one_failure_does_not_stop_the_others(fake, ece):
    first, second = two_deployments(fake)
    refused = resource_id(first, "kibana")
    fake.move_refusals[refused] = "There is a plan still pending"
    failing = resource_id(second, "elasticsearch")
    failed_plan = Plan(
        [Step("validate-plan-prerequisites"), Step("migrate-data", status="error", messages=("disk full",))],
        outcome="failure",
        error="disk full",
    )
    move_plans(fake, {failing: failed_plan})
    with pytest.raises(VacateError) as caught:
        ece.platform_infrastructure.vacate_allocator("alloc-1", **FAST)
    summary = caught.value.summary
    assert caught.value.allocator_id == "alloc-1"
    by_id = {r.resource_id: r for r in summary.results}
    assert by_id[refused].outcome == FAILED and "plan still pending" in str(by_id[refused].error)
    assert by_id[failing].outcome == FAILED and isinstance(by_id[failing].error, PlanFailedError)
    assert by_id[resource_id(first, "elasticsearch")].outcome == MOVED
    assert len(summary.moved) == 2 and len(summary.failed) == 2
    assert "2 resource(s) not vacated" in str(caught.value) and refused in str(caught.value)
    # The same without raising.
    third = fake.add_deployment(recorded_name=RECORDED_DEPLOYMENTS[2])
    allocator(fake, "alloc-9", third, kinds=("elasticsearch",))
    fake.move_refusals[resource_id(third, "elasticsearch")] = "no capacity"
    quiet = ece.platform_infrastructure.vacate_allocator("alloc-9", raise_on_failure=False, **FAST)
    assert not quiet.ok and "no capacity" in str(quiet.failed[0].error)


def test_deadline_and_poll_failures(fake, ece, fast_retries):
    first, second = two_deployments(fake)
    move_plans(fake, {resource_id(first, "elasticsearch"): Plan(outcome="running")})
    # A failing poll is tolerated, as wait_for_plans does.
    from support.servers import Reply

    fake.fail_next("GET", f"/deployments/{second.id}", *[Reply(503, {"errors": []})] * 6)
    summary = ece.platform_infrastructure.vacate_allocator(
        "alloc-1", raise_on_failure=False, poll_interval=0.01, timeout=2, max_poll_errors=5
    )
    by_deployment = {(r.deployment_id, r.kind): r for r in summary.results}
    assert isinstance(by_deployment[(first.id, "elasticsearch")].error, PlanTimeoutError)
    assert by_deployment[(second.id, "elasticsearch")].outcome == MOVED
    assert by_deployment[(second.id, "kibana")].outcome == MOVED


def test_deployment_found_by_search_when_the_allocator_does_not_name_it(fake, ece):
    first = fake.add_deployment()
    for instance in allocator(fake, "alloc-1", first, kinds=("elasticsearch",))["instances"]:
        del instance["deployment_id"]  # as older releases' allocators list their instances
    summary = ece.platform_infrastructure.vacate_allocator("alloc-1", **FAST)
    (result,) = summary.moved
    assert result.deployment_id == first.id


def test_unhealthy_allocator_is_treated_as_down_and_bad_input_is_refused(fake, ece):
    allocator(fake, "alloc-1", fake.add_deployment(), kinds=("kibana",))["status"]["healthy"] = False
    ece.platform_infrastructure.vacate_allocator("alloc-1", **FAST)
    assert moves(fake)[0]["query"]["allocator_down"] == "true"
    before = len(fake.server.requests)
    with pytest.raises(ValueError, match="kinds"):
        ece.platform_infrastructure.vacate_allocator("alloc-1", kinds=["kibanna"])
    with pytest.raises(ValueError, match="concurrency"):
        ece.platform_infrastructure.vacate_allocator("alloc-1", concurrency=0)
    with pytest.raises(ValueError, match="allocator_id"):
        ece.platform_infrastructure.vacate_allocator("")
    assert len(fake.server.requests) == before
    from ece_client.errors import NotFoundError

    with pytest.raises(NotFoundError):
        ece.platform_infrastructure.vacate_allocator("no-such-allocator")


def test_progress_true_shows_every_deployment_on_one_display(fake, ece, capsys):
    first, second = two_deployments(fake)
    ece.platform_infrastructure.vacate_allocator("alloc-1", progress=True, **FAST)
    err = capsys.readouterr().err
    for deployment in (first, second):
        assert f"{deployment.id} [" in err and "plan finished" in err


@pytest.mark.anyio
async def test_async_vacate(fake, async_ece):
    first, second = two_deployments(fake)
    fake.move_refusals[resource_id(second, "kibana")] = "no capacity"
    events = []

    summary = await async_ece.platform_infrastructure.vacate_allocator(
        "alloc-1", progress=events.append, raise_on_failure=False, concurrency=1, **FAST
    )
    assert len(summary.moved) == 3 and len(summary.failed) == 1
    assert {e.deployment_id for e in events if e.type == "succeeded"} == {first.id, second.id}


def test_a_release_without_the_move_api_says_so_before_any_request(fake, ece, monkeypatch):
    from ece_client import ECE_VERSION
    from ece_client.errors import UnsupportedOperationError

    allocator(fake, "alloc-1", fake.add_deployment(), kinds=("kibana",))
    monkeypatch.delattr(type(ece.platform_infrastructure), "move_clusters_by_type")
    before = len(fake.server.requests)
    with pytest.raises(UnsupportedOperationError, match=ECE_VERSION) as caught:
        ece.platform_infrastructure.vacate_allocator("alloc-1", **FAST)
    assert caught.value.operation == "move_clusters_by_type"
    assert len(fake.server.requests) == before


@pytest.mark.needs("platform_infrastructure.move_clusters(force_move)", reason="the release's move API has force_move")
def test_force_move_is_sent_where_the_release_has_it(fake, ece):
    allocator(fake, "alloc-1", fake.add_deployment(), kinds=("kibana",))
    ece.platform_infrastructure.vacate_allocator("alloc-1", force_move=True, **FAST)
    assert all(move["query"]["force_move"] == "true" for move in moves(fake))


@pytest.mark.lacks(
    "platform_infrastructure.move_clusters(force_move)", reason="the release's move API lacks force_move"
)
def test_force_move_on_a_release_without_it_is_refused_before_any_request(fake, ece):
    from ece_client.errors import UnsupportedOperationError

    allocator(fake, "alloc-1", fake.add_deployment(), kinds=("kibana",))
    with pytest.raises(UnsupportedOperationError, match="force_move"):
        ece.platform_infrastructure.vacate_allocator("alloc-1", force_move=True, **FAST)
    assert moves(fake) == []
