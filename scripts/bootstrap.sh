#!/usr/bin/env bash
# Prepare this checkout to run or test CoopDesk: system libraries (Debian/Ubuntu), .venv, editable install.
#
#   scripts/bootstrap.sh run    Qt's runtime libraries (xcb platform), `pip install -e .`
#   scripts/bootstrap.sh test   offscreen Qt libraries, PostgreSQL server, poppler, `pip install -e '.[test]'`
#
# Idempotent and quiet when everything is in place. Reinstalls the project only when pyproject.toml is
# newer than .venv/.coopdesk-installed-<mode>. Environment: PYTHON=/path/to/python3.11+ to choose the
# interpreter, COOPDESK_SKIP_APT=1 to leave system packages alone.
set -euo pipefail

usage() {
    echo "usage: $0 run|test" >&2
    exit 2
}
[[ $# -eq 1 ]] || usage
mode=$1
case "$mode" in
    run | test) ;;
    *) usage ;;
esac

cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { echo "bootstrap: $*" >&2; }
die() {
    say "error: $*"
    exit 1
}

# --- system packages ---------------------------------------------------------------------------------
# Libraries the PySide6 wheels load but do not ship (all exist in Debian 12 bookworm).
qt_common=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libxkbcommon0 libdbus-1-3 fonts-dejavu-core)
qt_xcb=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
    libxcb-render-util0 libxcb-image0 libxkbcommon-x11-0)
if [[ $mode == run ]]; then
    packages=("${qt_common[@]}" "${qt_xcb[@]}")
else
    # postgresql: the server binaries (initdb, pg_ctl under /usr/lib/postgresql/*/bin) for the test session.
    # poppler-utils: pdftotext/pdfinfo to check the generated PDFs; qpdf: a strict PDF checker.
    # desktop-file-utils, appstream: validate the Linux desktop entry and metainfo of packaging/.
    # 7zip, libarchive-tools: open the password-protected backup ZIP as a user's archiver would.
    packages=("${qt_common[@]}" postgresql poppler-utils qpdf desktop-file-utils appstream 7zip libarchive-tools)
fi

is_root() { [[ $(id -u) -eq 0 ]]; }
have_dpkg() { command -v dpkg-query >/dev/null 2>&1; }

missing_packages() { # prints the packages of "$@" that are not installed
    local pkg
    for pkg in "$@"; do
        if [[ $(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true) != "install ok installed" ]]; then
            echo "$pkg"
        fi
    done
}

apt_updated=0
apt_install() { # installs "$@" when root with apt-get; otherwise says how, and returns 1
    local cmd="apt-get install -y --no-install-recommends $*"
    if is_root && command -v apt-get >/dev/null 2>&1; then
        say "installing system packages: $*"
        # (set -e does not apply inside a function called from a condition: check each step.)
        if [[ $apt_updated -eq 0 ]]; then
            DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || die "apt-get update failed"
            apt_updated=1
        fi
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
            || die "apt-get install failed: $cmd"
        return 0
    fi
    say "warning: missing system packages: $*"
    say "         install them with: sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive $cmd"
    return 1
}

if [[ ${COOPDESK_SKIP_APT:-} == 1 ]]; then
    :
elif have_dpkg; then
    mapfile -t missing < <(missing_packages "${packages[@]}")
    if [[ ${#missing[@]} -gt 0 ]]; then
        if ! apt_install "${missing[@]}" && [[ $mode == test ]]; then
            say "         continuing: Qt tests may fail to load, PostgreSQL tests will be skipped (see pytest -ra)."
        fi
    fi
else
    if [[ $mode == test ]]; then
        say "note: no dpkg here; install Qt's runtime libraries and a PostgreSQL server (initdb, pg_ctl) yourself."
    else
        say "note: no dpkg here; install Qt's runtime libraries (xcb, EGL, fontconfig) yourself."
    fi
fi

# --- python ------------------------------------------------------------------------------------------
python_ok() { # is "$1" a Python >= 3.11?
    "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1
}

find_python() {
    local candidate
    for candidate in ${PYTHON:-} python3.11 python3 python3.13 python3.12; do
        if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

venv_works() { [[ -x .venv/bin/python ]] && .venv/bin/python -c "import sys, pip; sys.exit(sys.version_info < (3, 11))" >/dev/null 2>&1; }

if ! venv_works; then
    python=$(find_python || true)
    if [[ -z $python ]] && have_dpkg; then
        # A clean Debian 12 has no Python at all; its python3 is 3.11.
        apt_install python3 python3-venv || true
        python=$(find_python || true)
    fi
    [[ -n $python ]] || die "CoopDesk needs Python >= 3.11 (tried ${PYTHON:+$PYTHON, }python3.11, python3, python3.13, python3.12).
    Install it (Debian/Ubuntu: apt-get install python3 python3-venv) or set PYTHON=/path/to/python3.11."
    version=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    if ! "$python" -c 'import venv, ensurepip' >/dev/null 2>&1; then
        # Debian splits venv/ensurepip out of the interpreter package.
        if ! have_dpkg || ! apt_install "python${version}-venv"; then
            die "$python cannot create virtual environments (Debian/Ubuntu: apt-get install python${version}-venv)."
        fi
    fi
    if [[ -e .venv ]]; then
        say "recreating .venv (the existing one has no working Python >= 3.11 with pip)"
        rm -rf .venv
    fi
    say "creating .venv with $python (Python $version)"
    "$python" -m venv .venv
fi

# --- the project -------------------------------------------------------------------------------------
stamp=.venv/.coopdesk-installed-$mode
up_to_date() { [[ -f $1 && ! pyproject.toml -nt $1 ]]; }

# `test` installs everything `run` needs.
if up_to_date "$stamp" || { [[ $mode == run ]] && up_to_date .venv/.coopdesk-installed-test; }; then
    exit 0
fi
if [[ $mode == run ]]; then
    target=.
else
    target=.[test,package]
fi
say "installing CoopDesk into .venv: pip install -e '$target'"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$target"
touch "$stamp"
