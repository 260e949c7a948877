"""protocol/sealing.py and protocol/recovery_code.py as an attacker would try them: a box opened
with another key or code, moved to another device or purpose, or cut, does not open (docs/hq.md,
"Threats")."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from officerdesk.protocol import sealing

KEY = b"k" * 32


def test_a_sealed_key_opens_only_with_its_private_key_for_the_device_and_purpose_it_was_made_for() -> None:
    escrow, other = X25519PrivateKey.generate(), X25519PrivateKey.generate()  # HQ's escrow key, another
    ctx = sealing.context(sealing.ESCROW, "device-a")
    box = sealing.seal(escrow.public_key().public_bytes_raw(), KEY, ctx)
    assert sealing.open_sealed(escrow, box, ctx) == KEY
    with pytest.raises(sealing.SealError):  # another private key
        sealing.open_sealed(other, box, ctx)
    with pytest.raises(sealing.SealError):  # presented as another device's deposit
        sealing.open_sealed(escrow, box, sealing.context(sealing.ESCROW, "device-b"))
    with pytest.raises(sealing.SealError):  # sealed for one purpose, read as another
        sealing.open_sealed(escrow, box, sealing.context("another purpose", "device-a"))
    flipped = box[:-1] + bytes([box[-1] ^ 1])
    for damaged in (flipped, box[:40]):
        with pytest.raises(sealing.SealError):
            sealing.open_sealed(escrow, damaged, ctx)


def test_a_recovery_code_derives_a_lookup_that_opens_nothing_and_a_box_only_it_opens() -> None:
    from officerdesk.protocol import recovery_code

    code = "ABCD-EFGH-JKLM-NPQR-STUV"
    assert recovery_code.lookup(code) == recovery_code.lookup(" abcd efgh-jklm npqr-stuv ")  # as typed
    assert recovery_code.lookup(code) != recovery_code.lookup("ABCD-EFGH-JKLM-NPQR-STUW")
    assert recovery_code.well_formed(code) and not recovery_code.well_formed("ABCD-EFGH-JKLM-NPQR-STU0")
    inside = recovery_code.RecoveryBox(b"k" * 32, b"s" * 32, "a-device-token")
    sealed = recovery_code.seal(code, "device-a", inside)
    assert recovery_code.open_box(code.lower(), "device-a", sealed) == inside
    lookup = recovery_code.lookup(code)
    for wrong_code, device in ((lookup, "device-a"), ("ABCD-EFGH-JKLM-NPQR-STUW", "device-a"), (code, "device-b")):
        with pytest.raises(sealing.SealError):
            recovery_code.open_box(wrong_code, device, sealed)
    raw = sealing.unb64(sealed)
    damaged = sealing.b64(raw[:-1] + bytes([raw[-1] ^ 1]))
    for broken in (damaged, sealed[:60], "not base64!"):
        with pytest.raises(sealing.SealError):
            recovery_code.open_box(code, "device-a", broken)
