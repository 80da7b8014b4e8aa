"""`python -m app.cli`: the same entry point as the `diplomat` script."""

import sys

from app.cli.main import main

sys.exit(main())
