"""`diplomat -v`: the log goes to stderr as well as to the log file; -v shows INFO, -vv DEBUG.
Without it stderr stays quiet, and main() leaves no handler behind."""

from __future__ import annotations

import logging
import subprocess
import sys

from app.cli.main import main


def log_text(diplomat_home) -> str:
    return (diplomat_home / "log" / "diplomat.log").read_text(encoding="utf-8")


def test_without_v_the_log_goes_to_the_file_only(capsys, diplomat_home):
    assert main(["duties", "--json"]) == 0
    assert capsys.readouterr().err == ""
    assert "INFO diplomat: version" in log_text(diplomat_home) and "command duties" in log_text(diplomat_home)


def test_v_shows_info_on_stderr_and_keeps_the_file(capsys, diplomat_home):
    assert main(["-v", "templates", "list", "--ids"]) == 0
    err = capsys.readouterr().err
    assert "INFO diplomat: version" in err and "command templates list" in err and "exit 0" in err
    assert "DEBUG" not in err
    assert "command templates list" in log_text(diplomat_home)


def test_vv_shows_debug_on_stderr_but_the_file_stays_at_info(capsys, diplomat_home):
    assert main(["-vv", "templates", "list", "--ids"]) == 0
    err = capsys.readouterr().err
    assert "DEBUG diplomat: argv ['-vv', 'templates', 'list', '--ids']" in err
    assert "templates; user folders" in err
    assert "DEBUG" not in log_text(diplomat_home)


def test_an_error_is_logged_on_stderr_too(capsys):
    assert main(["--verbose", "templates", "show", "no-such-template"]) == 2
    err = capsys.readouterr().err
    assert "INFO diplomat: stopped:" in err and err.rstrip().splitlines()[-1].startswith("diplomat: ")


def test_main_puts_the_logging_back(capsys):
    root = logging.getLogger()
    before = (list(root.handlers), root.level)
    for argv in (["-vv", "duties"], ["duties"], ["-v", "templates", "show", "nope"]):
        main(argv)
    assert (list(root.handlers), root.level) == before


def test_v_in_a_real_process(diplomat_home):
    done = subprocess.run([sys.executable, "-m", "app.cli", "-v", "--lang", "en", "duties"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "10 Duties of a Diplomat" in done.stdout
    assert "INFO diplomat: version" in done.stderr and "lang en" in done.stderr
