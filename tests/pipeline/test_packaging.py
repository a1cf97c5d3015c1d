"""What users get from pip: a wheel that installs into a fresh virtualenv, and imports that stay lazy."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
import zipfile

import ece_client
import pytest
import releases
from support.paths import ROOT


def _modules_after(code: str) -> list[str]:
    script = (
        f"{code}\nimport sys, json\nprint(json.dumps(sorted(m for m in sys.modules if m.startswith('ece_client'))))"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    return json.loads(out.splitlines()[-1])


def test_importing_the_package_loads_almost_nothing():
    assert _modules_after("import ece_client") == ["ece_client"]


def test_importing_one_operation_does_not_load_every_model():
    loaded = _modules_after("from ece_client.api.deployments import get_deployment")
    models = [m for m in loaded if m.startswith("ece_client.models.")]
    assert len(loaded) < 20, loaded
    assert models == []


def test_parsing_a_deployment_loads_only_the_models_it_reads():
    loaded = _modules_after(
        "from ece_client.models import DeploymentGetResponse\n"
        "d = DeploymentGetResponse.from_dict({'id': 'x', 'resources': {'elasticsearch': []}})\n"
        "d.resources.elasticsearch"
    )
    models = [m for m in loaded if m.startswith("ece_client.models.") and not m.startswith("ece_client.models._")]
    assert sorted(models) == ["ece_client.models.deployment_get_response", "ece_client.models.deployment_resources"]


def test_reading_nested_models_loads_no_index_of_model_names():
    """A codec imports its model's module directly: the index of all 662 names is for lookups by name."""
    loaded = _modules_after(
        "from ece_client.models.deployment_get_response import DeploymentGetResponse\n"
        "d = DeploymentGetResponse.from_dict({'id': 'x', 'resources': {'elasticsearch': [{'info': {}}]}})\n"
        "d.resources.elasticsearch[0].info"
    )
    assert "ece_client.models.elasticsearch_cluster_info" in loaded
    assert "ece_client.models._index" not in loaded
    assert "ece_client.models._all" not in loaded


def test_the_models_package_lists_and_finds_every_model_by_name():
    import ece_client.models as models
    from ece_client.models import _all

    assert sorted(models.__all__) == sorted(_all.__all__)  # what `import *` gives is what checkers see
    assert set(models.__all__) <= set(dir(models))
    namespace: dict[str, object] = {}
    exec("from ece_client.models import *", namespace)  # noqa: S102
    assert namespace["ContainersEntryOptionsACL"] is _all.ContainersEntryOptionsACL  # a module name not derivable
    with pytest.raises(AttributeError, match="no attribute 'DeploymentGetRespons'"):
        models.DeploymentGetRespons  # noqa: B018


def test_client_construction_loads_no_operation_group_until_used():
    loaded = _modules_after("from ece_client import ECE\nECE('https://ece.test', api_key='k', check_version=False)")
    assert not any(m.startswith("ece_client.api.deployments") for m in loaded)
    assert not any(m.startswith("ece_client.models.") for m in loaded)


_FIRST_CALL = (
    "import json\n"
    "from ece_client import ECE\n"
    "ece = ECE('https://ece.test', api_key='k', check_version=False)\n"
    "ece.deployments\n"
    "from ece_client.api.deployments import get_deployment as operation\n"
    "operation.RESPONSES[200].decode({'id': 'x', 'resources': {}}, operation.OPERATION_ID)\n"
)


def test_a_first_call_loads_no_module_of_an_optional_feature():
    """A GET with an API key needs none of plans, streaming, pagination, workflows, config files,
    raw responses, request options, error replies, the login flow or the async group: each is
    imported on first use."""
    loaded = set(_modules_after(_FIRST_CALL))
    optional = {
        "ece_client._api_errors",
        "ece_client._api_response",
        "ece_client._async_client",
        "ece_client._config",
        "ece_client._config_files",
        "ece_client._error_detail",
        "ece_client._login",
        "ece_client._pagination",
        "ece_client._request_args",
        "ece_client._resource_variants",
        "ece_client._retry",
        "ece_client._plan_settings",
        "ece_client._plan_wait",
        "ece_client._plans",
        "ece_client._progress",
        "ece_client._request_options",
        "ece_client._streaming",
        "ece_client._transport_errors",
        "ece_client._vacate",
        "ece_client._workflow_errors",
        "ece_client._extensions.deployments_async",
        "ece_client.api._async_groups",
        "ece_client.api.deployments._async",
        "ece_client.api.deployments._async_raw",
        "ece_client.api.deployments._raw",
        "ece_client.api.deployments._streamed",
        "ece_client.models._index",
        "ece_client.workflows",
    }
    assert "ece_client.models.deployment_get_response" in loaded
    assert loaded & optional == set()


def _scripted_client(replies: str, check_version: bool = True) -> str:
    """Code making `ece` answer from `replies` (an expression giving httpx responses or exceptions in turn)."""
    return (
        "import httpx\n"
        "from ece_client import ECE\n"
        f"replies = iter({replies})\n"
        "def reply(request):\n"
        "    answer = next(replies)\n"
        "    if isinstance(answer, Exception):\n"
        "        raise answer\n"
        "    return answer\n"
        f"ece = ECE('https://ece.test', api_key='k', check_version={check_version}, max_retries=0,"
        " transport=httpx.MockTransport(reply))\n"
    )


_DEPLOYMENT = "httpx.Response(200, json={'id': 'x', 'name': 'n', 'healthy': True, 'resources': {}})"
_PLATFORM = f"httpx.Response(200, json={{'version': '{ece_client.ECE_VERSION}'}})"
_FAILURE_CODE = {"ece_client._retry", "ece_client._transport_errors", "ece_client._api_errors"}


def test_a_successful_call_loads_no_failure_code():
    """Retry policy, transport-error mapping and error-reply classes are not loaded by a call that
    succeeds, nor is RequestOptions by the version check that follows a client's first call."""
    for replies, check_version in ((f"[{_DEPLOYMENT}]", False), (f"[{_DEPLOYMENT}, {_PLATFORM}]", True)):
        code = _scripted_client(replies, check_version) + "assert ece.deployments.get_deployment('x').name == 'n'\n"
        loaded = set(_modules_after(code))
        assert loaded & (_FAILURE_CODE | {"ece_client._request_options"}) == set(), (check_version, loaded)


_NOT_FOUND = "httpx.Response(404, json={'errors': [{'code': 'deployments.not_found', 'message': 'none'}]})"


@pytest.mark.parametrize(
    ("reply", "raised", "loads", "skips"),
    [
        (
            _NOT_FOUND,
            "type(error).__name__ == 'NotFoundError' and error.codes == ('deployments.not_found',)",
            "ece_client._api_errors",
            "ece_client._transport_errors",
        ),
        (
            "httpx.ConnectError('refused')",
            "type(error).__name__ == 'ConnectionError' and 'refused' in str(error)",
            "ece_client._transport_errors",
            "ece_client._api_errors",
        ),
    ],
    ids=["404", "refused"],
)
def test_a_failure_loads_what_it_raises(reply: str, raised: str, loads: str, skips: str):
    code = _scripted_client(f"[{reply}]", check_version=False) + (
        "try:\n    ece.deployments.get_deployment('y')\n"  # (ece_client.errors would load every error module)
        f"except Exception as error:\n    assert {raised}\n"
        "else:\n    raise AssertionError('a failure passed as a success')\n"
    )
    loaded = set(_modules_after(code))
    assert {"ece_client._retry", loads} <= loaded
    assert skips not in loaded


def test_errors_resolves_each_moved_name_from_its_own_module():
    """ece_client._errors names every error; one defined elsewhere loads its module only."""
    from ece_client import _errors

    moved = {name for names in _errors._DEFINED_ELSEWHERE.values() for name in names}
    defined_here = {name for name in _errors.__all__ if name in vars(_errors) and name not in moved}
    assert moved | defined_here == set(_errors.__all__)
    loaded = _modules_after("import ece_client._errors as errors\nerrors.ClientClosedError")
    assert "ece_client._transport_errors" in loaded
    assert "ece_client._api_errors" not in loaded


def test_a_first_call_defines_no_dataclass():
    """Creating a dataclass costs about 1 ms (it compiles its methods): the modules of a first call
    define plain classes, and the public dataclasses live in modules imported on first use."""
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            _FIRST_CALL + "import sys\n"
            "print(sorted(f'{name}.{cls}' for name, module in list(sys.modules.items())"
            " if name.startswith('ece_client') for cls, value in vars(module).items()"
            " if isinstance(value, type) and value.__module__ == name and '__dataclass_fields__' in vars(value)))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.splitlines()[-1] == "[]"


def test_a_group_module_gives_its_async_raw_and_streamed_classes_on_first_use():
    loaded = _modules_after(
        "import ece_client.api.deployments as group\n"
        "assert group.AsyncDeploymentsAPIWithRawResponse.__name__ in group.__all__\n"
        "assert 'download_deployment_instance_heap_dump' in vars(group.DeploymentsAPIWithStreamingResponse)"
    )
    assert {"ece_client.api.deployments._async_raw", "ece_client.api.deployments._streamed"} <= set(loaded)
    assert "ece_client.api.deployments._async" not in loaded
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        import ece_client.api.deployments as group

        group.Nope  # noqa: B018


def test_the_public_dataclasses_are_still_dataclasses():
    import dataclasses

    from ece_client import APIResponse, RequestOptions
    from ece_client.errors import ErrorDetail
    from ece_client.plans import WaitSettings

    options = RequestOptions(timeout=5.0)
    assert dataclasses.replace(options, max_retries=1) == RequestOptions(timeout=5.0, max_retries=1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.timeout = 1.0  # type: ignore[misc]
    assert all(dataclasses.is_dataclass(cls) for cls in (APIResponse, ErrorDetail, WaitSettings))


def test_the_package_knows_its_ece_release():
    assert ece_client.ECE_VERSION == releases.pinned()


@pytest.mark.slow
def test_wheel_installs_into_a_fresh_virtualenv_and_works(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(ROOT)],
        check=True,
    )
    (wheel,) = dist.glob("ece_client-*.whl")
    assert wheel.name.startswith(f"ece_client-{ece_client.ECE_VERSION}.")
    names = zipfile.ZipFile(wheel).namelist()
    assert "ece_client/py.typed" in names
    assert "ece_client/_client.py" in names and "ece_client/api/deployments/get_deployment.py" in names
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("METADATA"))).decode()
    requires = sorted(
        line.split()[1].split(">")[0].split("<")[0]
        for line in metadata.splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    )
    assert requires == ["httpx", "python-dateutil"]

    env = tmp_path / "venv"
    venv.create(env, with_pip=True)
    python = env / "bin" / "python"
    # A real install, dependencies resolved by pip from the package's metadata.
    install = subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    check = (
        "import ece_client, httpx, json\n"
        "from ece_client import ECE\n"
        "from ece_client.models import DeploymentGetResponse\n"
        f"assert ece_client.__file__.startswith({str(env)!r})\n"
        "d = DeploymentGetResponse.from_dict({'id': 'x', 'name': 'n'})\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200, json={'id': 'x', 'name': 'n'}))\n"
        "c = ECE('https://ece.test', api_key='k', check_version=False, transport=t)\n"
        "print(ece_client.ECE_VERSION, c.deployments.get_deployment('x').name)\n"
    )
    out = subprocess.run([str(python), "-c", check], capture_output=True, text=True, check=False, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [ece_client.ECE_VERSION, "n"]
