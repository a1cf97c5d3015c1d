"""Where a client's connection settings come from: ecctl's environment variables and profiles.

ecctl (Elastic's ECE command line) reads EC_HOST, EC_API_KEY, EC_USER, EC_PASS, EC_INSECURE
and EC_TIMEOUT, and profiles in ~/.ecctl/<name>.json (or .yaml/.yml) with the keys host,
api_key, user, pass, insecure and timeout (a Go duration such as "30s").
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ._errors import ECEError

_GO_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)")
_UNIT_SECONDS = {"ns": 1e-9, "us": 1e-6, "µs": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, "h": 3600.0}


class ConfigError(ECEError):
    """A profile or environment variable cannot be used."""


def parse_duration(value: str | float | int) -> float:
    """Seconds from a Go duration ("30s", "1m30s", "500ms") or a plain number of seconds."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = str(value).strip()
    try:
        return float(text)
    except ValueError:
        pass
    parts = _GO_DURATION_PART.findall(text)
    if not parts or "".join(number + unit for number, unit in parts) != text:
        raise ConfigError(f"not a duration: {text!r} (expected e.g. '30s', '1m30s' or a number of seconds)")
    return sum(float(number) * _UNIT_SECONDS[unit] for number, unit in parts)


def parse_bool(value: Any, name: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("", "0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name}: not a boolean: {value!r}")


def settings_from_env(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Client keyword arguments from ecctl's EC_* variables (only those that are set)."""
    env = os.environ if environ is None else environ
    settings: dict[str, Any] = {}
    if env.get("EC_HOST"):
        settings["host"] = env["EC_HOST"]
    if env.get("EC_API_KEY"):
        settings["api_key"] = env["EC_API_KEY"]
    if env.get("EC_USER"):
        settings["username"] = env["EC_USER"]
    if env.get("EC_PASS"):
        settings["password"] = env["EC_PASS"]
    if env.get("EC_INSECURE"):
        settings["verify"] = not parse_bool(env["EC_INSECURE"], "EC_INSECURE")
    if env.get("EC_TIMEOUT"):
        settings["timeout"] = parse_duration(env["EC_TIMEOUT"])
    return settings


def profile_path(name: str = "config", directory: Path | None = None) -> Path:
    """The first of ~/.ecctl/<name>.json, .yaml, .yml that exists (the .json path if none does)."""
    folder = directory or Path.home() / ".ecctl"
    for suffix in (".json", ".yaml", ".yml"):
        candidate = folder / f"{name}{suffix}"
        if candidate.is_file():
            return candidate
    return folder / f"{name}.json"


def settings_from_profile(name: str = "config", directory: Path | None = None) -> dict[str, Any]:
    """Client keyword arguments from an ecctl profile file."""
    path = profile_path(name, directory)
    try:
        text = path.read_text()
    except OSError as exc:
        raise ConfigError(f"cannot read ecctl profile {path}: {exc.strerror or exc}") from None
    if path.suffix in (".yaml", ".yml"):
        try:
            import yaml  # type: ignore[import-untyped]
        except ImportError:
            raise ConfigError(f"{path} is YAML: install ece-client[yaml] (PyYAML) to read it") from None
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path}: not valid YAML ({exc})") from None
    else:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise ConfigError(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of settings")
    settings: dict[str, Any] = {}
    for key, target in (("host", "host"), ("api_key", "api_key"), ("user", "username"), ("pass", "password")):
        if data.get(key):
            settings[target] = str(data[key])
    if "insecure" in data:
        settings["verify"] = not parse_bool(data["insecure"], f"{path}: insecure")
    if data.get("timeout") not in (None, ""):
        settings["timeout"] = parse_duration(data["timeout"])
    return settings
