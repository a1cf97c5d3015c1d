"""The development install: `import ece_client` loads the source trees, including new modules."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import dev_install
import pytest


def _import_in(site_packages: Path, code: str) -> str:
    """Run code in a fresh interpreter (without the virtualenv's site-packages) that reads site_packages' .pth files."""
    script = f"import site, sys\nsite.addsitedir({str(site_packages)!r})\n{code}"
    completed = subprocess.run([sys.executable, "-S", "-c", script], capture_output=True, text=True, check=False)
    assert completed.returncode == 0, completed.stderr
    return completed.stdout.strip()


def test_the_package_is_both_source_trees_and_new_modules_are_found(tmp_path, monkeypatch):
    overrides = tmp_path / "overrides" / "ece_client"
    generated = tmp_path / "generated" / "ece_client"
    overrides.mkdir(parents=True)
    generated.mkdir(parents=True)
    (generated / "__init__.py").write_text("FROM = 'generated'\n")
    (generated / "models.py").write_text("NAME = 'models'\n")
    monkeypatch.setattr(dev_install, "TREES", (overrides, generated))
    site_packages = tmp_path / "site"
    site_packages.mkdir()
    dev_install.install(site_packages)

    (overrides / "_added_later.py").write_text("NAME = 'added after the install'\n")
    out = _import_in(
        site_packages,
        "import ece_client, ece_client.models, ece_client._added_later\n"
        "print(ece_client.FROM, ece_client.models.NAME, ece_client._added_later.NAME, sep='|')",
    )
    assert out == "generated|models|added after the install"

    (overrides / "_added_later.py").write_text("NAME = 'edited'\n")
    assert _import_in(site_packages, "import ece_client._added_later as m; print(m.NAME)") == "edited"


def test_pip_uninstall_finds_every_file_it_wrote(tmp_path):
    written = dev_install.install(tmp_path)
    (info,) = tmp_path.glob("ece_client-*.dist-info")
    recorded = {line.split(",")[0] for line in (info / "RECORD").read_text().splitlines()}
    assert recorded == {str(path.relative_to(tmp_path)) for path in written}
    assert "Name: ece-client" in (info / "METADATA").read_text()


def test_a_module_in_both_trees_stops_the_install(tmp_path, monkeypatch, capsys):
    overrides = tmp_path / "overrides" / "ece_client"
    generated = tmp_path / "generated" / "ece_client"
    for tree in (overrides, generated):
        tree.mkdir(parents=True)
        (tree / "client.py").write_text("")
    monkeypatch.setattr(dev_install, "TREES", (overrides, generated))
    assert dev_install.main([]) == 1
    assert "client.py" in capsys.readouterr().err


def test_this_test_run_imports_the_source_trees():
    import ece_client

    assert [Path(folder) for folder in ece_client.__path__] == list(dev_install.TREES)


def test_the_script_has_a_usage(capsys):
    with pytest.raises(SystemExit) as exit_info:
        dev_install.main(["--help"])
    assert exit_info.value.code == 0
    assert "source trees" in capsys.readouterr().out
