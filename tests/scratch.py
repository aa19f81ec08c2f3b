"""Where the tests keep their throwaway files: in RAM when the machine has a tmpfs for it.

Nothing a test writes needs to outlive the run, and on the shared CI machines the disk is
the slow part: copying the 8 MB template of a PostgreSQL test database took about 200 ms
on disk and 20 ms in /dev/shm, and every SQLite commit and backup pays for the disk too.
A kill -9 leaves the same file in RAM as on disk (the page cache survives the process),
so the crash tests keep their meaning. Where there is no such folder (macOS, Windows, a
container without /dev/shm) the system's temporary folder is used as before.
"""

from __future__ import annotations

import os
from pathlib import Path

RAM = Path("/dev/shm")
# Enough for a run's files with room to spare: the biggest test (the wheel's venv) takes
# about 300 MB.
ENOUGH = 2 * 1024**3


def ram_folder() -> str | None:
    """/dev/shm when it is a writable folder with room, else None (the default)."""
    try:
        usage = os.statvfs(RAM)
    except OSError:
        return None
    if not os.access(RAM, os.W_OK | os.X_OK):
        return None
    return str(RAM) if usage.f_bavail * usage.f_frsize >= ENOUGH else None
