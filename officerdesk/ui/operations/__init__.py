"""Op factories: one per user action, keyword-only, each one service call through the op runner.

Widgets call these instead of building lambdas for the runner themselves (as Anki's
`aqt/operations`). Database work runs on the runner's lane; the kinds of records a write changed
come from its session (`core.touched`), never from the caller. One module per area.
"""
