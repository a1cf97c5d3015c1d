"""Types users can trust, checked the way users check them, on the package as pip installs it (a wheel):

- ``pyright --verifytypes ece_client --ignoreexternal``: type completeness of 99% or more;
- ``mypy --strict`` and pyright's strict mode accept examples/ and every Python block of README.md;
- both reject each typical mistake in tests/typing/mistakes.py, and only those (each counted);
- an editor (jedi) completes public names, a field's value as its type and a group's methods.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import textwrap
import venv
from pathlib import Path

import pytest
from support.paths import ROOT

pytestmark = pytest.mark.slow

MISTAKES = ROOT / "tests" / "typing" / "mistakes.py"
PYRIGHT = Path(sys.executable).parent / "pyright"
SKIP_MARK = "<!-- typecheck: fragment -->"
"""Put before a README block that is deliberately not a checkable program (keep these few)."""

README_PRELUDE = """\
from typing import cast

from ece_client import ECE

ece = cast(ECE, None)  # the README's blocks use a client made earlier
deployment_id = "3d1fb0a2"
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A virtualenv with the wheel of this tree installed (dependencies from the test virtualenv)."""
    root = tmp_path_factory.mktemp("typed")
    dist = root / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(ROOT)],
        check=True,
    )
    (wheel,) = dist.glob("ece_client-*.whl")
    env = root / "venv"
    venv.create(env, with_pip=False)
    python = env / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)], check=True
    )
    # httpx and python-dateutil from this virtualenv; its development install of ece_client is not
    # seen there (the .pth files of a folder added this way are not run).
    (site / "test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    found = subprocess.run(
        [str(python), "-c", "import ece_client; print(ece_client.__file__)"], capture_output=True, text=True, check=True
    )
    assert found.stdout.startswith(str(site)), found.stdout
    return python


def _mypy(python: Path, files: list[Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--python-executable",
            str(python),
            "--show-error-codes",
            *map(str, files),
        ],
        capture_output=True,
        text=True,
        cwd=cwd,
    )


def _pyright(python: Path, files: list[Path], cwd: Path) -> dict:
    config = cwd / "pyrightconfig.json"
    environment = python.parent.parent
    settings = {"typeCheckingMode": "strict", "venvPath": str(environment.parent), "venv": environment.name}
    config.write_text(json.dumps(settings))
    result = subprocess.run(
        [str(PYRIGHT), "--outputjson", "--project", str(config), *map(str, files)],
        capture_output=True,
        text=True,
        cwd=cwd,
    )
    return json.loads(result.stdout)


def _errors(report: dict) -> list[str]:
    return [
        f"{Path(d['file']).name}:{d['range']['start']['line'] + 1}: {d['message']}"
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]


def readme_blocks() -> list[tuple[int, str]]:
    """Every ```python block of README.md with its line, less those marked as fragments."""
    lines = (ROOT / "README.md").read_text().splitlines()
    blocks, index = [], 0
    while index < len(lines):
        if lines[index].strip() == "```python":
            start, body = index + 1, []
            index += 1
            while lines[index].strip() != "```":
                body.append(lines[index])
                index += 1
            marked = start >= 3 and SKIP_MARK in lines[start - 2] + lines[start - 3]
            if not marked:
                blocks.append((start + 1, "\n".join(body) + "\n"))
        index += 1
    return blocks


def _as_module(code: str) -> str:
    """A README block as a module: top-level `await` / `async with` / `async for` go into a coroutine."""
    if re.search(r"^(await |async (with|for) )|^\S.*\bawait ", code, re.M):
        code = "async def block() -> None:\n" + textwrap.indent(code, "    ")
    return README_PRELUDE + code


def test_type_completeness_of_the_installed_wheel(installed, tmp_path):
    bin_dir = installed.parent  # pyright's --verifytypes takes the interpreter of the active virtualenv
    env = {**os.environ, "VIRTUAL_ENV": str(bin_dir.parent), "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(
        [str(PYRIGHT), "--verifytypes", "ece_client", "--ignoreexternal"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    found = re.search(r"Type completeness score: ([\d.]+)%", result.stdout)
    assert found, result.stdout[-3000:]
    assert float(found.group(1)) >= 99.0, result.stdout[-6000:]


def test_examples_and_readme_pass_strict_checks(installed, tmp_path):
    examples = sorted((ROOT / "examples").glob("*.py"))
    blocks = readme_blocks()
    assert len(blocks) >= 10  # the README's examples are checked, not skipped
    files = [shutil.copy(path, tmp_path / path.name) for path in examples]
    for line, code in blocks:
        path = tmp_path / f"readme_line_{line}.py"
        path.write_text(_as_module(code))
        files.append(path)
    files = [Path(f) for f in files]
    mypy = _mypy(installed, files, tmp_path)
    assert mypy.returncode == 0, mypy.stdout
    pyright = _errors(_pyright(installed, files, tmp_path))
    assert pyright == [], "\n".join(pyright)


def _marked_lines(path: Path) -> set[int]:
    return {number for number, line in enumerate(path.read_text().splitlines(), 1) if "# expect-error" in line}


def test_both_checkers_reject_each_typical_mistake(installed, tmp_path):
    mistakes = tmp_path / "mistakes.py"
    shutil.copy(MISTAKES, mistakes)
    expected = _marked_lines(mistakes)
    assert len(expected) >= 14

    mypy = _mypy(installed, [mistakes], tmp_path)
    mypy_lines = {int(m) for m in re.findall(r"^mistakes\.py:(\d+): error:", mypy.stdout, re.M)}
    assert sorted(mypy_lines) == sorted(expected), mypy.stdout

    report = _pyright(installed, [mistakes], tmp_path)
    pyright_lines = {int(e.split(":")[1]) for e in _errors(report)}
    assert sorted(pyright_lines) == sorted(expected), "\n".join(_errors(report))


def test_the_errors_module_exports_every_error():
    import ece_client._errors
    import ece_client.errors

    assert set(ece_client._errors.__all__) == set(ece_client.errors.__all__)


COMPLETION_SOURCE = """\
import ece_client
from ece_client import ECE
from ece_client.models import ApmInfo, DeploymentCreateRequest
ece = ECE("https://ece.example:12443", api_key="...")
request = DeploymentCreateRequest(name="x")
info = ApmInfo.from_dict({})
"""


def _completions(installed: Path, expression: str) -> set[str]:
    import jedi

    source = COMPLETION_SOURCE + expression
    lines = source.splitlines()
    environment = jedi.create_environment(str(installed.parent.parent), safe=False)
    script = jedi.Script(source, environment=environment)
    return {completion.name for completion in script.complete(len(lines), len(lines[-1]))}


def test_editors_complete_public_names_only(installed):
    package = _completions(installed, "ece_client.")
    assert {"ECE", "AsyncECE", "APIResponse", "RequestOptions", "UNSET", "__version__"} <= package
    assert not package & {"TYPE_CHECKING", "Any", "importlib", "annotations"}
    field_value = _completions(installed, "request.name.")
    assert "upper" in field_value
    assert not field_value & {"codec", "key", "required", "__get__", "__set__"}
    group = _completions(installed, "ece.deployments.")
    assert {"get_deployment", "iter_search", "with_raw_response"} <= group
    assert not group & {"attrname", "func", "lock"}
    raw = _completions(installed, "ece.deployments.with_raw_response.")
    assert "get_deployment" in raw and not raw & {"iter_search", "wait_for_plans", "track_plans"}
    parsed = _completions(installed, "ece.deployments.with_raw_response.get_deployment('a').parsed.")
    assert {"id", "name", "resources", "to_dict"} <= parsed
    link = _completions(installed, 'info.links["self"].')
    assert {"need_elevated_permissions", "to_dict"} <= link
    client = _completions(installed, "ece.")
    assert {"deployments", "close", "base_url", "timeout"} <= client
