"""pyproject.toml's install sets, read as the tests need them: the base set with the hq extra (what
an HQ server installs) and the desktop extra (the laptop's packages), with the import names each
distribution provides in this (the development) environment, where all of them are installed."""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from functools import cache
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def base() -> list[Requirement]:
    return [Requirement(line) for line in PROJECT["dependencies"]]


def extra(name: str) -> list[Requirement]:
    return [Requirement(line) for line in PROJECT["optional-dependencies"][name]]


@cache
def _providers() -> dict[str, set[str]]:
    """distribution (normalized) -> the top-level modules it installs."""
    found: dict[str, set[str]] = {}
    for module, dists in metadata.packages_distributions().items():
        # top_level.txt may name what is not there (PySide6's "Shiboken")
        if module.isidentifier() and importlib.util.find_spec(module) is not None:
            for dist in dists:
                found.setdefault(normalized(dist), set()).add(module)
    return found


def import_names(distribution: str) -> set[str]:
    return _providers().get(normalized(distribution), set())


def distributions_of(module: str) -> set[str]:
    return {dist for dist, modules in _providers().items() if module in modules}


def closure(requirements: list[Requirement]) -> set[str]:
    """The distributions pip installs for these requirements: each with what it requires in turn
    (markers evaluated here, a requirement's extras followed)."""
    seen: set[str] = set()
    todo = [(r, frozenset(r.extras)) for r in requirements]
    while todo:
        requirement, extras = todo.pop()
        name = normalized(requirement.name)
        key = f"{name}[{','.join(sorted(extras))}]"
        if key in seen:
            continue
        seen.add(key)
        for line in metadata.distribution(name).requires or []:
            nested = Requirement(line)
            if nested.marker is None or any(nested.marker.evaluate({"extra": e}) for e in ("", *extras)):
                todo.append((nested, frozenset(nested.extras)))
    return {key.partition("[")[0] for key in seen}


def is_stdlib(module: str) -> bool:
    return module in sys.stdlib_module_names
