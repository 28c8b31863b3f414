# Sourced by run.sh and test.sh: a project-local .venv with the pinned requirements, and Debian packages
# installed on demand (a fresh Debian machine lacks python3-venv and chromium).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@"
}

ensure_venv() {  # $1: the requirements file to satisfy
  if [ ! -x .venv/bin/python ]; then
    if ! python3 -m venv .venv >/dev/null 2>&1; then
      rm -rf .venv  # stock Debian leaves a half-made venv when ensurepip is missing
      apt_install python3-venv
      python3 -m venv .venv
    fi
  fi
  # Re-install only when a requirements file changed since the last install.
  local stamp=".venv/.installed-$(cat requirements*.txt | sha256sum | cut -c1-16)-$(basename "$1")"
  if [ ! -f "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$1"
    touch "$stamp"
  fi
}
