"""The platform's configuration in the fake ECE: instance configurations (the release's defaults
to start with) and Elastic Stack versions, which stack packs (``POST /stack/versions``, a zip
of ``<version>/...`` folders as a multipart upload) add."""

from __future__ import annotations

import copy
import email.parser
import email.policy
import io
import re
import threading
import uuid
import zipfile
from typing import Any, NamedTuple

from . import _bodies as bodies
from ._wire import Reply, Request, error_reply


class UploadedFile(NamedTuple):
    """One file of a multipart/form-data request: its form field, file name and content."""

    field: str | None
    filename: str | None
    content: bytes


def multipart_files(request: Request) -> list[UploadedFile] | None:
    """The file parts of a multipart/form-data request (None if the request is not one)."""
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("multipart/form-data"):
        return None
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.body)
    found = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        field = part.get_param("name", header="content-disposition")
        found.append(
            UploadedFile(
                field if isinstance(field, str) else None,
                part.get_filename(),
                payload if isinstance(payload, bytes) else b"",
            )
        )
    return found


def _stack_error(version: str, message: str) -> dict[str, Any]:
    return {"stack_version": version, "errors": {"errors": [{"code": "stackpack.invalid", "message": message}]}}


class Platform:
    """The configuration part of `FakeECE`: instance configurations and stack versions."""

    lock: threading.RLock
    instance_configurations: dict[str, dict[str, Any]]
    stack_versions: dict[str, dict[str, Any]]
    stack_packs: list[UploadedFile]

    # -- instance configurations -----------------------------------------------------------

    def _configurations(self, *, query: dict[str, str], body: Any) -> Reply:
        return Reply(200, [copy.deepcopy(item) for item in self.instance_configurations.values()])

    def _configuration(self, configuration_id: str, *, query: dict[str, str], body: Any) -> Reply:
        found = self.instance_configurations.get(configuration_id)
        if found is None:
            return error_reply(
                404,
                "configuration.instance_configuration_not_found",
                f"Instance configuration {configuration_id} not found",
            )
        return Reply(200, copy.deepcopy(found))

    def _store_configuration(self, configuration_id: str, body: Any) -> dict[str, Any]:
        if not isinstance(body, dict) or not body.get("name"):
            raise ValueError("an instance configuration needs a name")
        version = int((self.instance_configurations.get(configuration_id) or {}).get("config_version") or 0) + 1
        self.instance_configurations[configuration_id] = {**copy.deepcopy(body), "id": configuration_id}
        self.instance_configurations[configuration_id]["config_version"] = version
        return {"id": configuration_id}

    def _conflict(self, configuration_id: str) -> Reply:
        return error_reply(
            409,
            "configuration.instance_configuration_already_exists",
            f"Instance configuration {configuration_id} already exists",
        )

    def _create_configuration(self, *, query: dict[str, str], body: Any) -> Reply:
        configuration_id = (body or {}).get("id") or uuid.uuid4().hex
        if configuration_id in self.instance_configurations:
            return self._conflict(configuration_id)
        return Reply(201, self._store_configuration(configuration_id, body))

    def _set_configuration(self, configuration_id: str, *, query: dict[str, str], body: Any) -> Reply:
        exists = configuration_id in self.instance_configurations
        if exists and query.get("create_only") == "true":
            return self._conflict(configuration_id)
        return Reply(200 if exists else 201, self._store_configuration(configuration_id, body))

    def _delete_configuration(self, configuration_id: str, *, query: dict[str, str], body: Any) -> Reply:
        found = self._configuration(configuration_id, query=query, body=body)
        if found.status == 200:
            del self.instance_configurations[configuration_id]
            return Reply(200, {})
        return found

    # -- stack versions --------------------------------------------------------------------

    def _stacks(self, *, query: dict[str, str], body: Any) -> Reply:
        shown = [
            item for item in self.stack_versions.values() if query.get("show_deleted") == "true" or not item["deleted"]
        ]
        return Reply(200, {"stacks": copy.deepcopy(shown)})

    def _stack(self, version: str, *, query: dict[str, str], body: Any) -> Reply:
        found = self.stack_versions.get(version)
        if found is None:
            return error_reply(404, "stackpack.version_not_found", f"Stack version {version} not found")
        return Reply(200, copy.deepcopy(found))

    def _upload_stack_pack(self, *, query: dict[str, str], body: Any) -> Reply:
        """A stack pack is a zip with a folder per version; each one becomes a stack version."""
        files = body if isinstance(body, list) else []
        self.stack_packs.extend(files)
        uploaded = next((item for item in files if item.field == "file"), None)
        if uploaded is None:
            return Reply(400, {"stacks": [], "errors": [_stack_error("?", "the zip must be the 'file' part")]})
        try:
            names = zipfile.ZipFile(io.BytesIO(uploaded.content)).namelist()
        except zipfile.BadZipFile:
            return Reply(400, {"stacks": [], "errors": [_stack_error("?", "not a zip archive")]})
        versions = [version for version in dict.fromkeys(re.sub(r"/.*", "", name) for name in names) if version]
        stacks = []
        for version in versions:
            self.stack_versions[version] = bodies.stack_version(version)
            stacks.append(copy.deepcopy(self.stack_versions[version]))
        return Reply(200, {"stacks": stacks, "errors": []})
