#!/usr/bin/env bash
# Creates .venv with Python 3.10 and installs the pinned requirements, once per change of them.
set -euo pipefail
cd "$(dirname "$0")/.."
want=${1:-requirements-dev.txt}
py=$(bash scripts/find_python.sh)
gw_stamp=.venv-gateway/.installed-$(sha256sum < requirements-gateway.txt | cut -c1-16)
if [ ! -f "$gw_stamp" ]; then
  [ -x .venv-gateway/bin/python ] || "$py" -m venv .venv-gateway
  .venv-gateway/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-gateway.txt
  rm -f .venv-gateway/.installed-*
  touch "$gw_stamp"
fi
stamp=.venv/.installed-$(cat requirements.txt "$want" | sha256sum | cut -c1-16)
if [ -f "$stamp" ]; then exit 0; fi
if [ ! -x .venv/bin/python ]; then
  echo "Creating .venv with $py"
  "$py" -m venv .venv
fi
start=$(date +%s)
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip wheel
echo "Installing pinned packages (Rasa is large: about 80 s)…"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$want"
rm -f .venv/.installed-*
touch "$stamp"
echo "Installed in $(( $(date +%s) - start )) s"
