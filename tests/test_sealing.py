"""protocol/sealing.py as an attacker would try it: a recovery answer replayed to another request,
moved to another device, or cut, does not open (docs/hq.md, "Threats")."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from officerdesk.protocol import sealing

KEY_AND_TOKEN = b"k" * 32 + b"a-device-token"


def test_a_sealed_answer_opens_only_for_the_request_and_device_it_was_made_for() -> None:
    earlier, now = X25519PrivateKey.generate(), X25519PrivateKey.generate()  # two requests' one-time keys
    ctx = sealing.context(sealing.RECOVERY, "device-a")
    box = sealing.seal(earlier.public_key().public_bytes_raw(), KEY_AND_TOKEN, ctx)
    assert sealing.open_sealed(earlier, box, ctx) == KEY_AND_TOKEN
    with pytest.raises(sealing.SealError):  # replayed to a later request: its fresh key does not open it
        sealing.open_sealed(now, box, ctx)
    with pytest.raises(sealing.SealError):  # presented as another device's answer
        sealing.open_sealed(earlier, box, sealing.context(sealing.RECOVERY, "device-b"))
    with pytest.raises(sealing.SealError):  # an escrow box is not a recovery answer
        sealing.open_sealed(earlier, box, sealing.context(sealing.ESCROW, "device-a"))
    flipped = box[:-1] + bytes([box[-1] ^ 1])
    for damaged in (flipped, box[:40]):
        with pytest.raises(sealing.SealError):
            sealing.open_sealed(earlier, damaged, ctx)


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
