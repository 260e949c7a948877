"""Dialogs: first run, settings, about (and the new-brief dialog when installed)."""
