"""A throwaway PostgreSQL server for the test session.

Plain Python (no pytest), so that benchmarks and scripts can use it too::

    with PostgresServer.start() as server:
        server.create_database("t_demo")
        url = server.url("t_demo")  # postgresql+psycopg://coopdesk@127.0.0.1:PORT/t_demo

The server lives in a temporary directory, listens on 127.0.0.1 on a free port (and on a Unix socket
inside that directory), trusts every local connection for the role ``coopdesk``, and runs without
fsync: it is fast and must never hold data anyone cares about.

``initdb`` and ``pg_ctl`` refuse to run as root. As root, both run as the ``postgres`` system user
(created by Debian's ``postgresql`` package; ``nobody`` otherwise), with the temporary directory owned
by that user. The switch is done by :mod:`subprocess` itself (``user=``/``group=``/``extra_groups=``),
which needs neither ``runuser``/``su`` nor a PAM session.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import re
import shlex
import shutil
import socket
import stat
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

__all__ = [
    "PostgresBinaries",
    "PostgresServer",
    "PostgresStartError",
    "PostgresUnavailable",
    "find_postgres_binaries",
]

ROLE = "coopdesk"
#: Environment variable naming the directory holding initdb, pg_ctl and postgres.
PG_BIN_ENV = "COOPDESK_PG_BIN"
START_TIMEOUT = 60  # seconds, for initdb and for pg_ctl -w
_SERVER_SETTINGS = (
    "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
    # Enough for tests that open a few engines at once, small enough to start fast.
    "-c max_connections=50 -c shared_buffers=16MB"
)
_TOOLS = ("initdb", "pg_ctl", "postgres")
# Whatever the calling shell says about "the" PostgreSQL server must not leak into ours.
_PG_ENV_VARS = ("PGDATA", "PGHOST", "PGHOSTADDR", "PGPORT", "PGUSER", "PGDATABASE", "PGOPTIONS", "PGSERVICE")


class PostgresUnavailable(RuntimeError):
    """No usable PostgreSQL server binaries (or no user to run them as): tests needing them skip."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PostgresStartError(RuntimeError):
    """The binaries are there but the server did not come up: a real failure, with its log."""


@dataclass(frozen=True)
class PostgresBinaries:
    bin_dir: Path
    version: str  # as printed by `pg_ctl --version`, e.g. "15.8"

    @property
    def initdb(self) -> str:
        return str(self.bin_dir / "initdb")

    @property
    def pg_ctl(self) -> str:
        return str(self.bin_dir / "pg_ctl")


def _has_tools(directory: Path) -> bool:
    return all(os.access(directory / tool, os.X_OK) for tool in _TOOLS)


def _version_key(directory: Path) -> tuple[int, ...]:
    # /usr/lib/postgresql/<version>/bin
    return tuple(int(part) for part in re.findall(r"\d+", directory.parent.name)) or (0,)


def _candidate_dirs() -> Iterator[Path]:
    initdb = shutil.which("initdb")
    if initdb:
        yield Path(initdb).parent
        yield Path(initdb).resolve().parent  # /usr/local/bin/initdb -> /usr/lib/postgresql/15/bin/initdb
    debian = [d for d in Path("/usr/lib/postgresql").glob("*/bin") if d.is_dir()]
    yield from sorted(debian, key=_version_key, reverse=True)
    yield from sorted(Path("/usr").glob("pgsql-*/bin"), key=_version_key, reverse=True)  # PGDG rpm layout


def _pg_version(directory: Path) -> str:
    out = subprocess.run(
        [str(directory / "pg_ctl"), "--version"], capture_output=True, text=True, timeout=30, check=True
    ).stdout
    match = re.search(r"(\d+(?:\.\d+)*)", out)
    return match.group(1) if match else out.strip()


def find_postgres_binaries() -> PostgresBinaries:
    """initdb/pg_ctl/postgres: $COOPDESK_PG_BIN, else PATH, else the newest /usr/lib/postgresql/*/bin."""
    override = os.environ.get(PG_BIN_ENV)
    if override:
        directory = Path(override)
        if not _has_tools(directory):
            raise PostgresUnavailable(
                f"${PG_BIN_ENV}={override} does not hold executable {', '.join(_TOOLS)}"
            )
        return PostgresBinaries(directory, _pg_version(directory))
    for directory in _candidate_dirs():
        if _has_tools(directory):
            return PostgresBinaries(directory, _pg_version(directory))
    raise PostgresUnavailable(
        "initdb/pg_ctl/postgres not found on PATH nor in /usr/lib/postgresql/*/bin "
        f"(install the Debian package 'postgresql', or set ${PG_BIN_ENV})"
    )


@dataclass(frozen=True)
class _RunAs:
    """The account the server runs under: the current one, or a system user when we are root."""

    name: str
    uid: int
    gid: int

    @property
    def switch(self) -> dict[str, Any]:
        if self.uid == os.geteuid():
            return {}
        return {"user": self.uid, "group": self.gid, "extra_groups": []}


def _run_as() -> _RunAs:
    if os.geteuid() != 0:
        return _RunAs(pwd.getpwuid(os.geteuid()).pw_name, os.geteuid(), os.getegid())
    for name in ("postgres", "nobody"):
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            continue
        if entry.pw_uid != 0:
            return _RunAs(name, entry.pw_uid, entry.pw_gid)
    raise PostgresUnavailable("running as root and neither a 'postgres' nor a 'nobody' user exists")


def _world_traversable(path: Path) -> bool:
    """Can another (non-root) user reach entries inside ``path``?"""
    path = path.resolve()
    return all(p.stat().st_mode & stat.S_IXOTH for p in (path, *path.parents))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _tail(path: Path, lines: int = 40) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError as error:
        return f"(no server log: {error})"
    return "\n".join(text.splitlines()[-lines:]) or "(empty server log)"


class PostgresServer:
    """A running throwaway server. Build it with :meth:`start`; always :meth:`stop` it (or use ``with``)."""

    def __init__(self, binaries: PostgresBinaries, run_as: _RunAs, base_dir: Path) -> None:
        self.binaries = binaries
        self.run_as = run_as
        self.base_dir = base_dir
        self.data_dir = base_dir / "data"
        self.socket_dir = base_dir / "socket"
        self.log_file = base_dir / "server.log"
        self.host = "127.0.0.1"
        self.port = 0
        self.user = ROLE
        self.start_seconds = 0.0
        self._admin: psycopg.Connection[Any] | None = None
        self._running = False

    # -- life cycle ---------------------------------------------------------------------------------

    @classmethod
    def start(cls, *, timeout: int = START_TIMEOUT) -> PostgresServer:
        """Find the binaries, initdb a cluster in a new temporary directory and start it.

        Raises :class:`PostgresUnavailable` when there is nothing to start, :class:`PostgresStartError`
        (with the initdb output or the server log) when starting fails.
        """
        binaries = find_postgres_binaries()
        run_as = _run_as()
        parent: str | None = None
        if run_as.switch and not _world_traversable(Path(tempfile.gettempdir())):
            parent = "/tmp"  # $TMPDIR under /root would be out of reach of the 'postgres' user
        base_dir = Path(tempfile.mkdtemp(prefix="coopdesk-pg-", dir=parent))
        server = cls(binaries, run_as, base_dir)
        try:
            server._start(timeout)
        except BaseException:
            server.stop()
            raise
        atexit.register(server.stop)  # in case the caller forgets or is interrupted
        return server

    def _start(self, timeout: int) -> None:
        began = time.perf_counter()
        self.socket_dir.mkdir()
        if self.run_as.switch:
            for path in (self.base_dir, self.socket_dir):
                os.chown(path, self.run_as.uid, self.run_as.gid)
        self._initdb(timeout)
        last_error: PostgresStartError | None = None
        for _attempt in range(3):  # the free port may be taken between probing and binding
            self.port = _free_port()
            try:
                self._pg_ctl_start(timeout)
            except PostgresStartError as error:
                last_error = error
                if "could not bind" not in str(error) and "already in use" not in str(error):
                    raise
                continue
            self._running = True
            self.start_seconds = time.perf_counter() - began
            return
        assert last_error is not None
        raise last_error

    def _run(self, args: Sequence[str], timeout: int) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k not in _PG_ENV_VARS}
        env.setdefault("LC_ALL", "C.UTF-8")  # messages in English, whatever the caller's locale
        return subprocess.run(
            list(args),
            cwd=self.base_dir,  # the postgres user may not be able to enter the caller's cwd
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            **self.run_as.switch,
        )

    def _initdb(self, timeout: int) -> None:
        base = [self.binaries.initdb, "-D", str(self.data_dir), "-A", "trust", "-U", ROLE, "--encoding=UTF8"]
        result = self._run([*base, "--locale=C.UTF-8"], timeout)
        if result.returncode != 0 and "locale" in (result.stderr + result.stdout).lower():
            shutil.rmtree(self.data_dir, ignore_errors=True)
            result = self._run([*base, "--no-locale"], timeout)
        if result.returncode != 0:
            raise PostgresStartError(
                f"initdb (PostgreSQL {self.binaries.version}, as {self.run_as.name}) failed "
                f"with exit code {result.returncode}:\n{result.stdout}\n{result.stderr}"
            )

    def _pg_ctl_start(self, timeout: int) -> None:
        options = (
            f"-c listen_addresses={self.host} -p {self.port} -k {shlex.quote(str(self.socket_dir))} "
            + _SERVER_SETTINGS
        )
        command = [self.binaries.pg_ctl, "-w", "-t", str(timeout), "-D", str(self.data_dir)]
        command += ["-l", str(self.log_file), "-o", options, "start"]
        try:
            result = self._run(command, timeout + 10)
        except subprocess.TimeoutExpired:
            result = None
        if result is None or result.returncode != 0:
            output = "pg_ctl timed out" if result is None else f"{result.stdout}\n{result.stderr}".strip()
            # pg_ctl may have left a half-started postmaster behind.
            self._pg_ctl_stop()
            raise PostgresStartError(
                f"PostgreSQL {self.binaries.version} did not start on {self.host}:{self.port} "
                f"(as {self.run_as.name}, in {self.base_dir}):\n{output}\n"
                f"--- server log ({self.log_file}) ---\n{_tail(self.log_file)}"
            )

    def _pg_ctl_stop(self) -> None:
        if not (self.data_dir / "postmaster.pid").exists():
            return
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._run([self.binaries.pg_ctl, "-D", str(self.data_dir), "-m", "immediate", "-w", "stop"], 60)

    def stop(self) -> None:
        """Stop the server (immediate mode: nothing to keep) and remove its directory. Idempotent."""
        if self._admin is not None:
            with contextlib.suppress(Exception):
                self._admin.close()
            self._admin = None
        if self.base_dir.exists():
            self._pg_ctl_stop()
            shutil.rmtree(self.base_dir, ignore_errors=True)
        self._running = False
        atexit.unregister(self.stop)

    def __enter__(self) -> PostgresServer:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- databases ----------------------------------------------------------------------------------

    def url(self, dbname: str) -> str:
        """The SQLAlchemy URL of a database on this server."""
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{dbname}"

    def conninfo(self, dbname: str = "postgres") -> str:
        """A libpq connection string, for psycopg used directly."""
        return f"host={self.host} port={self.port} user={self.user} dbname={dbname}"

    def _admin_connection(self) -> psycopg.Connection[Any]:
        import psycopg

        if not self._running:
            raise RuntimeError("the PostgreSQL test server is not running")
        if self._admin is None or self._admin.closed:
            self._admin = psycopg.connect(self.conninfo("postgres"), autocommit=True, connect_timeout=10)
        return self._admin

    def create_database(self, name: str) -> None:
        from psycopg import sql

        self._admin_connection().execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))

    def drop_database(self, name: str) -> None:
        """Drop a database even if a test left connections open to it."""
        from psycopg import sql

        admin = self._admin_connection()
        identifier = sql.Identifier(name)
        if admin.info.server_version >= 130000:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(identifier))
            return
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        )
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(identifier))

    def list_databases(self) -> list[str]:
        rows = self._admin_connection().execute(
            "SELECT datname FROM pg_database WHERE NOT datistemplate ORDER BY datname"
        )
        return [row[0] for row in rows]

    def __repr__(self) -> str:
        state = "running" if self._running else "stopped"
        where = f"{self.host}:{self.port}"
        return f"<PostgresServer {self.binaries.version} {where} {state} as {self.run_as.name}>"


if __name__ == "__main__":  # python -m tests.postgres_server: a quick check of this machine
    with PostgresServer.start() as demo:
        print(f"{demo!r} started in {demo.start_seconds:.2f} s")
        demo.create_database("t_check")
        print(demo.url("t_check"), demo.list_databases())
        demo.drop_database("t_check")
