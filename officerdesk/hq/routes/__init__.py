"""One module per endpoint family, each a thin call into the HQ modules."""

from __future__ import annotations

from typing import Any

from officerdesk.protocol.wire import ErrorBody

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 401, 409, 413, 415, 422)
}
