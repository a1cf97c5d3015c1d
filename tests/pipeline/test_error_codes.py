"""The error-code step (scripts/error_codes.py) and the ece_client.error_codes module it writes."""

from __future__ import annotations

import copy
import dataclasses
import importlib.util
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import error_codes
import generate
import pytest
from error_codes import ErrorCodesError, build_catalogue, constant_name, constant_names, write_module


def _error(description: str, *codes: str) -> dict:
    response: dict = {"description": description}
    if codes:
        response["headers"] = {
            "x-cloud-error-codes": {
                "description": "The error codes associated with the response",
                "schema": {"type": "string", "enum": list(codes)},
            }
        }
    return response


SPEC: dict = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "9.9.9"},
    "paths": {
        "/deployments/{deployment_id}": {
            "parameters": [{"name": "deployment_id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {
                "operationId": "get-deployment",
                "responses": {
                    "200": {"description": "ok"},
                    # Header enum and description mention of the same code: one code.
                    "404": _error(
                        "The Deployment cannot be found. (code: `deployments.deployment_not_found`)",
                        "deployments.deployment_not_found",
                    ),
                },
            },
            "delete": {
                "operationId": "delete-deployment",
                "responses": {
                    # The same code on another operation and status.
                    "404": _error("Not found. (code: `deployments.deployment_not_found`)"),
                    "449": {"$ref": "#/components/responses/Elevate"},
                },
            },
        },
        "/platform/configuration/instances": {
            "post": {
                "operationId": "create-instance-configuration",
                "responses": {
                    # Only in the description, quoted with ' (as some ECE descriptions do), two codes.
                    "400": _error(
                        "bad cluster_type (code: 'configuration.invalid_cluster_type') or bad sizes "
                        "(code: 'configuration.invalid_discrete_sizes')"
                    ),
                    # Only in the header.
                    "403": _error("System owned.", "configuration.system_owned"),
                    "default": _error("Anything else.", "root.unexpected_failure"),
                },
            },
        },
        "/no/operation-id": {
            "get": {"responses": {"500": _error("(code: `root.unexpected_failure`)")}},
        },
    },
    "components": {
        "responses": {
            "Elevate": _error("Elevated permissions needed. (code: `root.needs_elevated_permissions`)"),
        }
    },
}


def _load(path: Path, name: str = "written_error_codes"):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- build_catalogue ------------------------------------------------------------------------------


def test_catalogue_gathers_header_enums_and_description_mentions() -> None:
    assert build_catalogue(SPEC) == {
        "configuration.invalid_cluster_type": {"statuses": [400], "operations": ["create_instance_configuration"]},
        "configuration.invalid_discrete_sizes": {"statuses": [400], "operations": ["create_instance_configuration"]},
        "configuration.system_owned": {"statuses": [403], "operations": ["create_instance_configuration"]},
        "deployments.deployment_not_found": {
            "statuses": [404],
            "operations": ["delete_deployment", "get_deployment"],
        },
        "root.needs_elevated_permissions": {"statuses": [449], "operations": ["delete_deployment"]},
        # "default" adds the operation but no status; no operationId -> the generator's path-based name.
        "root.unexpected_failure": {
            "statuses": [500],
            "operations": ["create_instance_configuration", "get_no_operation_id"],
        },
    }


def test_catalogue_is_sorted_and_independent_of_spec_order() -> None:
    shuffled = copy.deepcopy(SPEC)
    shuffled["paths"] = dict(reversed(list(shuffled["paths"].items())))
    for item in shuffled["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "responses" in operation:
                operation["responses"] = dict(reversed(list(operation["responses"].items())))
    catalogue = build_catalogue(SPEC)
    assert list(catalogue) == sorted(catalogue)
    assert build_catalogue(shuffled) == catalogue
    assert list(build_catalogue(shuffled)) == list(catalogue)


def test_catalogue_statuses_are_ints_across_responses() -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/deployments/{deployment_id}"]["get"]["responses"]["400"] = _error(
        "x", "deployments.deployment_not_found"
    )
    assert build_catalogue(spec)["deployments.deployment_not_found"]["statuses"] == [400, 404]


def test_catalogue_rejects_a_non_string_header_code() -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/no/operation-id"]["get"]["responses"]["500"] = _error("boom", 42)
    with pytest.raises(ErrorCodesError, match="42"):
        build_catalogue(spec)


def test_empty_spec_gives_an_empty_catalogue() -> None:
    assert build_catalogue({"openapi": "3.0.3", "paths": {}}) == {}


# --- naming ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("deployments.deployment_not_found", "DEPLOYMENTS_DEPLOYMENT_NOT_FOUND"),
        ("adminconsole.base_url.bad_version_format", "ADMINCONSOLE_BASE_URL_BAD_VERSION_FORMAT"),
        ("a-b.c d/e", "A_B_C_D_E"),
        ("Mixed.Case2", "MIXED_CASE2"),
    ],
)
def test_constant_name(code: str, name: str) -> None:
    assert constant_name(code) == name


@pytest.mark.parametrize("code", ["", "1.starts_with_digit", "catalogue"])
def test_constant_name_refuses_codes_that_cannot_be_a_constant(code: str) -> None:
    with pytest.raises(ErrorCodesError):
        constant_name(code)


def test_colliding_codes_fail_loudly(tmp_path: Path) -> None:
    with pytest.raises(ErrorCodesError, match="both give the constant A_B"):
        constant_names(["a.b", "a_b"])
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/no/operation-id"]["get"]["responses"]["500"] = _error("x", "root.unexpected-failure")
    with pytest.raises(ErrorCodesError, match="ROOT_UNEXPECTED_FAILURE"):
        write_module(spec, tmp_path)
    assert not (tmp_path / "error_codes.py").exists()


# --- the written module ----------------------------------------------------------------------------


def test_written_module_exposes_constants_catalogue_and_describe(tmp_path: Path) -> None:
    path = write_module(SPEC, tmp_path)
    assert path == tmp_path / "error_codes.py"
    module = _load(path)
    assert module.__doc__
    assert module.DEPLOYMENTS_DEPLOYMENT_NOT_FOUND == "deployments.deployment_not_found"
    assert module.CONFIGURATION_INVALID_CLUSTER_TYPE == "configuration.invalid_cluster_type"
    info = module.CATALOGUE[module.DEPLOYMENTS_DEPLOYMENT_NOT_FOUND]
    assert info.statuses == (404,)
    assert info.operations == ("delete_deployment", "get_deployment")
    assert module.describe("root.unexpected_failure") == module.ErrorCodeInfo(
        statuses=(500,), operations=("create_instance_configuration", "get_no_operation_id")
    )
    assert module.describe("no.such_code") is None
    assert set(module.CATALOGUE) == set(build_catalogue(SPEC))
    constants = {name for name in module.__all__ if name.isupper() and name != "CATALOGUE"}
    assert {getattr(module, name) for name in constants} == set(module.CATALOGUE)
    assert {"CATALOGUE", "ErrorCodeInfo", "describe"} <= set(module.__all__)
    assert all(hasattr(module, name) for name in module.__all__)
    with pytest.raises((AttributeError, dataclasses.FrozenInstanceError)):
        info.statuses = ()  # type: ignore[misc]


def test_written_module_is_deterministic_and_already_formatted(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    first = write_module(SPEC, tmp_path / "a").read_bytes()
    shuffled = copy.deepcopy(SPEC)
    shuffled["paths"] = dict(reversed(list(shuffled["paths"].items())))
    (tmp_path / "b").mkdir()
    assert write_module(shuffled, tmp_path / "b").read_bytes() == first
    # ruff format (the pipeline's settings) leaves it as written, so the CLI output is final too.
    ruff = Path(sys.executable).parent / "ruff"
    result = subprocess.run(
        [str(ruff), "format", *generate.RUFF_SETTINGS, "--check", str(tmp_path / "b" / "error_codes.py")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_written_module_for_an_empty_spec_imports(tmp_path: Path) -> None:
    module = _load(write_module({"openapi": "3.0.3", "paths": {}}, tmp_path), "empty_error_codes")
    assert module.CATALOGUE == {}
    assert module.describe("anything") is None


def test_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(SPEC))
    package = tmp_path / "pkg"
    package.mkdir()
    assert error_codes.main([str(spec), str(package)]) == 0
    assert "6 codes" in capsys.readouterr().out
    assert _load(package / "error_codes.py", "cli_error_codes").ROOT_NEEDS_ELEVATED_PERMISSIONS
    with pytest.raises(SystemExit) as usage:
        error_codes.main([str(spec)])
    assert usage.value.code == 2
    assert error_codes.main([str(spec), str(tmp_path / "missing")]) == 1


# --- wiring into generate.py -----------------------------------------------------------------------


def test_generate_writes_the_module_before_formatting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """generate() adds error_codes.py to the staged package, and format_tree sees it."""
    spec = tmp_path / "openapi.patched.json"
    spec.write_text(json.dumps(SPEC))

    def fake_generator(command: list[str], what: str, cwd: Path | None = None) -> str:
        staged = Path(command[command.index("--output-path") + 1])
        staged.mkdir(parents=True)
        (staged / "__init__.py").write_text("")
        return "Generating\n"

    formatted: list[bool] = []
    monkeypatch.setattr(generate, "_run", fake_generator)
    monkeypatch.setattr(generate, "format_tree", lambda path: formatted.append((path / "error_codes.py").exists()))
    target = generate.generate(spec, tmp_path / "out")
    assert formatted == [True]
    assert _load(target / "error_codes.py", "generated_error_codes").DEPLOYMENTS_DEPLOYMENT_NOT_FOUND


# --- the installed package (after regeneration) ----------------------------------------------------


def test_installed_package_has_error_codes() -> None:
    from ece_client import error_codes as installed

    assert installed.DEPLOYMENTS_DEPLOYMENT_NOT_FOUND == "deployments.deployment_not_found"
    info = installed.CATALOGUE[installed.DEPLOYMENTS_DEPLOYMENT_NOT_FOUND]
    assert "get_deployment" in info.operations
    assert 404 in info.statuses
    assert installed.describe("deployments.deployment_not_found") is info
    # Codes ECE only mentions in descriptions (quoted with ') are there too.
    assert installed.CONFIGURATION_SYSTEM_OWNED == "configuration.system_owned"


def test_installed_catalogue_names_real_operation_modules() -> None:
    import ece_client.api
    from ece_client import error_codes as installed

    modules = {
        info.name.rsplit(".", 1)[1]
        for info in pkgutil.walk_packages(ece_client.api.__path__, "ece_client.api.")
        if not info.ispkg
    }
    operations = {name for info in installed.CATALOGUE.values() for name in info.operations}
    assert operations
    assert operations <= modules
