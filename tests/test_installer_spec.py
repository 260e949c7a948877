"""The desktop bundle's PyInstaller spec, read by running it with PyInstaller's names stood in:
the OS keyrings are always bundled, keyrings.alt's plain-file keyrings only when the build asks."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest

SPEC = Path(__file__).resolve().parents[1] / "installer" / "officerdesk.spec"


def _analysis(monkeypatch: pytest.MonkeyPatch, file_keyrings: str | None, workpath: Path) -> dict[str, Any]:
    if file_keyrings is None:
        monkeypatch.delenv("OFFICERDESK_BUNDLE_FILE_KEYRINGS", raising=False)
    else:
        monkeypatch.setenv("OFFICERDESK_BUNDLE_FILE_KEYRINGS", file_keyrings)
    seen: dict[str, Any] = {}

    def analysis(scripts: list[str], **kwargs: Any) -> object:
        seen.update(kwargs, scripts=scripts)
        return type("A", (), {"pure": [], "scripts": [], "binaries": [], "datas": []})()

    stubs = {"SPECPATH": str(SPEC.parent), "workpath": str(workpath), "Analysis": analysis, "PYZ": lambda *a, **k: None,
             "EXE": lambda *a, **k: None, "COLLECT": lambda *a, **k: None}
    # the spec imports collect_submodules from PyInstaller (which the tests need not have installed)
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    def collect_submodules(package: str, filter: Any = None) -> list[str]:
        found = [f"{package}.<all>", f"{package}.hq.<all>"]
        return [name for name in found if filter is None or filter(name)]

    def collect_data_files(package: str) -> list[tuple[str, str]]:
        # a package's data files as PyInstaller lists them: (file, folder in the bundle)
        import importlib.util

        spec = importlib.util.find_spec(package)
        root = Path(spec.origin).parent if spec and spec.origin else None
        if root is None:
            return []
        return [(str(f), str(f.parent.relative_to(root.parent))) for f in sorted(root.rglob("*.db"))]

    hooks.collect_submodules = collect_submodules  # type: ignore[attr-defined]
    hooks.collect_data_files = collect_data_files  # type: ignore[attr-defined]
    for name, module in (("PyInstaller", types.ModuleType("PyInstaller")),
                         ("PyInstaller.utils", types.ModuleType("PyInstaller.utils")),
                         ("PyInstaller.utils.hooks", hooks)):
        monkeypatch.setitem(sys.modules, name, module)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), stubs)  # noqa: S102 - our own spec
    return seen


@pytest.mark.parametrize("asked", [None, "0", ""])
def test_an_officers_bundle_has_the_os_keyrings_and_no_file_keyring(monkeypatch: pytest.MonkeyPatch,
                                                                     asked: str | None, tmp_path: Path) -> None:
    seen = _analysis(monkeypatch, asked, tmp_path)
    assert "keyring.backends.<all>" in seen["hiddenimports"]
    assert not [name for name in seen["hiddenimports"] if name.startswith("keyrings")]
    assert "keyrings" in seen["excludes"]


def test_file_keyrings_are_bundled_when_the_build_asks(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    seen = _analysis(monkeypatch, "1", tmp_path)
    assert "keyrings.alt.<all>" in seen["hiddenimports"] and "keyrings" not in seen["excludes"]
    assert "keyring.backends.<all>" in seen["hiddenimports"]


def test_the_officers_bundle_leaves_out_the_hq_server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    seen = _analysis(monkeypatch, None, tmp_path)
    assert "officerdesk.<all>" in seen["hiddenimports"]
    assert not [name for name in seen["hiddenimports"] if name.startswith("officerdesk.hq")]
    assert {"officerdesk.hq", "fastapi", "uvicorn", "psycopg"} <= set(seen["excludes"])
    # PyInstaller's datas are (source, destination); the source path may be anything
    assert not [dest for _src, dest in seen["datas"] if "hq" in dest], "no HQ migrations in the bundle"


def test_pykakasis_kanji_dictionary_goes_in_compressed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """pykakasi ships no PyInstaller hook: the spec bundles its dictionaries, the 9.7 MB Kanji one
    gzip-compressed (core/people/names.py reads it so), the others as they are."""
    seen = _analysis(monkeypatch, None, tmp_path)
    kakasi = [(Path(src).name, dest) for src, dest in seen["datas"] if "pykakasi" in dest]
    names = {name for name, _dest in kakasi}
    assert "kanwadict4.db.gz" in names and "kanwadict4.db" not in names
    assert len(names) > 1  # the Hepburn tables and the rest, uncompressed
    assert (tmp_path / "kanwadict4.db.gz").stat().st_size < 4_000_000
