#!/bin/sh
# `diplomat`, the command line of the Linux bundle: the same program as the app beside it,
# started as the CLI (one copy of the program in the bundle instead of two). readlink -f finds
# the bundle when this file is linked into ~/.local/bin.
here=$(dirname "$(readlink -f "$0")")
exec "$here/diplomat-studio" --cli "$@"
