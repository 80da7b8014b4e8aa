"""`--help` and argparse's errors speak --lang / DIPLOMAT_LANG (Indonesian by default), argparse's
own words included; every help string of ours exists in both languages."""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

import pytest

from app.cli import language
from app.cli.main import main, parser

ARGPARSE_WORDS_EN = ("usage:", "options:", "positional arguments", "show this help message and exit")
ARGPARSE_WORDS_ID = ("penggunaan:", "opsi:", "argumen posisi", "tampilkan bantuan ini lalu keluar")


def parsers(p: argparse.ArgumentParser, path=()):
    """Every parser of the command line with its path: (), ("render",), ("templates", "list"), ..."""
    yield path, p
    for action in p._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from parsers(child, (*path, name))


def build(lang: str) -> argparse.ArgumentParser:
    with language.argparse_speaks(lang):
        return parser(lang)


PATHS = [path for path, _ in parsers(build("id"))]


def run(capsys, *argv):
    with pytest.raises(SystemExit) as exit_:
        main(list(argv))
    out, err = capsys.readouterr()
    return exit_.value.code, out, err


@pytest.mark.parametrize("path", PATHS, ids=lambda path: " ".join(path) or "diplomat")
def test_help_of_every_command_in_indonesian_by_default_and_english_on_request(capsys, monkeypatch, path):
    monkeypatch.delenv("DIPLOMAT_LANG", raising=False)
    code, out, _ = run(capsys, *path, "--help")
    assert code == 0
    assert all(word in out for word in ARGPARSE_WORDS_ID[:2]), out
    assert not any(word in out for word in ARGPARSE_WORDS_EN), out
    code, out, _ = run(capsys, *path, "--help", "--lang", "en")  # --lang after the subcommand
    assert code == 0 and all(word in out for word in ARGPARSE_WORDS_EN[:2]), out
    assert not any(word in out for word in ARGPARSE_WORDS_ID), out


def test_lang_anywhere_then_the_environment_then_indonesian(capsys, monkeypatch):
    monkeypatch.setenv("DIPLOMAT_LANG", "en")
    _, out, _ = run(capsys, "render", "--help")
    assert out.startswith("usage: diplomat render") and "output file" in out
    _, out, _ = run(capsys, "render", "--help", "--lang=id")
    assert out.startswith("penggunaan: diplomat render") and "berkas keluaran" in out
    _, out, _ = run(capsys, "--lang", "id", "templates", "list", "--help")
    assert "daftar template" in out and "tampilkan bantuan ini lalu keluar" in out
    monkeypatch.setenv("DIPLOMAT_LANG", "fr")  # not a language we speak: the default
    _, out, _ = run(capsys, "--help")
    assert "argumen posisi" in out and "PERINTAH" in out


@pytest.mark.parametrize("argv, id_error, en_error", [
    (["render"], "argumen berikut wajib diisi: --out", "the following arguments are required: --out"),
    (["renderx"], "argumen PERINTAH: pilihan tidak sah: 'renderx'", "argument COMMAND: invalid choice: 'renderx'"),
    (["render", "--out", "a.png", "--set"], "argumen --set: memerlukan satu nilai",
     "argument --set: expected one argument"),
    (["duties", "--bogus"], "argumen tidak dikenal: --bogus", "unrecognized arguments: --bogus"),
    (["render", "--out", "a.png", "--scale", "big"], "argumen --scale: nilai float tidak sah: 'big'",
     "argument --scale: invalid float value: 'big'"),
    (["templates", "list", "--duty", "11"], "pilihan tidak sah: 11 (pilih dari", "invalid choice: 11 (choose from"),
])
def test_argparse_errors_in_the_users_language(capsys, monkeypatch, argv, id_error, en_error):
    monkeypatch.delenv("DIPLOMAT_LANG", raising=False)
    code, out, err = run(capsys, *argv)
    assert code == 2 and "galat: " in err and id_error in err, err
    assert err.startswith("penggunaan: ") and "error" not in err
    code, out, err = run(capsys, *argv, "--lang", "en")
    assert code == 2 and ": error: " in err and en_error in err, err


def test_argparse_words_are_put_back_after_a_run(capsys):
    before = argparse._, argparse.ngettext
    run(capsys, "--lang", "id", "render")
    assert (argparse._, argparse.ngettext) == before
    assert argparse.ArgumentParser().format_usage().startswith("usage: ")


def _argparse_messages() -> set[str]:
    """Every message argparse of this Python looks up through `_()` or `ngettext()`."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
            found |= {a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    return found


def test_every_argparse_message_has_indonesian():
    messages = _argparse_messages()
    assert {"usage: ", "options", "invalid choice: %(value)r (choose from %(choices)s)"} <= messages
    assert not messages - set(language.ARGPARSE_ID)
    for msgid, text in language.ARGPARSE_ID.items():  # the same %-placeholders, or formatting fails
        assert sorted(re.findall(r"%\(\w+\)[sr]|%[sr]", msgid)) == sorted(re.findall(r"%\(\w+\)[sr]|%[sr]", text))


def _helps(p: argparse.ArgumentParser) -> dict[str, str]:
    """Our words in one parser, keyed by where they are: description, epilog, each argument's
    help and metavar, and each subcommand's help."""
    words = {"description": p.description or "", "epilog": p.epilog or ""}
    for action in p._actions:
        if isinstance(action, argparse._HelpAction) or action.help == argparse.SUPPRESS:
            continue
        key = "/".join(action.option_strings) or action.dest
        words[f"help {key}"] = action.help or ""
        if isinstance(action.metavar, str):
            words[f"metavar {key}"] = action.metavar
        for choice in getattr(action, "_choices_actions", []):
            words[f"command {choice.dest}"] = choice.help or ""
    return words


@pytest.mark.parametrize("path", PATHS, ids=lambda path: " ".join(path) or "diplomat")
def test_every_help_string_of_ours_exists_in_both_languages(path):
    id_words = _helps(dict(parsers(build("id")))[path])
    en_words = _helps(dict(parsers(build("en")))[path])
    assert id_words.keys() == en_words.keys()
    for key in id_words:
        if key.startswith("metavar") or (key == "epilog" and not id_words[key] and not en_words[key]):
            continue  # a metavar may be a formula that reads the same (N, tcp://HOST:PORT)
        assert id_words[key] and en_words[key], f"{path} {key} has no text"
        assert id_words[key] != en_words[key], f"{path} {key} is not translated: {id_words[key]!r}"
