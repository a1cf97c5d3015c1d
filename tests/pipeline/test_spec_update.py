"""The spec-update path of README's "Updating the spec", run on a temporary copy of the project.

A new ECE release is simulated: the pinned release's spec plus one operation and one model field,
served from a file:// URL. In the copy, the README's steps (`make pin ECE_VERSION=... SPEC_URL=...`,
`make generate`, `make api-changes`) must give a project whose tests pass with nothing edited by
hand: the tests derive releases, versions and counts from spec/lock.json, release-scoped patches
open at the top reach the new release, and ../shared need not know it.

It regenerates once. The copy gets its own virtualenv (sharing the tools of this one through a
.pth file, so nothing is downloaded) so that its install never touches this project's.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pull_spec
import pytest
import releases
from support.paths import RECORDED, ROOT, SHARED, SPECS

NEW_OPERATION = ("/platform/widgets", "get", "get-widgets")


def new_release(pinned: str) -> str:
    major, minor, _ = pinned.split(".")
    return f"{major}.{int(minor) + 1}.0"


def simulated_spec(folder: Path) -> Path:
    """The pinned spec with one added operation and one added field of a model."""
    _, data = pull_spec.pull(releases.pinned(), SPECS)
    swagger = json.loads(data)
    path, method, operation_id = NEW_OPERATION
    swagger["paths"][path] = {
        method: {
            "tags": ["Platform"],
            "summary": "List widgets",
            "operationId": operation_id,
            "produces": ["application/json"],
            "responses": {"200": {"description": "The widgets", "schema": {"$ref": "#/definitions/PlatformInfo"}}},
        }
    }
    swagger["definitions"]["PlatformInfo"]["properties"]["widget_count"] = {
        "type": "integer",
        "format": "int32",
        "description": "How many widgets the platform has.",
    }
    target = folder / "apidocs.json"
    target.write_text(json.dumps(swagger, indent=2))
    return target


def copy_project(target: Path) -> None:
    """The project's files (tracked and new, not ignored) with their times, and a virtualenv of its own."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, (entry.decode() for entry in listed)):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    # A repository of its own: some tests ask git which files the project holds.
    subprocess.run(["git", "init", "-q"], cwd=target, check=True)
    subprocess.run(["git", "add", "-A"], cwd=target, check=True)
    (target / "node_modules").symlink_to(ROOT / "node_modules")
    venv = target / ".venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    purelib = Path(sysconfig.get_paths(vars={"base": str(venv), "platbase": str(venv)})["purelib"])
    (purelib / "project-tools.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    for tool in (Path(sys.executable).parent).iterdir():
        if not (venv / "bin" / tool.name).exists():
            (venv / "bin" / tool.name).symlink_to(tool)
    (venv / ".installed").touch()


def make(copy: Path, *args: str, env: dict[str, str]) -> str:
    run = subprocess.run(["make", "--no-print-directory", *args], cwd=copy, env=env, capture_output=True, text=True)
    assert run.returncode == 0, f"make {' '.join(args)} failed:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}"
    return run.stdout


@pytest.mark.slow
def test_a_new_release_is_pinned_generated_and_tested_with_the_readmes_steps_only(tmp_path):
    if not (ROOT / "node_modules" / ".installed").is_file():
        pytest.skip("needs the project's node_modules (make node)")
    pinned, release = releases.pinned(), new_release(releases.pinned())
    copy = tmp_path / "project"
    copy_project(copy)
    url = simulated_spec(tmp_path).as_uri()
    # Not the outer make's settings (its SPEC_MIRROR is relative to this project, not the copy).
    outer = ("ECE_VERSION", "PYTHON", "MAKE", "MFLAGS", "SPEC_MIRROR")
    env = {key: value for key, value in os.environ.items() if not key.startswith(outer)}
    env.update(
        SPEC_MIRROR=str(SPECS.resolve()), ECE_SHARED_DIR=str(SHARED.resolve()), ECE_RECORDED_DIR=str(RECORDED.resolve())
    )

    make(copy, "pin", f"ECE_VERSION={release}", f"SPEC_URL={url}", env=env)
    lock = json.loads((copy / "spec" / "lock.json").read_text())
    assert lock["pinned"] == release and lock["releases"][release]["url"] == url
    revision = releases.revision()
    assert f'version = "{release}.{revision}"' in (copy / "pyproject.toml").read_text()

    make(copy, "generate", env=env)
    make(copy, "api-changes", env=env)
    package = copy / "generated" / "ece_client"
    assert f'ECE_VERSION = "{release}"' in (package / "__init__.py").read_text()
    assert (package / "api" / "platform" / "get_widgets.py").is_file()
    assert '"widget_count"' in (package / "models" / "platform_info.py").read_text()
    operations = releases_operations(package)
    readme = (copy / "README.md").read_text()
    assert f"all {operations} operations of ECE {release}," in readme
    assert f"| {release} | {release}.{revision} | {operations} |" in readme
    assert (copy / "docs" / "api-changes" / f"{pinned}-to-{release}.md").is_file()

    # `make test` of the copy, without the slow builds and without this test itself.
    tests = subprocess.run(
        [str(copy / ".venv" / "bin" / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "not slow"],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
    )
    assert tests.returncode == 0, tests.stdout[-5000:] + tests.stderr[-2000:]


def releases_operations(package: Path) -> int:
    import compat_table

    return compat_table.count_operations(package)
