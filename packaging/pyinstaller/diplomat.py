"""The bundle's `diplomat`: the CLI, with multiprocessing's frozen start-up (batch workers are
spawned from this same executable)."""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from app.cli.main import main

    raise SystemExit(main())
