"""The bundle's `diplomat-studio`: the desktop app (its batch window spawns workers from this
same executable, hence freeze_support)."""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from ui.main import main

    raise SystemExit(main())
