"""The local store and the domain: no Qt, no HTTP."""
