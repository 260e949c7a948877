"""Custody of HQ's escrow key pair (docs/hq.md, "Key escrow").

The public key sits beside HQ's settings file (`hq-escrow.pub`): the server reads it at start and
hands it to laptops, which seal their database keys to it. The private key is never on the
server's disk nor in its database: it is a PKCS#8 file encrypted with its own passphrase, kept
offline by the escrow custodians and brought to an admin command only to issue a recovery code or
to rotate the key. So a copy of HQ's database, or of the whole running server, opens no laptop's key.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from officerdesk.protocol.sealing import key_id

PUBLIC_FILE = "hq-escrow.pub"
MIN_PASSPHRASE = 12


class EscrowKeyError(Exception):
    """The escrow key file is missing, unreadable or its passphrase is wrong; the message says which."""


@dataclass(frozen=True)
class EscrowPublic:
    public: bytes

    @property
    def key_id(self) -> str:
        return key_id(self.public)


def public_path(settings_file: Path) -> Path:
    """Where the server finds the escrow public key: beside its settings file."""
    return settings_file.with_name(PUBLIC_FILE)


def load_public(path: Path) -> EscrowPublic | None:
    """The escrow public key, or None when HQ has none yet (`admin escrow-init`)."""
    try:
        loaded = serialization.load_pem_public_key(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise EscrowKeyError(f"cannot read the escrow public key {path}: {exc}") from None
    if not isinstance(loaded, X25519PublicKey):
        raise EscrowKeyError(f"{path} is not an X25519 public key")
    return EscrowPublic(loaded.public_bytes_raw())


def load_private(path: Path, passphrase: str) -> X25519PrivateKey:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise EscrowKeyError(f"cannot read the escrow key file {path}: {exc.strerror or exc}") from None
    try:
        loaded = serialization.load_pem_private_key(data, passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        raise EscrowKeyError(f"the passphrase does not open the escrow key file {path}") from None
    if not isinstance(loaded, X25519PrivateKey):
        raise EscrowKeyError(f"{path} is not an X25519 escrow key")
    return loaded


def write_pair(private_file: Path, passphrase: str, public_file: Path) -> EscrowPublic:
    """A new key pair: the private key encrypted with `passphrase` (never overwriting a file), the
    public key in place for the server (replacing an earlier one only on rotation)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise EscrowKeyError(f"the escrow passphrase needs at least {MIN_PASSPHRASE} characters")
    private = X25519PrivateKey.generate()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.BestAvailableEncryption(passphrase.encode("utf-8")))
    try:
        fd = os.open(private_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:
        raise EscrowKeyError(f"{private_file} exists: an escrow key is never overwritten") from None
    with os.fdopen(fd, "wb") as out:
        out.write(pem)
        out.flush()
        os.fsync(out.fileno())
    public = private.public_key()
    write_public(public_file, public.public_bytes_raw())
    return EscrowPublic(public.public_bytes_raw())


def write_public(path: Path, public: bytes) -> None:
    pem = X25519PublicKey.from_public_bytes(public).public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(pem)
    os.replace(tmp, path)
