"""`diplomat completion bash|zsh|fish`: the scripts are valid for their shell, and completing
in a real bash and fish offers subcommands, choices and template ids (asked of the CLI)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main

BIN = Path(sys.executable).parent  # the venv's `diplomat`, which the scripts call for template ids
needs = {shell: pytest.mark.skipif(not shutil.which(shell), reason=f"{shell} is not installed")
         for shell in ("bash", "zsh", "fish")}


@pytest.fixture
def script(capsys, tmp_path):
    def make(shell: str, *lang: str) -> Path:
        assert main([*lang, "completion", shell]) == 0
        path = tmp_path / f"diplomat.{shell}"
        path.write_text(capsys.readouterr().out, encoding="utf-8")
        return path
    return make


def shell_env(diplomat_home) -> dict:
    return {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}", "DIPLOMAT_HOME": str(diplomat_home)}


def test_every_command_and_option_is_in_the_scripts(script):
    for shell in ("bash", "zsh", "fish"):
        text = script(shell).read_text(encoding="utf-8")
        for word in ("render", "batch", "thumbnails", "completion", "templates-dir", "single-pdf", "verbose"):
            assert word in text, (shell, word)
        assert "diplomat templates list --ids" in text


def test_templates_list_ids_prints_one_id_per_line(capsys):
    assert main(["templates", "list", "--ids", "--duty", "2"]) == 0
    ids = capsys.readouterr().out.split()
    assert "daftar-alasan" in ids and "produk-umkm" not in ids and all(" " not in i for i in ids)


@needs["bash"]
def test_bash_script_is_valid(script):
    subprocess.run(["bash", "-n", str(script("bash"))], check=True)


@needs["zsh"]
def test_zsh_script_is_valid(script):
    subprocess.run(["zsh", "-n", str(script("zsh"))], check=True)


@needs["fish"]
def test_fish_script_is_valid(script):
    subprocess.run(["fish", "--no-execute", str(script("fish"))], check=True)


def bash_complete(path: Path, words: list[str], env: dict) -> list[str]:
    """What bash offers with the cursor at the end of the last word."""
    code = (f'source "{path}"; COMP_WORDS=({" ".join(repr(w) for w in words)}); '
            f'COMP_CWORD={len(words) - 1}; _shtab_diplomat; printf "%s\\n" "${{COMPREPLY[@]}}"')
    done = subprocess.run(["bash", "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


@needs["bash"]
def test_bash_completes_commands_choices_and_template_ids(script, diplomat_home):
    path, env = script("bash"), shell_env(diplomat_home)
    assert bash_complete(path, ["diplomat", "ren"], env) == ["render"]
    assert bash_complete(path, ["diplomat", "--lang", "en", "templates", "l"], env) == ["list", "lint"]
    assert bash_complete(path, ["diplomat", "batch", "x", "s.csv", "--type", "p"], env) == ["png", "pdf"]
    assert bash_complete(path, ["diplomat", "render", "produk-"], env) == ["produk-umkm", "produk-warna"]


def fish_complete(path: Path, line: str, env: dict) -> list[list[str]]:
    done = subprocess.run(["fish", "--no-config", "-c", f'source "{path}"; complete -C"{line}"'],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    return [row.split("\t") for row in done.stdout.splitlines()]


@needs["fish"]
def test_fish_completes_commands_with_their_help_in_the_chosen_language(script, diplomat_home):
    env = shell_env(diplomat_home)
    assert fish_complete(script("fish"), "diplomat ren", env) == [
        ["render", "render sebuah desain ke PNG/JPG/WebP/PDF/SVG"]]
    assert fish_complete(script("fish", "--lang", "en"), "diplomat ren", env) == [
        ["render", "render a design to PNG/JPG/WebP/PDF/SVG"]]
    assert [row[0] for row in fish_complete(script("fish"), "diplomat templates sh", env)] == ["show"]


@needs["fish"]
def test_fish_completes_template_ids_and_options(script, diplomat_home):
    path, env = script("fish"), shell_env(diplomat_home)
    assert [row[0] for row in fish_complete(path, "diplomat --lang en check kartu-", env)] == ["kartu-fakta"]
    assert {"--out", "--scale", "--set"} <= {row[0] for row in fish_complete(path, "diplomat render --", env)}
    assert [row[0] for row in fish_complete(path, "diplomat completion ", env)] == ["bash", "zsh", "fish"]
