#!/usr/bin/env bash
# Build SmartGoals.app on macOS (PyInstaller one-folder bundle) from a clean checkout.
# Same recipe as Linux: packaging/smartgoals.spec makes a BUNDLE with the .icns icon and
# the bundle id io.github.smartgoals.SmartGoals. Not run in CI (needs a Mac); untested here.
#   packaging/build_macos.sh   ->  packaging/out/SmartGoals.app and SmartGoals-macos.zip
# Signing and notarisation (codesign --deep --options runtime; xcrun notarytool) are
# left to the release machine that holds the Developer ID.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
OUT=${OUT:-$REPO/packaging/out}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/smartgoals-build.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/src"
git -C "$REPO" archive --format=tar "${REF:-HEAD}" | tar -x -C "$WORK/src"
python3 -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install -q "$WORK/src" "pyinstaller>=6.10"
(cd "$WORK/src" && "$WORK/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$OUT" --workpath "$WORK/pyinstaller" packaging/smartgoals.spec)
QT_QPA_PLATFORM=offscreen "$OUT/SmartGoals.app/Contents/MacOS/smartgoals" --self-test
ditto -c -k --keepParent "$OUT/SmartGoals.app" "$OUT/SmartGoals-macos.zip"
