"""Where a client's connection settings come from: ecctl's environment variables and profiles.

ecctl (Elastic's ECE command line) reads EC_HOST, EC_API_KEY, EC_USER, EC_PASS, EC_INSECURE
and EC_TIMEOUT, and profiles in ~/.ecctl/<name>.json (or .yaml/.yml) with the keys host,
api_key, user, pass, insecure and timeout (a Go duration such as "30s"). This SDK adds a CA
bundle: EC_CA_CERTS, and the profile key ca_certs. Errors name the variable or the file and key.
"""

from __future__ import annotations

import json
import os
import re
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ._errors import ConfigError

_GO_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)")
_UNIT_SECONDS = {"ns": 1e-9, "us": 1e-6, "µs": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, "h": 3600.0}


# ecctl's own profile keys this SDK does not use: no warning for them.
_ECCTL_KEYS = frozenset({"output", "verbose", "force", "format", "region", "message", "trace", "pprof", "user_agent"})
_PROFILE_KEYS = {"host": "host", "api_key": "api_key", "user": "username", "pass": "password"}
_KNOWN_KEYS = frozenset({*_PROFILE_KEYS, "insecure", "timeout", "ca_certs"})


def parse_duration(value: str | float | int, name: str = "duration") -> float:
    """Seconds from a Go duration ("30s", "1m30s", "500ms") or a plain number of seconds; `name` says
    where the value came from (a variable, a file and key, an argument) in the error."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = str(value).strip()
    try:
        return float(text)
    except ValueError:
        pass
    parts = _GO_DURATION_PART.findall(text)
    if not parts or "".join(number + unit for number, unit in parts) != text:
        raise ConfigError(f"{name}: not a duration: {text!r} (expected e.g. '30s', '1m30s' or a number of seconds)")
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
    for variable, target in (("EC_API_KEY", "api_key"), ("EC_USER", "username"), ("EC_PASS", "password")):
        if env.get(variable):
            settings[target] = _credential(env[variable], variable)
    if env.get("EC_INSECURE"):
        settings["verify"] = not parse_bool(env["EC_INSECURE"], "EC_INSECURE")
    if env.get("EC_TIMEOUT"):
        settings["timeout"] = parse_duration(env["EC_TIMEOUT"], "EC_TIMEOUT")
    if env.get("EC_CA_CERTS"):
        settings["ca_certs"] = _existing_file(env["EC_CA_CERTS"], "EC_CA_CERTS")
    return settings


def _credential(value: str, source: str) -> str:
    from ._auth import check_credential

    return check_credential(value, source) or ""


def _existing_file(path: str, source: str) -> str:
    expanded = os.path.expanduser(path.strip())
    if not os.path.isfile(expanded):
        raise ConfigError(f"{source}: no such CA bundle file: {expanded}")
    return expanded


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
            # Only the position: the YAML error quotes the line, which may be the password's.
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
            raise ConfigError(f"{path}: not valid YAML{where}") from None
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path}: not valid JSON at line {exc.lineno}, column {exc.colno} ({exc.msg})") from None
        except (ValueError, RecursionError):
            raise ConfigError(f"{path}: not valid JSON") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of settings")
    _warn_unknown_keys(data, path)
    settings: dict[str, Any] = {}
    for key, target in _PROFILE_KEYS.items():
        if data.get(key):
            value = str(data[key])
            settings[target] = _credential(value, f"{path}: {key}") if key != "host" else value
    if "insecure" in data:
        settings["verify"] = not parse_bool(data["insecure"], f"{path}: insecure")
    if data.get("timeout") not in (None, ""):
        settings["timeout"] = parse_duration(data["timeout"], f"{path}: timeout")
    if data.get("ca_certs"):
        ca_certs = str(data["ca_certs"])
        if not os.path.isabs(os.path.expanduser(ca_certs)):
            ca_certs = str(path.parent / ca_certs)  # relative to the profile, wherever the program runs
        settings["ca_certs"] = _existing_file(ca_certs, f"{path}: ca_certs")
    return settings


def _warn_unknown_keys(data: Mapping[str, Any], path: Path) -> None:
    """Warn about a key no one reads (`apikey`, `password`): silently ignored, it would mean a 401 later."""
    for key in data:
        if key in _KNOWN_KEYS or key in _ECCTL_KEYS:
            continue
        import difflib  # only for a misspelled key: not worth its import time for everyone

        close = difflib.get_close_matches(str(key), [*_KNOWN_KEYS], n=1, cutoff=0.5)
        hint = f": did you mean {close[0]!r}?" if close else f" (known keys: {', '.join(sorted(_KNOWN_KEYS))})"
        warnings.warn(f"{path}: unknown key {key!r} is ignored{hint}", UserWarning, stacklevel=4)
