"""A throwaway PostgreSQL cluster: ``initdb`` and ``pg_ctl`` into a private temporary
folder, on a free port on 127.0.0.1, with its unix socket in that folder.

Shared by the tests (tests/pg.py wraps it in pytest fixtures) and the benchmarks
(benchmarks/engines.py), so this module does not import pytest: when no cluster can be
started it raises ClusterUnavailableError with the reason, and each caller decides what that
means (a skip, a failure in CI, a benchmark without its server half). PostgreSQL refuses
to run as root, so under root (as CI runs) the server runs as the ``postgres`` user that
Debian's package makes.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class ClusterUnavailableError(RuntimeError):
    """No throwaway cluster can be started here; ``args[0]`` says why."""


SUPERUSER = "postgres"
# The superuser's password, for the tests that log in over TCP (password auth there;
# the unix socket trusts, as a developer's own cluster usually does).
SUPERUSER_PASSWORD = "throwaway-test-cluster"
_names = itertools.count(1)


def _bin_dir() -> Path | None:
    """Debian keeps initdb and pg_ctl out of PATH, under /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3].split(".")[0])
    )
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PgServer:
    bin_dir: Path
    folder: Path
    port: int
    run_as: str | None  # the user the server runs as, when the tests run as root

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def socket_dir(self) -> str:
        return str(self.folder)

    def _run(self, args: Sequence[str]) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.run_as is not None:
            command = ["runuser", "-u", self.run_as, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)

    def start(self) -> None:
        pwfile = self.folder / "pw"
        pwfile.write_text(SUPERUSER_PASSWORD + "\n", encoding="utf-8")
        self._own(pwfile)
        done = self._run(
            [
                "initdb",
                "-D",
                str(self.data),
                "-U",
                SUPERUSER,
                "--pwfile",
                str(pwfile),
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync",
            ]
        )
        pwfile.unlink()
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {done.stdout}{done.stderr}")
        options = (
            f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        done = self._run(
            ["pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w", "start"]
        )
        if done.returncode != 0:
            log = (self.folder / "log").read_text(encoding="utf-8", errors="replace")
            raise RuntimeError(f"pg_ctl start failed: {done.stdout}{done.stderr}{log}")

    def stop(self) -> None:
        self._run(["pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop"])

    def _own(self, path: Path) -> None:
        if self.run_as is not None:
            entry = pwd.getpwnam(self.run_as)
            os.chown(path, entry.pw_uid, entry.pw_gid)

    # -- addresses ------------------------------------------------------------
    def url(self, user: str = SUPERUSER, database: str = "postgres") -> str:
        """The address the app takes: over the unix socket (trusted, no password)."""
        return f"postgresql://{user}@/{database}?host={self.socket_dir}&port={self.port}"

    def tcp_url(self, user: str = SUPERUSER, database: str = "postgres") -> str:
        """Over 127.0.0.1, where the server asks for a password (libpq finds it)."""
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def connect(self, user: str = SUPERUSER, database: str = "postgres", **kwargs: Any) -> Any:
        """A plain psycopg connection, as psql would make it (autocommit)."""
        import psycopg

        return psycopg.connect(
            host=self.socket_dir, port=self.port, user=user, dbname=database, autocommit=True, **kwargs
        )

    def create_database(self, template: str | None = None, name: str | None = None) -> str:
        """A new database: empty, or a copy of `template` (which nobody may be connected to)."""
        name = name or f"t{os.getpid()}_{next(_names)}"
        copy = f' TEMPLATE "{template}"' if template is not None else ""
        with self.connect() as conn:
            if template is not None and conn.info.server_version >= 150000:
                # Copying the template's files beats writing each page to the WAL (the
                # default since 15) for a small database, on a cluster without fsync.
                copy += " STRATEGY FILE_COPY"
            conn.execute(f'CREATE DATABASE "{name}"{copy}')
        return name

    def drop_database(self, name: str) -> None:
        with self.connect() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_cluster() -> PgServer:
    """A running cluster; ClusterUnavailableError when PostgreSQL or psycopg is missing."""
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise ClusterUnavailableError('psycopg is not installed: pip install -e ".[postgres]"') from exc
    bin_dir = _bin_dir()
    if bin_dir is None or not (bin_dir / "pg_ctl").exists():
        raise ClusterUnavailableError("PostgreSQL is not installed (no initdb): apt-get install postgresql")
    run_as: str | None = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError as exc:
            raise ClusterUnavailableError(
                "running as root and there is no postgres user to run the server as"
            ) from exc
        run_as = "postgres"
    folder = Path(tempfile.mkdtemp(prefix="smartgoals-pg-"))
    server = PgServer(bin_dir=bin_dir, folder=folder, port=_free_port(), run_as=run_as)
    server._own(folder)
    try:
        server.start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise ClusterUnavailableError(f"the test PostgreSQL server did not start: {exc}") from exc
    return server


def remove_cluster(server: PgServer) -> None:
    """Stop the cluster and delete its folder."""
    server.stop()
    shutil.rmtree(server.folder, ignore_errors=True)
