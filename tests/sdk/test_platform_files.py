"""Stack pack uploads (multipart, checked by the server) and instance configurations to and from
JSON files, as ecctl's ``stack upload`` and ``instance-configuration pull`` / ``create -f`` / ``update -f``."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from ece_client import models
from ece_client.errors import BadRequestError, ConflictError, ECEError
from ece_client.testing._shape import shape_model
from support.paths import RECORDED


@pytest.fixture
def platform(fake):
    """The fake ECE with no instance configurations (a fresh one has the release's defaults)."""
    fake.instance_configurations.clear()
    return fake


def stack_zip(*versions: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for version in versions:
            archive.writestr(f"{version}/stackpack.json", json.dumps({"version": version}))
    return buffer.getvalue()


def test_upload_stack_pack_from_a_path_bytes_or_file(platform, ece, tmp_path):
    archive = tmp_path / "8.15.1.zip"
    archive.write_bytes(stack_zip("8.15.1", "7.17.24"))
    result = ece.stack.upload_stack_pack(archive)
    assert sorted(stack.version for stack in result.stacks) == ["7.17.24", "8.15.1"]
    assert platform.stack_packs[-1] == ("file", "8.15.1.zip", archive.read_bytes())
    ece.stack.upload_stack_pack(stack_zip("9.0.0"), file_name="nine.zip")
    assert platform.stack_packs[-1][:2] == ("file", "nine.zip")
    with archive.open("rb") as handle:
        ece.stack.upload_stack_pack(handle)
    assert platform.stack_packs[-1] == ("file", "8.15.1.zip", archive.read_bytes())


def test_file_compares_shows_and_changes_as_a_dataclass_would():
    from ece_client.types import File

    payload = io.BytesIO(b"zip")
    upload = File(payload, "a.zip")
    assert upload == File(payload=payload, file_name="a.zip") and upload != File(payload, "b.zip")
    assert repr(upload) == f"File(payload={payload!r}, file_name='a.zip', mime_type=None)"
    upload.mime_type = "application/zip"
    assert upload.to_tuple() == ("a.zip", payload, "application/zip")
    with pytest.raises(TypeError):
        hash(upload)
    match upload:
        case File(p, name, mime):
            assert (p, name, mime) == (payload, "a.zip", "application/zip")


def test_a_refused_stack_pack_raises(platform, ece, tmp_path):
    with pytest.raises(BadRequestError):
        ece.stack.upload_stack_pack(b"not a zip")
    with pytest.raises(ECEError, match="cannot read stack pack"):
        ece.stack.upload_stack_pack(tmp_path / "missing.zip")
    with pytest.raises(TypeError):
        ece.stack.upload_stack_pack(42)


@pytest.mark.anyio
async def test_async_upload_stack_pack(platform, async_ece):
    result = await async_ece.stack.upload_stack_pack(stack_zip("8.15.1"))
    assert [stack.version for stack in result.stacks] == ["8.15.1"]


def recorded_configurations():
    """Recorded instance configurations, as the installed build's release has them."""
    listed = json.loads((RECORDED / "responses" / "sdk_instance_configs_list.json").read_text())
    return [shape_model(item, models.InstanceConfiguration) for item in listed]


def test_pull_then_create_and_update_from_the_files(platform, ece, tmp_path):
    for item in recorded_configurations():
        platform.instance_configurations[item["id"]] = item
    paths = ece.platform_configuration_instances.pull_instance_configurations(tmp_path / "ics")
    assert sorted(p.name for p in paths) == sorted(f"{i}.json" for i in platform.instance_configurations)
    for path in paths:
        assert json.loads(path.read_text()) == platform.instance_configurations[path.stem]
    # Edit one file and push it back: update replaces it on ECE.
    path = paths[0]
    edited = json.loads(path.read_text())
    edited["description"] = "edited by a test"
    path.write_text(json.dumps(edited))
    answer = ece.platform_configuration_instances.update_instance_configuration_from_file(path)
    assert answer.id == path.stem
    assert platform.instance_configurations[path.stem]["description"] == "edited by a test"
    # Create from a file with an id: at that id, refusing to overwrite; without an id: ECE makes one.
    with pytest.raises(ConflictError):
        ece.platform_configuration_instances.create_instance_configuration_from_file(path)
    fresh = tmp_path / "fresh.json"
    fresh.write_text(json.dumps({**edited, "id": "my-new-ic"}))
    assert ece.platform_configuration_instances.create_instance_configuration_from_file(fresh).id == "my-new-ic"
    without_id = {key: value for key, value in edited.items() if key != "id"}
    made = ece.platform_configuration_instances.create_instance_configuration_from_file(without_id)
    assert made.id in platform.instance_configurations and made.id not in (path.stem, "my-new-ic")


def test_bad_files_and_ids_are_clear_errors(platform, ece, tmp_path):
    platform.instance_configurations["../evil"] = {"id": "../evil", "name": "x"}
    with pytest.raises(ECEError, match="not a plain file name"):
        ece.platform_configuration_instances.pull_instance_configurations(tmp_path / "out")
    assert not (tmp_path / "out").exists() and not (tmp_path / "evil.json").exists()
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    with pytest.raises(ECEError, match="is not JSON"):
        ece.platform_configuration_instances.create_instance_configuration_from_file(broken)
    listed = tmp_path / "list.json"
    listed.write_text("[]")
    with pytest.raises(ECEError, match="not a JSON object"):
        ece.platform_configuration_instances.update_instance_configuration_from_file(listed, id="x")
    with pytest.raises(ECEError, match="cannot read"):
        ece.platform_configuration_instances.update_instance_configuration_from_file(tmp_path / "none.json", id="x")
    with pytest.raises(ValueError, match="no instance configuration id"):
        ece.platform_configuration_instances.update_instance_configuration_from_file({"name": "x"})
    with pytest.raises(ValueError, match="the file says"):
        ece.platform_configuration_instances.update_instance_configuration_from_file({"id": "a"}, id="b")


@pytest.mark.anyio
async def test_async_instance_configurations(platform, async_ece, tmp_path):
    platform.instance_configurations["ic-1"] = {"id": "ic-1", "name": "one", "instance_type": "elasticsearch"}
    (path,) = await async_ece.platform_configuration_instances.pull_instance_configurations(tmp_path)
    assert (await async_ece.platform_configuration_instances.update_instance_configuration_from_file(path)).id == "ic-1"
    fresh = {"name": "two", "instance_type": "kibana"}
    assert (await async_ece.platform_configuration_instances.create_instance_configuration_from_file(fresh)).id
