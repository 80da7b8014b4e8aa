"""The bundle's `diplomat-studio`: the desktop app, and on Linux the command line too
(`diplomat-studio --cli ...`, which the `diplomat` launcher beside it runs), so that the bundle
carries one copy of the program instead of two. Batch workers are spawned from this same
executable, hence freeze_support."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    if sys.argv[1:2] == ["--cli"]:
        del sys.argv[1]
        from app.cli.main import main
    else:
        from ui.main import main

    raise SystemExit(main())
