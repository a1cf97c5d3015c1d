"""One SDK per ECE release: versions, release-scoped patches, per-release builds, the smoke test, the table.

The full matrix (every release built, installed in a fresh virtualenv and smoke-tested) is
`make test-releases`; CI runs it for the oldest and the newest release. These tests cover
its parts, and what must hold for every release's spec without building it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import venv
import zipfile
from pathlib import Path

import build_dist
import compat_table
import openapi
import patch_spec
import pytest
import release_matrix
import releases
from support.paths import RECORDED, ROOT, SPECS
from support.release_specs import PINNED, patched

ALL = releases.releases()
# --- versions -----------------------------------------------------------------------------


def test_the_releases_are_those_of_the_lock_oldest_first():
    lock = json.loads(releases.LOCK.read_text())
    assert sorted(ALL) == sorted(lock["releases"])
    assert ALL == sorted(ALL, key=lambda release: [int(part) for part in release.split(".")])  # numeric order
    assert ALL.index("2.13.0") < ALL.index("3.0.0") < ALL.index(PINNED) == len(ALL) - 1


def test_every_release_of_the_shared_specs_is_built():
    """A release pinned since (from its URL) need not be in ../shared; every one there must be in the lock."""
    shared = [entry["ece_version"] for entry in json.loads((SPECS / "versions.json").read_text())]
    assert set(shared) <= set(ALL)


def test_pyproject_version_is_the_pinned_release_plus_the_sdk_revision():
    """The pinned build's version comes from the same revision as every other release's."""
    assert releases.project_version() == f"{PINNED}.{releases.revision()}"
    assert releases.sdk_version(PINNED) == releases.project_version()


def test_every_release_gets_the_same_revision():
    revision = releases.revision()
    assert [releases.sdk_version(r) for r in ALL] == [f"{r}.{revision}" for r in ALL]
    with pytest.raises(releases.ReleaseError, match="not in spec/lock.json"):
        releases.sdk_version("9.9.9")


def test_a_pyproject_version_that_drifted_from_the_pin_is_an_error(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "ece-client"\nversion = "3.7.0.2"\n')
    with pytest.raises(releases.ReleaseError, match=f"must be the pinned ECE release {PINNED}"):
        releases.revision(pyproject)
    pyproject.write_text(f'[project]\nname = "ece-client"\nversion = "{PINNED}.7"\n')
    assert releases.revision(pyproject) == 7


def test_set_version_changes_only_the_project_version():
    text = (ROOT / "pyproject.toml").read_text()
    changed = build_dist.set_version(text, "2.13.0.0")
    assert 'version = "2.13.0.0"' in changed
    assert changed.replace('version = "2.13.0.0"', f'version = "{releases.project_version()}"') == text
    with pytest.raises(build_dist.DistError):
        build_dist.set_version("[project]\nname = 'x'\n", "1.0")


def test_the_build_layout_of_the_pinned_and_other_releases():
    pinned, other = releases.layout(PINNED), releases.layout("3.0.0")
    assert (pinned.spec, pinned.generated_root) == (ROOT / "spec" / "swagger.json", ROOT / "generated")
    assert other.work == other.spec.parent == other.generated_root.parent == ROOT / "build" / "releases" / "3.0.0"
    assert releases.layout("9.9.9").work == ROOT / "build" / "releases" / "9.9.9"  # `make pin` asks before the lock
    assert releases.wheel("3.0.0") == ROOT / "dist" / f"ece_client-{releases.sdk_version('3.0.0')}-py3-none-any.whl"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("variable", "value"), [("LDSHARED", "false"), ("ECE_CLIENT_NO_EXTENSIONS", "1")], ids=["no-compiler", "turned-off"]
)
def test_a_wheel_without_the_compiled_getters_is_pure_python(tmp_path, monkeypatch, variable, value):
    """No C compiler (a compile command that fails), or the extensions turned off: a py3-none-any wheel."""
    monkeypatch.setenv(variable, value)
    wheel, _ = sorted(build_dist.build(PINNED, tmp_path), key=lambda p: p.suffix != ".whl")
    assert wheel.name == f"ece_client-{releases.sdk_version(PINNED)}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        assert not [name for name in archive.namelist() if "_speedups" in name]


def test_make_pin_refuses_without_a_release(tmp_path):
    lock = releases.LOCK.read_text()
    run = subprocess.run(
        ["make", "--no-print-directory", "pin", f"SPEC_URL=file://{tmp_path}/nothing.json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={key: value for key, value in os.environ.items() if key != "ECE_VERSION"},
    )
    assert run.returncode != 0
    assert "make pin ECE_VERSION=<release> SPEC_URL=<url>" in run.stderr
    assert releases.LOCK.read_text() == lock


def test_the_makefile_builds_where_the_scripts_look():
    def dry_run(*args: str) -> str:
        return subprocess.run(["make", "-n", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout

    for release in ("3.0.0", PINNED):
        assert str(releases.patched_spec(release).relative_to(ROOT)) in dry_run("patch", f"ECE_VERSION={release}")
    generated = releases.generated_root("3.0.0").relative_to(ROOT)
    assert str(generated) in dry_run("generate", "ECE_VERSION=3.0.0")
    assert "build_dist.py 3.0.0" in dry_run("dist", "ECE_VERSION=3.0.0")


# --- release-scoped patches, checked on every release's spec ------------------------------


def test_release_scoped_patches_are_ranges_bounded_by_known_releases():
    """A range bounded by releases the lock knows; one open at the top applies to the newest release."""
    scoped = [patch for patch in patch_spec.load_patches() if "releases" in patch]
    assert scoped
    for patch in scoped:
        assert set(patch["releases"].values()) <= set(ALL), patch["reason"]
        if "through" not in patch["releases"]:
            assert patch_spec.applies_to(patch, ALL[-1]), patch["reason"]


@pytest.mark.parametrize(
    ("scope", "applies"),
    [
        ({"from": "3.3.0"}, {"3.3.0": True, "3.2.0": False, "3.10.0": True, "9.0.0": True}),
        ({"through": "2.13.0"}, {"2.13.0": True, "2.9.1": True, "3.0.0": False}),
        ({"from": "3.0.0", "through": "3.5.2"}, {"3.0.0": True, "3.5.2": True, "3.6.0": False, "2.13.0": False}),
    ],
)
def test_a_release_range_includes_both_ends_and_compares_numerically(scope, applies):
    patch = {"reason": "r", "releases": scope, "set": {"at": "/x", "value": 1}}
    assert {release: patch_spec.applies_to(patch, release) for release in applies} == applies


@pytest.mark.parametrize(
    "scope", [["3.8.0"], {}, {"since": "3.0.0"}, {"from": "latest"}, {"from": "3.8.0", "through": "3.0.0"}]
)
def test_a_patch_scope_that_is_not_a_range_is_refused(scope, tmp_path):
    patches = tmp_path / "patches.yaml"
    patches.write_text(json.dumps([{"reason": "r", "releases": scope, "set": {"at": "/x", "value": 1}}]))
    with pytest.raises(patch_spec.PatchError, match="releases|not an ECE release|empty"):
        patch_spec.load_patches(patches)


def _enum_defaults_outside_enum(node, path=""):
    if isinstance(node, dict):
        if "enum" in node and "default" in node and node["default"] not in node["enum"]:
            yield f"{path}: {node['default']!r} not in {node['enum']}"
        for key, value in node.items():
            yield from _enum_defaults_outside_enum(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _enum_defaults_outside_enum(value, f"{path}/{index}")


@pytest.mark.parametrize("release", ALL)
def test_every_release_spec_patches_into_what_the_generator_needs(release, tmp_path):
    """Patches apply (none targets what the release lacks), and leave no defect the generator trips on."""
    document = patched(release, tmp_path)
    swagger = json.loads((tmp_path / "swagger.json").read_text())
    assert document["info"]["version"] == release
    assert patch_spec.apply_patches(document, patch_spec.load_patches(), release) == document  # idempotent
    assert list(_enum_defaults_outside_enum(document)) == []
    for operation in openapi.operations(document):
        path, method = operation.path, operation.method
        where = f"{release} {method.upper()} {path}"
        optional_path = [
            p["name"] for p in operation.spec.get("parameters", []) if p["in"] == "path" and not p.get("required")
        ]
        assert optional_path == [], f"{where}: the generator skips optional path parameters"
        for status, response in operation.spec["responses"].items():
            assert "*/*" not in response.get("content", {}), f"{where} {status}: */* is dropped"
            declared = swagger["paths"][path][method]["responses"][status]
            if "schema" in declared:  # every body the release's spec promises is still there
                assert response.get("content"), f"{where} {status}: the response body was lost"


def test_a_patch_for_a_newer_release_does_not_touch_an_older_one(tmp_path):
    """The 3.7+ `mode` fix would fail on 3.6.0, which has no such parameter: it must not be applied there."""
    document = patched("3.6.0", tmp_path)
    diagnostics = next(
        op
        for item in document["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and op.get("operationId") == "capture-deployment-resource-diagnostics"
    )
    assert "mode" not in [p["name"] for p in diagnostics.get("parameters", [])]
    unscoped = [{k: v for k, v in p.items() if k != "releases"} for p in patch_spec.load_patches()]
    with pytest.raises(patch_spec.PatchError, match="no list item with name=mode"):
        patch_spec.apply_patches(json.loads((tmp_path / "openapi.json").read_text()), unscoped, "3.6.0")


# --- building a release's wheel -----------------------------------------------------------


def _platform_tag() -> str:
    """The tag of a wheel with an extension built here (what hatchling's infer_tag picks)."""
    from packaging.tags import sys_tags

    tag = next(tag for tag in sys_tags() if "manylinux" not in tag.platform and "musllinux" not in tag.platform)
    return f"{tag.interpreter}-{tag.abi}-{tag.platform}"


def _fake_generated(tmp_path: Path, release: str) -> Path:
    """A copy of the committed generated/ package that declares another ECE release."""
    root = tmp_path / "generated"
    shutil.copytree(ROOT / "generated" / "ece_client", root / "ece_client", ignore=build_dist.IGNORED)
    init = root / "ece_client" / "__init__.py"
    init.write_text(init.read_text().replace(f'ECE_VERSION = "{PINNED}"', f'ECE_VERSION = "{release}"'))
    return root


def test_a_package_generated_for_another_release_is_not_built(tmp_path, monkeypatch):
    root = _fake_generated(tmp_path, "3.7.0")
    monkeypatch.setattr(releases, "generated_root", lambda release: root)
    with pytest.raises(build_dist.DistError, match="generated for ECE 3.7.0, not 3.0.0"):
        build_dist.stage("3.0.0", tmp_path / "pkg")
    assert not (tmp_path / "pkg").exists()


@pytest.mark.slow
def test_dist_of_a_release_is_versioned_for_it_and_reports_its_release(tmp_path, monkeypatch):
    root = _fake_generated(tmp_path, "3.7.0")
    real = releases.generated_root
    monkeypatch.setattr(releases, "generated_root", lambda release: root if release == "3.7.0" else real(release))
    monkeypatch.setattr(releases, "work_dir", lambda release: tmp_path / "work" / release)
    outdir = tmp_path / "dist"
    for release in ("3.7.0", PINNED):
        version = releases.sdk_version(release)
        wheel, sdist = sorted(build_dist.build(release, outdir), key=lambda p: p.suffix != ".whl")
        # The compiled getters are in it, so it is tagged for this interpreter and platform.
        assert wheel.name == f"ece_client-{version}-{_platform_tag()}.whl"
        assert sdist.name == f"ece_client-{version}.tar.gz"
        with zipfile.ZipFile(wheel) as archive:
            names = archive.namelist()
            assert f"ece_client/_speedups{sysconfig.get_config_var('EXT_SUFFIX')}" in names
            assert not [name for name in names if name.endswith(".c")]
            assert f'ECE_VERSION = "{release}"' in archive.read("ece_client/__init__.py").decode()
            metadata = archive.read(f"ece_client-{version}.dist-info/METADATA").decode()
        assert f"\nVersion: {version}\n" in metadata
        # The description on the package index is this release's own.
        series = ".".join(release.split(".")[:2])
        assert f"operations of ECE {release}," in metadata and f"This is the build for ECE {release} " in metadata
        assert f'pip install "ece-client=={series}.*"      # for ECE {series}.x' in metadata
        assert "ece_client/_client.py" in names and "ece_client/api/deployments/get_deployment.py" in names
        with tarfile.open(sdist) as archive:
            members = archive.getnames()
        assert f"ece_client-{version}/generated/ece_client/__init__.py" in members
        assert f"ece_client-{version}/overrides/ece_client/_client.py" in members
    assert releases.sdk_version(PINNED) == releases.project_version()


# --- the smoke test run in each fresh virtualenv ------------------------------------------


@pytest.fixture(scope="module")
def pinned_spec(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pinned")
    patched(PINNED, folder)
    return folder / "openapi.patched.json"


@pytest.fixture(scope="module")
def wheel_python(tmp_path_factory) -> Path:
    """The python of a fresh virtualenv with the pinned build's wheel installed (the dependencies come
    from this virtualenv's site-packages, on the path after the wheel)."""
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(folder), str(ROOT)],
        check=True,
    )
    (wheel,) = folder.glob("ece_client-*.whl")
    env = folder / "venv"
    venv.create(env, with_pip=False)
    python = env / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--disable-pip-version-check", "--target", site]
        + [str(wheel)],
        check=True,
    )
    (Path(site) / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return python


def _smoke(python: Path, tmp_path: Path, spec: Path, release: str = PINNED, version: str | None = None):
    """scripts/release_smoke.py against the pinned build's wheel, installed in a fresh virtualenv."""
    return subprocess.run(
        [
            str(python),
            str(ROOT / "scripts" / "release_smoke.py"),
            "--release",
            release,
            "--version",
            version or releases.sdk_version(PINNED),
            "--spec",
            str(spec),
            "--recorded",
            str(RECORDED),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )


@pytest.mark.slow
def test_smoke_test_passes_on_the_installed_pinned_build(wheel_python, tmp_path, pinned_spec):
    run = _smoke(wheel_python, tmp_path, pinned_spec)
    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout.splitlines()[-1])
    assert summary["release"] == PINNED and summary["call"] == "ok"
    assert summary["operations"] == compat_table.count_operations(ROOT / "generated" / "ece_client")
    assert summary["recorded_parsed"] > 0


@pytest.mark.slow
def test_smoke_test_fails_on_a_build_of_another_release(wheel_python, tmp_path, pinned_spec):
    run = _smoke(wheel_python, tmp_path, pinned_spec, release="3.7.0", version="3.7.0.0")
    assert run.returncode == 1
    assert f"ECE_VERSION is '{PINNED}', expected '3.7.0'" in run.stderr


@pytest.mark.slow
def test_smoke_test_fails_when_an_operation_of_the_release_is_missing(wheel_python, tmp_path, pinned_spec):
    spec = json.loads(pinned_spec.read_text())
    spec["paths"]["/widgets"] = {"get": {"operationId": "get-widgets", "responses": {"200": {"description": "ok"}}}}
    (tmp_path / "spec.json").write_text(json.dumps(spec))
    run = _smoke(wheel_python, tmp_path, tmp_path / "spec.json")
    assert run.returncode == 1
    assert "operations missing from the package: [('GET', '/widgets')]" in run.stderr


# --- the README's compatibility table -----------------------------------------------------


def test_readme_opens_with_the_pinned_release():
    """README.md's opening is the template rendered for the pinned release (`make pin` rewrites it)."""
    import readme_intro

    text = (ROOT / "README.md").read_text()
    assert readme_intro.with_intro(text, readme_intro.pinned_intro()) == text
    operations = compat_table.count_operations(ROOT / "generated" / "ece_client")
    assert f"all {operations} operations of ECE {PINNED}," in text


def test_readme_table_lists_every_release_with_its_sdk_version():
    rows = compat_table.readme_rows()
    assert [row.release for row in rows] == list(reversed(ALL))
    assert [row.version for row in rows] == [releases.sdk_version(row.release) for row in rows]


def test_readme_table_row_of_the_pinned_release_is_what_generated_holds():
    (row,) = [row for row in compat_table.readme_rows() if row.release == PINNED]
    assert row.operations == compat_table.count_operations(ROOT / "generated" / "ece_client")


def test_table_render_and_parse_round_trip():
    rows = [compat_table.Row("2.13.0", "2.13.0.4", 388), compat_table.Row("3.8.0", "3.8.0.4", 274)]
    text = f"intro\n{compat_table.START}\nold table\n{compat_table.END}\nrest\n"
    updated = compat_table.with_table(text, compat_table.render(rows))
    assert updated.startswith("intro\n") and updated.endswith(f"{compat_table.END}\nrest\n")
    assert compat_table.readme_rows(updated) == list(reversed(rows))
    assert '`pip install "ece-client==2.13.*"`' in updated


def test_matrix_reports_a_readme_row_that_differs_from_the_build():
    version = releases.sdk_version(PINNED)
    operations = compat_table.count_operations(ROOT / "generated" / "ece_client")
    good = release_matrix.Result(PINNED, version, True, 1.0, operations=operations)
    wrong = release_matrix.Result(PINNED, version, True, 1.0, operations=operations - 1)
    assert release_matrix.table_mismatches([good]) == []
    assert len(release_matrix.table_mismatches([wrong])) == 1
