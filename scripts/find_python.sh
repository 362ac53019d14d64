#!/usr/bin/env bash
# Prints the path of a working Python 3.10 interpreter, or explains how to get one.
# pyenv shims answer "command not found" when 3.10 is installed but not selected, so we also
# look inside pyenv's versions folder.
set -u
try() { "$1" -c 'import sys; assert sys.version_info[:2] == (3, 10)' >/dev/null 2>&1 && command -v "$1"; }
for cand in "${PYTHON310:-}" python3.10; do
  [ -n "$cand" ] && try "$cand" && exit 0
done
for root in "$(pyenv root 2>/dev/null)" "$HOME/.pyenv" /usr/local /usr; do
  for cand in "$root"/versions/3.10*/bin/python3.10 "$root"/bin/python3.10; do
    [ -x "$cand" ] && try "$cand" && exit 0
  done
done
echo "Diogel needs Python 3.10 (Rasa 3.6 supports 3.8-3.10), and none was found." >&2
echo "Install it (e.g. 'pyenv install 3.10' or 'apt-get install python3.10') or set PYTHON310=/path/to/python3.10." >&2
exit 1
