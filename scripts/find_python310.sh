#!/usr/bin/env bash
# Prints the path of a Python 3.10 interpreter (Rasa 3.6 does not run on 3.11+):
# python3.10 on PATH, else pyenv's 3.10.x, else explains how to get one.
set -u
is310() { "$1" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' >/dev/null 2>&1; }
for candidate in python3.10 python3; do
  path=$(command -v "$candidate" 2>/dev/null) && is310 "$path" && { echo "$path"; exit 0; }
done
root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
for path in "$root"/versions/3.10.*/bin/python3.10; do
  [ -x "$path" ] && is310 "$path" && { echo "$path"; exit 0; }
done
echo "error: Python 3.10 is needed (Rasa 3.6 does not run on 3.11)." >&2
echo "  Install it with pyenv: 'pyenv install 3.10.13', or your package manager (python3.10 + python3.10-venv)." >&2
exit 1
