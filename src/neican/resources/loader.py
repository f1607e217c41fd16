"""Loads packaged data files once, lazily, and validates them (errors name file and line)."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..errors import ResourceError


def _read_text(name: str) -> str:
    return resources.files("neican.resources").joinpath(name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class BoilerplateRules:
    line: tuple[tuple[str, re.Pattern], ...]  # (reason, pattern) for whole lines
    inline: tuple[tuple[str, re.Pattern], ...]  # (reason, pattern) removed inside lines
    footer_strong: tuple[str, ...]
    footer_weak: tuple[str, ...]
    footer_threshold: int


def _compile(name: str, section: str, reason: str, pattern: str) -> re.Pattern:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ResourceError(f"{name}: [{section}] {reason}: bad pattern {pattern!r}: {exc}") from exc


@cache
def boilerplate_rules() -> BoilerplateRules:
    name = "boilerplate.toml"
    try:
        data = tomllib.loads(_read_text(name))
    except tomllib.TOMLDecodeError as exc:
        raise ResourceError(f"{name}: {exc}") from exc
    sections = {}
    for section in ("line", "inline"):
        sections[section] = tuple(
            (rule["reason"], _compile(name, section, rule["reason"], p))
            for rule in data.get(section, []) for p in rule["patterns"])
    footer = data.get("footer", {})
    return BoilerplateRules(sections["line"], sections["inline"], tuple(footer.get("strong", ())),
                            tuple(footer.get("weak", ())), int(footer.get("threshold", 2)))
