#!/usr/bin/env bash
# Build the stand-alone Linux app (PyInstaller, one folder) from a clean checkout.
#
#   packaging/build_linux.sh            # builds HEAD into packaging/out/SmartGoals
#   REF=v0.1.0 OUT=/tmp/out packaging/build_linux.sh
#
# Only committed files are built (git archive of REF), in a fresh virtual environment
# under a temporary folder, so whatever lies in the working tree cannot leak in.
# Needs: git, python3 (3.11+) with venv, network access to PyPI. Ends by running the
# built app's --self-test offscreen, and prints the build time and the size.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
REF=${REF:-HEAD}
OUT=${OUT:-$REPO/packaging/out}
PYTHON=${PYTHON:-python3}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/smartgoals-build.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
start=$(date +%s)
log() { printf '\n== [%4ss] %s\n' "$(($(date +%s) - start))" "$*"; }

log "Clean checkout of $REF"
mkdir -p "$WORK/src"
git -C "$REPO" archive --format=tar "$REF" | tar -x -C "$WORK/src"

log "Build environment (SmartGoals installed from the checkout, plus PyInstaller)"
"$PYTHON" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install -q --disable-pip-version-check "$WORK/src" "pyinstaller>=6.10"

log "PyInstaller (one folder; unused Qt modules excluded, see packaging/smartgoals.spec)"
rm -rf "$OUT/SmartGoals"
(cd "$WORK/src" && "$WORK/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$OUT" --workpath "$WORK/pyinstaller" packaging/smartgoals.spec)

log "Desktop integration files (install under ~/.local or /usr with the same layout)"
APP="$OUT/SmartGoals"
ID=io.github.smartgoals.SmartGoals
install -D -m 644 "$WORK/src/resources/$ID.desktop" "$APP/share/applications/$ID.desktop"
install -D -m 644 "$WORK/src/resources/$ID.metainfo.xml" "$APP/share/metainfo/$ID.metainfo.xml"
install -D -m 644 "$WORK/src/resources/icons/$ID.svg" "$APP/share/icons/hicolor/scalable/apps/$ID.svg"
for size in 16 24 32 48 64 128 256 512; do
  install -D -m 644 "$WORK/src/smartgoals_app/resources/icons/smartgoals-$size.png" \
    "$APP/share/icons/hicolor/${size}x${size}/apps/$ID.png"
done

log "Self-test of the built app (offscreen, temporary database)"
env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$APP/smartgoals" --self-test
env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 "$APP/smartgoals" --version

log "Archive"
tar -C "$OUT" -czf "$OUT/SmartGoals-linux-x86_64.tar.gz" SmartGoals
end=$(date +%s)
echo
echo "build time:   $((end - start)) s"
echo "folder size:  $(du -sh "$APP" | cut -f1)  ($APP)"
echo "archive size: $(du -h "$OUT/SmartGoals-linux-x86_64.tar.gz" | cut -f1)"
