"""One real `officerdesk-hq serve` with an escrow key, shared by a test module (it costs seconds to
start), and the admin's in-process calls the escrow tests use (docs/hq.md, "Key escrow")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from officerdesk.core.services import identity
from officerdesk.hq import admin, escrow, escrow_key
from officerdesk.hq.database import Database
from officerdesk.hq.settings_file import SETTINGS_ENV, load_audit_keys, settings_path
from officerdesk.hq.store import AuditEntry
from officerdesk.profiles import open_store
from officerdesk.sync.enrolment import enroll
from officerdesk.sync.local_hq import LocalHQ, start_local_hq
from tests.hq.hq_process import hq_cli

PASSPHRASE = "correct horse battery staple"


@dataclass(frozen=True)
class EscrowHQ:
    hq: LocalHQ
    key_args: list[str]  # --key-file F --passphrase-file P, kept outside HQ's data folder

    @property
    def url(self) -> str:
        return self.hq.url


def start(folder: Path, *, free_failures: int) -> Iterator[EscrowHQ]:
    """An HQ with its own settings file and an escrow key pair made by `admin escrow-init`; the
    private key file and its passphrase file stay outside HQ's data folder, as in custody.
    `free_failures`: a module's tests share the HQ, so their refused codes must not add up to
    back-off unless the test is about back-off."""
    data = folder / "hq"
    data.mkdir(parents=True)
    custody = folder / "custody"
    custody.mkdir()
    (custody / "pass").write_text(PASSPHRASE + "\n", encoding="utf-8")
    key_args = ["--key-file", str(custody / "escrow.pem"), "--passphrase-file", str(custody / "pass")]
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(SETTINGS_ENV, str(data / "hq-settings.toml"))
        made = hq_cli("admin", "--db", f"sqlite:///{data / 'hq.db'}", "escrow-init", *key_args)
        assert made.returncode == 0, made.stderr
        server = start_local_hq(data, serve_args=("--free-failures", str(free_failures)))
        try:
            server.admin("create-post", "WAS", "--name-en", "Embassy in Washington", "--name-ko", "주미국 대사관",
                         "--country", "United States", "--tz", "America/New_York")
            yield EscrowHQ(server, key_args)
        finally:
            server.stop()


def hq_db(hq: EscrowHQ) -> Database:
    return Database(hq.hq.db_url, audit_keys=load_audit_keys(settings_path(hq.hq.env[SETTINGS_ENV]), create=False))


def officer(hq: EscrowHQ, name: str) -> str:
    """The admin's own calls in this process (the command line's are tested elsewhere): faster."""
    db = hq_db(hq)
    try:
        with db.write() as s:
            return admin.create_officer(s, post_code="WAS", name=name).id
    finally:
        db.dispose()


def recovery_code(hq: EscrowHQ, device_id: str) -> str:
    private = escrow_key.load_private(Path(hq.key_args[1]), PASSPHRASE)
    db = hq_db(hq)
    try:
        with db.write() as s:
            return escrow.issue_recovery_code(s, device_id=device_id, private=private, actor="admin:test")
    finally:
        db.dispose()


def enrolled_laptop(hq: EscrowHQ, root: Path, name: str, officer_id: str = "") -> tuple[str, str]:
    """(profile id, device id) of a new profile enrolled at HQ (which escrows its key)."""
    officer_id = officer_id or officer(hq, name)
    db = hq_db(hq)
    try:
        with db.write() as s:
            code = admin.issue_enroll_code(s, officer_id=officer_id)
    finally:
        db.dispose()
    store = open_store(root)
    try:
        with store.session_factory.begin() as s:
            identity.set_up(s, officer_name=name, post_code="WAS")
        answer = enroll(store, hq.url, code)
        return store.profile_id, answer.device_id
    finally:
        store.close()


def audit_rows(hq: EscrowHQ, action: str) -> list[AuditEntry]:
    db = hq_db(hq)
    try:
        with db.read() as s:
            rows = list(s.query(AuditEntry).filter(AuditEntry.action == action))
            s.expunge_all()
            return rows
    finally:
        db.dispose()
