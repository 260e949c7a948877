"""Service functions: fn(session, *, ...) -> DTO. They never open or commit a session."""
