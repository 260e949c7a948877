"""The layering of ARCHITECTURE.md, checked on the source: who may import what."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "officerdesk"

# layer -> top-level modules it must never import
FORBIDDEN = {
    "core": ("PySide6", "httpx", "fastapi", "starlette", "uvicorn", "keyring", "reportlab",
             "officerdesk.ui", "officerdesk.sync", "officerdesk.hq", "officerdesk.briefs"),
    "briefs": ("PySide6", "sqlalchemy", "httpx", "fastapi", "keyring", "officerdesk.ui",
               "officerdesk.sync", "officerdesk.hq", "officerdesk.core.db", "officerdesk.core.models",
               "officerdesk.core.services"),
    "sync": ("PySide6", "fastapi", "officerdesk.ui", "officerdesk.hq", "officerdesk.briefs"),
    "hq": ("PySide6", "keyring", "officerdesk.ui", "officerdesk.briefs", "officerdesk.secrets",
           "officerdesk.sync"),
    "protocol": ("PySide6", "sqlalchemy", "httpx", "fastapi", "starlette", "keyring", "officerdesk.ui",
                 "officerdesk.sync", "officerdesk.hq", "officerdesk.briefs", "officerdesk.core.db",
                 "officerdesk.core.models", "officerdesk.core.services", "officerdesk.secrets"),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _violations(layer: str) -> list[str]:
    bad = []
    for path in sorted((PKG / layer).rglob("*.py")):
        for name in _imports(path):
            for banned in FORBIDDEN[layer]:
                if name == banned or name.startswith(banned + "."):
                    bad.append(f"{path.relative_to(PKG.parent)} imports {name}")
    return bad


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports(layer: str) -> None:
    if not (PKG / layer).is_dir():
        pytest.skip(f"officerdesk/{layer} does not exist yet")
    assert _violations(layer) == []


def test_only_ui_imports_qt() -> None:
    bad = [
        str(p.relative_to(PKG.parent))
        for p in PKG.rglob("*.py")
        if "ui" not in p.relative_to(PKG).parts[:1]
        and any(n.split(".")[0] == "PySide6" for n in _imports(p))
    ]
    assert bad == []


def test_only_secrets_touches_keyring() -> None:
    bad = [
        str(p.relative_to(PKG.parent))
        for p in PKG.rglob("*.py")
        if p.name != "secrets.py" and any(n.split(".")[0] == "keyring" for n in _imports(p))
    ]
    assert bad == []


def test_the_checker_catches_a_violation(tmp_path: Path) -> None:
    sample = tmp_path / "m.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport httpx\n", encoding="utf-8")
    assert {"PySide6.QtCore", "httpx"} <= _imports(sample)
