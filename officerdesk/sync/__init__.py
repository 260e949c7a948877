"""The laptop side of sync with HQ: no Qt."""
