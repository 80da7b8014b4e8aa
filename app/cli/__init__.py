"""`diplomat`, the command line: a composition root (main) and one module per command group."""
