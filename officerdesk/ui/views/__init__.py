"""One module per screen; widgets stay thin and ask the core through the runner."""
