"""The desktop bundle's PyInstaller spec, read by running it with PyInstaller's names stood in:
the OS keyrings are always bundled, keyrings.alt's plain-file keyrings only when the build asks."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest

SPEC = Path(__file__).resolve().parents[1] / "installer" / "officerdesk.spec"


def _analysis(monkeypatch: pytest.MonkeyPatch, file_keyrings: str | None) -> dict[str, Any]:
    if file_keyrings is None:
        monkeypatch.delenv("OFFICERDESK_BUNDLE_FILE_KEYRINGS", raising=False)
    else:
        monkeypatch.setenv("OFFICERDESK_BUNDLE_FILE_KEYRINGS", file_keyrings)
    seen: dict[str, Any] = {}

    def analysis(scripts: list[str], **kwargs: Any) -> object:
        seen.update(kwargs, scripts=scripts)
        return type("A", (), {"pure": [], "scripts": [], "binaries": [], "datas": []})()

    stubs = {"SPECPATH": str(SPEC.parent), "Analysis": analysis, "PYZ": lambda *a, **k: None,
             "EXE": lambda *a, **k: None, "COLLECT": lambda *a, **k: None}
    # the spec imports collect_submodules from PyInstaller (which the tests need not have installed)
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    def collect_submodules(package: str, filter: Any = None) -> list[str]:
        found = [f"{package}.<all>", f"{package}.hq.<all>"]
        return [name for name in found if filter is None or filter(name)]

    hooks.collect_submodules = collect_submodules  # type: ignore[attr-defined]
    for name, module in (("PyInstaller", types.ModuleType("PyInstaller")),
                         ("PyInstaller.utils", types.ModuleType("PyInstaller.utils")),
                         ("PyInstaller.utils.hooks", hooks)):
        monkeypatch.setitem(sys.modules, name, module)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), stubs)  # noqa: S102 - our own spec
    return seen


@pytest.mark.parametrize("asked", [None, "0", ""])
def test_an_officers_bundle_has_the_os_keyrings_and_no_file_keyring(monkeypatch: pytest.MonkeyPatch,
                                                                     asked: str | None) -> None:
    seen = _analysis(monkeypatch, asked)
    assert "keyring.backends.<all>" in seen["hiddenimports"]
    assert not [name for name in seen["hiddenimports"] if name.startswith("keyrings")]
    assert "keyrings" in seen["excludes"]


def test_file_keyrings_are_bundled_when_the_build_asks(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _analysis(monkeypatch, "1")
    assert "keyrings.alt.<all>" in seen["hiddenimports"] and "keyrings" not in seen["excludes"]
    assert "keyring.backends.<all>" in seen["hiddenimports"]


def test_the_officers_bundle_leaves_out_the_hq_server(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _analysis(monkeypatch, None)
    assert "officerdesk.<all>" in seen["hiddenimports"]
    assert not [name for name in seen["hiddenimports"] if name.startswith("officerdesk.hq")]
    assert {"officerdesk.hq", "fastapi", "uvicorn", "psycopg"} <= set(seen["excludes"])
    # PyInstaller's datas are (source, destination); the source path may be anything
    assert not [dest for _src, dest in seen["datas"] if "hq" in dest], "no HQ migrations in the bundle"
