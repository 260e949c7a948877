"""The officer's recovery file: the database key wrapped with a passphrase, kept offline.

JSON: the format, the profile id, scrypt's parameters and salt, and the key under AES-256-GCM
with the scrypt-derived key (the profile id bound as associated data). scrypt costs about 128 MiB
and a fraction of a second per guess, so a file that leaves with a USB stick does not give up a
passphrase of reasonable length; the cost read from a file is capped so a crafted file cannot
make the laptop allocate gigabytes.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from officerdesk.errors import UserError

FORMAT = "officerdesk-recovery-file"
VERSION = 1
SCRYPT_N = 1 << 17
MAX_SCRYPT_N = 1 << 20
MIN_PASSPHRASE = 10
KEY_BYTES = 32


@dataclass(frozen=True)
class Recovered:
    profile_id: str
    key: bytes


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(f"The passphrase needs at least {MIN_PASSPHRASE} characters.",
                        f"암호문은 {MIN_PASSPHRASE}자 이상이어야 합니다.")


def write(path: Path, *, profile_id: str, key: bytes, passphrase: str, n: int = SCRYPT_N) -> Path:
    """Write the file (never over an existing one); the caller chose where it is kept."""
    check_passphrase(passphrase)
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_derive(passphrase, salt, n, 8, 1)).encrypt(nonce, key, profile_id.encode())
    body = {"format": FORMAT, "version": VERSION, "profile_id": profile_id,
            "kdf": {"name": "scrypt", "n": n, "r": 8, "p": 1, "salt": _b64(salt)},
            "nonce": _b64(nonce), "key": _b64(sealed)}
    path = Path(path)
    try:
        with path.open("x", encoding="utf-8") as out:
            json.dump(body, out, indent=1)
    except FileExistsError:
        raise UserError(f"{path} already exists; choose another name.", f"{path}이(가) 이미 있습니다.") from None
    return path


def read(path: Path, passphrase: str) -> Recovered:
    """The profile id and key in the file; a wrong passphrase or a damaged file is a UserError."""
    try:
        body = json.loads(Path(path).read_text(encoding="utf-8"))
        kdf = body["kdf"]
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        profile_id = str(body["profile_id"])
        salt, nonce, sealed = _unb64(kdf["salt"]), _unb64(body["nonce"]), _unb64(body["key"])
        if body.get("format") != FORMAT or kdf.get("name") != "scrypt":
            raise ValueError("not a recovery file")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(f"{path} is not an OfficerDesk recovery file ({exc}).",
                        f"{path}은(는) OfficerDesk 복구 파일이 아닙니다.") from None
    if not (2 <= n <= MAX_SCRYPT_N and n & (n - 1) == 0 and 1 <= r <= 16 and 1 <= p <= 4):
        raise UserError(f"{path} asks for key-derivation costs outside what OfficerDesk writes; refused.")
    try:
        key = AESGCM(_derive(passphrase, salt, n, r, p)).decrypt(nonce, sealed, profile_id.encode())
    except InvalidTag:
        raise UserError("The passphrase does not open this recovery file (or the file was altered). Nothing was changed.",
                        "암호문이 이 복구 파일과 맞지 않습니다(또는 파일이 변경됨). 아무것도 변경하지 않았습니다.") from None
    if len(key) != KEY_BYTES:
        raise UserError(f"{path} does not hold a database key.")
    return Recovered(profile_id, key)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("a field is not text")
    return base64.b64decode(text, validate=True)
