"""The HQ server: FastAPI app, its own store and migrations; no Qt, nothing of the laptop's sync or UI."""
