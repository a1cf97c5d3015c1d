"""Walking every search result: the deployment search cursor, and from/size for allocators and
runners, sync and asyncio, against a fake ECE on 127.0.0.1."""

from __future__ import annotations

import json

import ece_client
import pytest
from ece_client import RequestOptions
from ece_client.errors import UnsupportedOperationError
from ece_client.models import AllocatorInfo, DeploymentSearchResponse, QueryContainer, RunnerInfo
from support.fake_ece import FakeECE
from support.servers import Reply

pytestmark = pytest.mark.usefixtures("fast_retries")

CURSOR = "DeploymentsSearchResponse.cursor"
MINIMAL_METADATA = "deployments.search_deployments(minimal_metadata)"
needs_cursor = pytest.mark.needs(CURSOR, reason="the deployment search pages by cursor")
lacks_cursor = pytest.mark.lacks(CURSOR, reason="without a cursor the deployment search pages with from/size")


def bodies(fake: FakeECE, path: str) -> list[dict]:
    return [json.loads(r.body) for r in fake.server.requests if r.raw_path.split("?")[0] == f"/api/v1{path}"]


def paths(fake: FakeECE, path: str) -> list[str]:
    return [r.raw_path for r in fake.server.requests if r.raw_path.split("?")[0] == f"/api/v1{path}"]


def deployment_ids(fake: FakeECE, count: int) -> list[str]:
    return sorted(fake.add_deployment().id for _ in range(count))


# -- the deployment search cursor ------------------------------------------------------------


@needs_cursor
def test_iter_search_follows_the_cursor_through_every_deployment(fake, ece):
    ids = deployment_ids(fake, 7)
    query = {"match": {"healthy": {"query": "true"}}}
    found = list(ece.deployments.iter_search(query, sort=["name"], page_size=3))
    assert all(isinstance(d, DeploymentSearchResponse) for d in found)
    assert [d.id for d in found] == ids
    sent = bodies(fake, "/deployments/_search")
    assert len(sent) == 3  # the third page brings match_count (7) results in all: no fourth request
    assert sent[0] == {"size": 3, "query": query, "sort": ["name"]}
    assert "cursor" not in sent[0]
    assert sent[1]["cursor"] and sent[2]["cursor"] and sent[1]["cursor"] != sent[2]["cursor"]
    assert all(body["query"] == query and body["size"] == 3 for body in sent)


@needs_cursor
def test_without_match_count_the_walk_ends_on_a_page_without_cursor(fake, ece):
    fake.send_match_count, fake.cursor_on_last_page = False, False
    ids = deployment_ids(fake, 5)
    assert [d.id for d in ece.deployments.iter_search(page_size=2)] == ids
    assert len(bodies(fake, "/deployments/_search")) == 3


@needs_cursor
def test_a_cursor_on_every_page_ends_the_walk_on_the_first_empty_page(fake, ece):
    fake.send_match_count = False  # and, like an Elasticsearch scroll, a cursor on every page
    ids = deployment_ids(fake, 4)
    assert [d.id for d in ece.deployments.iter_search(page_size=2)] == ids
    assert len(bodies(fake, "/deployments/_search")) == 3  # 2 + 2 + an empty page


@needs_cursor
def test_no_deployment_is_given_twice_when_pages_overlap(fake, ece):
    fake.search_pages = [
        {"deployments": [{"id": "a"}, {"id": "b"}], "return_count": 2, "cursor": "c1"},
        {"deployments": [{"id": "b"}, {"id": "c"}], "return_count": 2, "cursor": "c2"},
        {"deployments": [{"id": "d"}], "return_count": 1, "cursor": "c3"},
        {"deployments": [], "return_count": 0, "cursor": "c4"},
    ]
    assert [d.id for d in ece.deployments.iter_search(page_size=2)] == ["a", "b", "c", "d"]
    assert [body.get("cursor") for body in bodies(fake, "/deployments/_search")] == [None, "c1", "c2", "c3"]


@needs_cursor
def test_a_server_that_ignores_the_cursor_does_not_loop_forever(fake, ece):
    page = {"deployments": [{"id": "a"}, {"id": "b"}], "return_count": 2, "cursor": "same"}
    fake.search_pages = [page] * 50
    assert [d.id for d in ece.deployments.iter_search(page_size=2)] == ["a", "b"]
    assert len(bodies(fake, "/deployments/_search")) == 2


@needs_cursor
def test_a_server_paging_without_cursor_is_followed_with_from_and_size(fake, ece):
    # A client whose build has the cursor, talking to an older ECE that pages with from/size only.
    fake.search_without_cursor = True
    ids = deployment_ids(fake, 5)
    assert [d.id for d in ece.deployments.iter_search(page_size=2)] == ids
    sent = bodies(fake, "/deployments/_search")
    assert [(body.get("from"), body.get("cursor")) for body in sent] == [(None, None), (2, None), (4, None)]


@needs_cursor
@pytest.mark.anyio
async def test_async_a_server_paging_without_cursor_is_followed_with_from_and_size(fake, async_ece):
    fake.search_without_cursor = True
    ids = deployment_ids(fake, 5)
    assert [d.id async for d in async_ece.deployments.iter_search(page_size=2)] == ids
    assert [body.get("from") for body in bodies(fake, "/deployments/_search")] == [None, 2, 4]


@needs_cursor
def test_a_walk_that_stops_making_progress_short_of_match_count_raises(fake, ece):
    page = {"deployments": [{"id": "a"}, {"id": "b"}], "match_count": 5}
    fake.search_pages = [page] * 50  # ignores from as well: never more than a and b
    walk = ece.deployments.iter_search(page_size=2)
    assert [next(walk).id, next(walk).id] == ["a", "b"]
    with pytest.raises(ece_client.errors.ResponseDecodeError, match="reports 5 matches.*no new result after 2"):
        next(walk)
    assert len(bodies(fake, "/deployments/_search")) == 2


def test_no_match_gives_nothing_after_one_request(fake, ece):
    assert list(ece.deployments.iter_search({"match": {"name": {"query": "none"}}})) == []
    assert len(bodies(fake, "/deployments/_search")) == 1


def test_a_query_model_is_sent_as_its_json(fake, ece):
    deployment_ids(fake, 1)
    query = QueryContainer.from_dict({"match_all": {}})
    assert len(list(ece.deployments.iter_search(query))) == 1
    first = bodies(fake, "/deployments/_search")[0]
    assert {key: first[key] for key in ("size", "query")} == {"size": 100, "query": {"match_all": {}}}
    assert set(first) <= {"size", "query", "from"}


@lacks_cursor
def test_iter_search_pages_with_from_and_size_where_the_search_has_no_cursor(fake, ece):
    ids = deployment_ids(fake, 7)
    query = {"match": {"healthy": {"query": "true"}}}
    found = list(ece.deployments.iter_search(query, sort=["name"], page_size=3))
    assert all(isinstance(d, DeploymentSearchResponse) for d in found)
    assert [d.id for d in found] == ids
    sent = bodies(fake, "/deployments/_search")
    assert [(body["from"], body["size"]) for body in sent] == [(0, 3), (3, 3), (6, 3), (7, 3)]  # ends on an empty page
    assert all(body["query"] == query and body["sort"] == ["name"] and "cursor" not in body for body in sent)


@lacks_cursor
def test_from_and_size_paging_gives_no_deployment_twice_and_ends_on_nothing_new(fake, ece):
    fake.search_pages = [
        {"deployments": [{"id": "a"}, {"id": "b"}], "return_count": 2},
        {"deployments": [{"id": "b"}, {"id": "c"}], "return_count": 2},
        {"deployments": [{"id": "b"}, {"id": "c"}], "return_count": 2},
    ] + [{"deployments": [{"id": "a"}], "return_count": 1}] * 20
    assert [d.id for d in ece.deployments.iter_search(page_size=2)] == ["a", "b", "c"]
    assert [body["from"] for body in bodies(fake, "/deployments/_search")] == [0, 2, 4]


@pytest.mark.needs(MINIMAL_METADATA, reason="the search takes minimal_metadata")
def test_minimal_metadata_yields_the_plain_objects(fake, ece):
    ids = deployment_ids(fake, 3)
    found = list(ece.deployments.iter_search(page_size=2, minimal_metadata="id,name"))
    assert [item["id"] for item in found] == ids
    assert all(set(item.to_dict()) == {"id", "name"} for item in found)
    assert all(path.endswith("?minimal_metadata=id%2Cname") for path in paths(fake, "/deployments/_search"))


@pytest.mark.lacks(MINIMAL_METADATA, reason="a search without minimal_metadata cannot give minimal objects")
def test_minimal_metadata_where_the_search_has_none_is_refused_before_any_request(fake, ece):
    with pytest.raises(UnsupportedOperationError) as raised:
        ece.deployments.iter_search(minimal_metadata="id,name")
    assert raised.value.release == ece_client.ECE_VERSION
    assert (raised.value.operation, raised.value.parameter) == ("search_deployments", "minimal_metadata")
    assert f"ECE {ece_client.ECE_VERSION}" in str(raised.value) and "minimal_metadata" in str(raised.value)
    assert fake.server.requests == []


def test_a_transient_error_between_pages_is_retried_and_nothing_is_lost(fake, ece):
    ids = deployment_ids(fake, 5)
    walk = ece.deployments.iter_search(page_size=2)
    first = [next(walk).id, next(walk).id]
    # A reset after the request was sent: a search only reads, so it is retried like a GET.
    fake.fail_next("POST", "/deployments/_search", Reply(reset=True), Reply(503))
    assert first + [d.id for d in walk] == ids
    assert fake.faults == []


def test_the_callers_request_options_are_kept_on_every_page(fake, ece):
    fake.add_runners(3)
    options = RequestOptions(headers={"X-Trace": "walk-1"}, max_retries=1)
    fake.fail_next("POST", "/platform/infrastructure/runners/_search", Reply(503))
    assert len(list(ece.platform_infrastructure.iter_search_runners(page_size=2, request_options=options))) == 3
    sent = [r for r in fake.server.requests if "runners/_search" in r.raw_path]
    assert len(sent) == 4  # a 503, its retry (page 1), page 2, and the empty page that ends the walk
    assert {r.headers.get("x-trace") for r in sent} == {"walk-1"}


@pytest.mark.parametrize("page_size", [0, -1, 2.5, True])
def test_a_bad_page_size_is_refused_before_any_request(fake, ece, page_size):
    with pytest.raises(ValueError, match="page_size"):
        ece.deployments.iter_search(page_size=page_size)
    with pytest.raises(ValueError, match="page_size"):
        ece.platform_infrastructure.iter_allocators(page_size=page_size)
    assert fake.server.requests == []


# -- from/size: allocators and runners -------------------------------------------------------


def test_iter_allocators_walks_every_zone_page_after_page(fake, ece):
    fake.add_allocators(10, zones=3)
    found = list(ece.platform_infrastructure.iter_allocators(page_size=4))
    assert all(isinstance(a, AllocatorInfo) for a in found)
    ids = [a.allocator_id for a in found]
    assert len(ids) == len(set(ids)) == 10 and set(ids) == {f"alloc-{i:03d}" for i in range(10)}
    assert ids[:4] == ["alloc-000", "alloc-003", "alloc-001", "alloc-002"]  # each page grouped by zone
    assert paths(fake, "/platform/infrastructure/allocators") == [
        f"/api/v1/platform/infrastructure/allocators?size=4&from={start}" for start in (0, 4, 8, 10)
    ]


def test_iter_allocators_sends_the_query_and_sort(fake, ece):
    fake.add_allocators(3)
    found = list(ece.platform_infrastructure.iter_allocators("zone-1", sort="zone_id", page_size=2))
    assert [a.allocator_id for a in found] == ["alloc-001"]
    assert paths(fake, "/platform/infrastructure/allocators")[0] == (
        "/api/v1/platform/infrastructure/allocators?q=zone-1&size=2&from=0&sort=zone_id"
    )


def test_a_server_capping_the_page_size_skips_nothing(fake, ece):
    fake.add_allocators(10)
    fake.max_page_size = 3  # fewer than asked: a short page is not the end
    found = list(ece.platform_infrastructure.iter_allocators(page_size=5))
    assert sorted(a.allocator_id for a in found) == [f"alloc-{i:03d}" for i in range(10)]
    assert len(found) == 10
    starts = [path.rsplit("from=", 1)[1] for path in paths(fake, "/platform/infrastructure/allocators")]
    assert starts == ["0", "3", "6", "9", "10"]


def test_iter_search_allocators_pages_with_from_and_size_in_the_body(fake, ece):
    fake.add_allocators(5)
    query = {"match": {"status.connected": {"query": "true"}}}
    found = list(ece.platform_infrastructure.iter_search_allocators(query, sort=["allocator_id"], page_size=2))
    assert sorted(a.allocator_id for a in found) == [f"alloc-{i:03d}" for i in range(5)] and len(found) == 5
    sent = bodies(fake, "/platform/infrastructure/allocators/_search")
    assert [(body["from"], body["size"]) for body in sent] == [(0, 2), (2, 2), (4, 2), (5, 2)]
    assert all(body["query"] == query and body["sort"] == ["allocator_id"] for body in sent)


def test_iter_search_runners_pages_with_from_and_size(fake, ece):
    fake.add_runners(5)
    found = list(ece.platform_infrastructure.iter_search_runners(page_size=3))
    assert all(isinstance(r, RunnerInfo) for r in found)
    assert [r.runner_id for r in found] == [f"192.168.44.{i}" for i in range(10, 15)]
    assert [(b["from"], b["size"]) for b in bodies(fake, "/platform/infrastructure/runners/_search")] == [
        (0, 3),
        (3, 3),
        (5, 3),
    ]
    assert all("query" not in body for body in bodies(fake, "/platform/infrastructure/runners/_search"))


def test_an_offset_walk_ignoring_from_does_not_loop_forever(fake, ece):
    fake.add_runners(2)
    fake.fail_next("POST", "/platform/infrastructure/runners/_search", *[Reply(200, {"runners": fake.runners})] * 20)
    assert len(list(ece.platform_infrastructure.iter_search_runners(page_size=2))) == 2
    assert len(bodies(fake, "/platform/infrastructure/runners/_search")) == 2


def test_results_without_an_id_are_told_apart_by_their_content(fake, ece):
    fake.runners = [{"connected": True}, {"connected": False}]
    found = list(ece.platform_infrastructure.iter_search_runners(page_size=5))
    assert [r.to_dict() for r in found] == [{"connected": True}, {"connected": False}]


# -- asyncio ---------------------------------------------------------------------------------


@needs_cursor
@pytest.mark.anyio
async def test_async_iter_search_follows_the_cursor(fake, async_ece):
    ids = deployment_ids(fake, 5)
    assert [d.id async for d in async_ece.deployments.iter_search(page_size=2)] == ids
    assert len(bodies(fake, "/deployments/_search")) == 3


@lacks_cursor
@pytest.mark.anyio
async def test_async_iter_search_pages_with_from_and_size(fake, async_ece):
    ids = deployment_ids(fake, 5)
    assert [d.id async for d in async_ece.deployments.iter_search(page_size=2)] == ids
    assert [body["from"] for body in bodies(fake, "/deployments/_search")] == [0, 2, 4, 5]


@pytest.mark.lacks(MINIMAL_METADATA, reason="a search without minimal_metadata cannot give minimal objects")
@pytest.mark.anyio
async def test_async_minimal_metadata_where_the_search_has_none_is_refused(fake, async_ece):
    with pytest.raises(UnsupportedOperationError, match=f"ECE {ece_client.ECE_VERSION}"):
        async_ece.deployments.iter_search(minimal_metadata="id")
    assert fake.server.requests == []


@pytest.mark.anyio
async def test_async_iter_allocators_and_searches_walk_every_page(fake, async_ece):
    fake.add_allocators(5)
    fake.add_runners(3)
    infrastructure = async_ece.platform_infrastructure
    assert len([a async for a in infrastructure.iter_allocators(page_size=2)]) == 5
    assert len([a async for a in infrastructure.iter_search_allocators(page_size=2)]) == 5
    assert len([r async for r in infrastructure.iter_search_runners(page_size=2)]) == 3
