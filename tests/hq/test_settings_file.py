"""HQ's settings file: made private on first use, and refused, with a reason, when it is not."""

from __future__ import annotations

import re
import stat
import sys
from pathlib import Path

import pytest
from hq_process import hq_cli

from officerdesk.hq.settings_file import SETTINGS_ENV, SettingsError, key_id, load_audit_keys

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes; Windows uses the folder's ACL")


@posix_only
def test_first_use_makes_a_private_file_with_a_random_key(tmp_path: Path) -> None:
    path = tmp_path / "hq" / "hq-settings.toml"
    first = load_audit_keys(path, create=True)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = load_audit_keys(path, create=False)
    assert again.current == first.current and len(first.current) == 32
    assert load_audit_keys(tmp_path / "other.toml", create=True).current != first.current
    assert first.current.hex() not in key_id(first.current)  # the public name never shows the key
    assert [p.name for p in path.parent.iterdir()] == ["hq-settings.toml"]  # no temporary file left


@posix_only
@pytest.mark.parametrize(("content", "mode", "why"), [
    ('audit_key = "' + "ab" * 32 + '"\n', 0o644, "loose permissions (644)"),
    ('audit_key = "' + "ab" * 32 + '"\n', 0o640, "chmod 600"),
    ("audit_key = 'short'\n", 0o600, "64 hexadecimal digits"),
    ('audit_key = "' + "zz" * 32 + '"\n', 0o600, "64 hexadecimal digits"),
    ("audit_key = \n", 0o600, "not valid TOML"),
    ('audit_key = "' + "ab" * 32 + '"\nprevious_audit_keys = "x"\n', 0o600, "must be a list"),
], ids=["world-readable", "group-readable", "short", "not-hex", "not-toml", "previous-not-list"])
def test_a_bad_settings_file_is_refused_with_a_reason(tmp_path: Path, content: str, mode: int, why: str) -> None:
    path = tmp_path / "hq-settings.toml"
    path.write_text(content)
    path.chmod(mode)
    with pytest.raises(SettingsError, match=re.escape(why)):
        load_audit_keys(path, create=True)
    assert path.read_text() == content  # never overwritten


def test_serve_refuses_to_start_on_an_unusable_settings_file(tmp_path: Path) -> None:
    """A real `officerdesk-hq serve` process: one line saying what is wrong, exit 1, nothing served."""
    unreadable = tmp_path / "a-folder.toml"
    unreadable.mkdir(mode=0o700)
    loose = tmp_path / "loose.toml"
    loose.write_text('audit_key = "' + "ab" * 32 + '"\n')
    loose.chmod(0o644)
    cases = [(unreadable, "cannot read the HQ settings file")]
    if sys.platform != "win32":
        cases.append((loose, "loose permissions"))
    for path, why in cases:
        done = hq_cli("serve", "--db", f"sqlite:///{tmp_path / 'hq.db'}", "--port", "1",
                      env={SETTINGS_ENV: str(path)})
        assert done.returncode == 1 and why in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert not (tmp_path / "hq.db").exists()
