"""One copy of the program writes to a database file at a time: an OS lock on ``<db>.lock`` beside it.

The operating system's lock decides, not the file's existence: a lock dies with the process that
held it, so a crash or a kill leaves at most a stale file behind, which the next copy simply takes
over. The file names the holder (process, computer, since when) for the message the second copy shows.

Within one process the lock is shared: the window and its background jobs each open their own
connection to the same file (SQLite keeps those consistent), and they are one copy of the program.
"""

from __future__ import annotations

import errno
import json
import os
import socket
import sys
import threading
import weakref
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .errors import DatabaseInUse

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

LOCK_SUFFIX = ".lock"
# Windows locks are mandatory: the locked byte lies far past the holder's note, so that the second
# copy can still read the note.
_WINDOWS_LOCK_OFFSET = 1 << 30
_NOTE_LIMIT = 4096
_NO_LOCKS = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS}


def lock_path(database: Path | str) -> Path:
    """The lock file of a database; resolved, so that two spellings of one file share one lock."""
    resolved = Path(database).resolve()
    return resolved.with_name(resolved.name + LOCK_SUFFIX)


@dataclass(frozen=True)
class Holder:
    """Who holds a database, as its lock file says (any part may be unknown)."""

    pid: int | None = None
    host: str | None = None
    since: datetime | None = None


def read_holder(path: Path) -> Holder:
    """The holder named in the lock file at ``path``; an unreadable or half-written note names nobody."""
    try:
        with path.open("rb") as handle:
            note = json.loads(handle.read(_NOTE_LIMIT).rstrip(b"\0 \n").decode("utf-8"))
        since = note.get("since")
        return Holder(
            pid=note["pid"] if isinstance(note.get("pid"), int) else None,
            host=note["host"] if isinstance(note.get("host"), str) else None,
            since=datetime.fromisoformat(since) if isinstance(since, str) else None,
        )
    except (OSError, ValueError, AttributeError, UnicodeDecodeError):
        return Holder()


class FileLock:
    """One OS lock on one lock file, taken without waiting. Not shared; see :func:`acquire` for that."""

    def __init__(self, path: Path):
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock and write this process's note into the file; ``False`` when another holds it.

        Other failures (a read-only folder, say) raise :class:`OSError`.
        """
        assert self._fd is None, "already held"
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
            try:
                if not _lock(fd):
                    os.close(fd)
                    return False
            except BaseException:
                os.close(fd)
                raise
            # A holder removes the file as it lets go: if that happened between our open and our lock,
            # we hold a lock on a file nobody else can find. Start again with the one at the path.
            if _is_current(fd, self.path):
                break
            os.close(fd)
        self._fd = fd
        self._write_note()
        return True

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform != "win32":
            # Removed while still locked (see acquire), so that a normal close leaves no file behind.
            try:
                self.path.unlink()
            except OSError:
                pass
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def forget(self) -> None:
        """Let go of the file without unlocking it: in a forked child, whose parent still holds it."""
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # the lock stays: the parent's descriptor still refers to it

    def _write_note(self) -> None:
        note = json.dumps(
            {
                "program": "AI.ALL* Workshop Desk",
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "since": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            }
        ).encode("utf-8")
        try:
            os.ftruncate(self._fd, 0)
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.write(self._fd, note + b"\n")
        except OSError:
            pass  # the note only improves a message; the lock is what protects the file


if sys.platform == "win32":

    def _lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _is_current(fd: int, path: Path) -> bool:
        return True  # an open file cannot be removed on Windows, so it is always the one at the path

else:

    def _lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as error:
            # A file system without locks (some network shares): refusing would lock everyone out of
            # their own file, so it opens unprotected, as it would have without this module.
            if error.errno in _NO_LOCKS:
                return True
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _is_current(fd: int, path: Path) -> bool:
        try:
            return os.path.samestat(os.fstat(fd), os.stat(path))
        except FileNotFoundError:
            return False


# -- shared within the process -------------------------------------------------------------------

_guard = threading.Lock()
_held: dict[Path, tuple[FileLock, int]] = {}


class DatabaseLock:
    """This process's claim on a database file; released by :meth:`release` (or when garbage)."""

    def __init__(self, path: Path, file_lock: FileLock):
        self.path = path
        self._finalizer = weakref.finalize(self, _let_go, path, file_lock)

    def release(self) -> None:
        self._finalizer()  # runs once, however often it is called

    @property
    def released(self) -> bool:
        return not self._finalizer.alive


def acquire(database: Path | str) -> DatabaseLock:
    """Claim ``database`` for this process, or raise :class:`DatabaseInUse` naming the holder."""
    path = lock_path(database)
    with _guard:
        file_lock, users = _held.get(path, (None, 0))
        if file_lock is None:
            file_lock = FileLock(path)
            if not file_lock.acquire():
                holder = read_holder(path)
                raise DatabaseInUse(database, pid=holder.pid, host=holder.host, since=holder.since)
        _held[path] = (file_lock, users + 1)
    return DatabaseLock(path, file_lock)


def _let_go(path: Path, file_lock: FileLock) -> None:
    with _guard:
        held = _held.get(path)
        if held is None or held[0] is not file_lock:
            return  # a claim from before a fork: the parent's, not ours to give back
        if held[1] > 1:
            _held[path] = (file_lock, held[1] - 1)
        else:
            del _held[path]
            # Under the guard: another thread of this process must not meet our own lock as a stranger's.
            file_lock.release()


def holds(database: Path | str) -> bool:
    """Whether this process holds the lock of ``database``."""
    with _guard:
        return lock_path(database) in _held


def _forget_after_fork() -> None:
    """A forked child is another process: the parent's claims are the parent's, and stay so."""
    global _guard
    _guard = threading.Lock()
    for file_lock, _ in _held.values():
        file_lock.forget()
    _held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_after_fork)
