"""A small TCP proxy for fault tests: a real network fault between two real servers.

`TcpProxy(host, port)` listens on a free loopback port and forwards every connection to
`host:port` (one thread per direction). `cut()` closes every live connection (both
sides, so each peer sees the connection drop) and from then on accepts new connections
and closes them at once, as a database behind a broken network path would look to a
client with a short connect timeout; `restore()` forwards again. `cut_when_sent(b"...")`
arms a cut at the moment a client sends bytes containing that pattern (the pattern is
not forwarded): e.g. in the middle of a database transaction, at its INSERT (a plain-text
protocol: for PostgreSQL, PGSSLMODE=disable in the client's environment).
"""
from __future__ import annotations

import socket
import threading
from typing import List, Optional, Set


class TcpProxy:
    def __init__(self, target_host: str, target_port: int, listen_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind((listen_host, 0))
        self._server.listen(128)
        self.host, self.port = self._server.getsockname()[:2]
        self._lock = threading.Lock()
        self._live: Set[socket.socket] = set()
        self._cut = False
        self._closed = False
        self.connections = 0  # forwarded connections opened
        self.refused = 0  # connections dropped while cut
        self.dropped = 0  # live connections dropped by the last cut
        self._thread: Optional[threading.Thread] = None
        self._trigger: Optional[bytes] = None
        self.triggered = threading.Event()  # set when an armed cut happened

    # --- control ------------------------------------------------------------------
    def start(self) -> TcpProxy:
        self._thread = threading.Thread(target=self._accept_loop, name="tcp-proxy", daemon=True)
        self._thread.start()
        return self

    def cut(self) -> int:
        """Drops every live connection and every new one until `restore()`; returns how
        many live connections were dropped."""
        with self._lock:
            self._cut = True
            live = list(self._live)
            self._live.clear()
        for sock in live:
            _close(sock)
        self.dropped = len(live) // 2
        return self.dropped

    def cut_when_sent(self, pattern: bytes) -> None:
        """Cuts (as `cut()`) when a client next sends `pattern`; `triggered` is set then."""
        self.triggered.clear()
        with self._lock:
            self._trigger = pattern

    def upstream_ports(self) -> List[int]:
        """The local ports of the live connections to the target (as the target sees them)."""
        ports = []
        with self._lock:
            live = list(self._live)
        for sock in live:
            try:
                if sock.getpeername()[:2] == self.target:
                    ports.append(sock.getsockname()[1])
            except OSError:
                continue
        return ports

    def restore(self) -> None:
        with self._lock:
            self._cut = False

    @property
    def is_cut(self) -> bool:
        return self._cut

    def close(self) -> None:
        self._closed = True
        self.cut()
        _close(self._server)
        if self._thread is not None:
            self._thread.join(5)

    def __enter__(self) -> TcpProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- forwarding ---------------------------------------------------------------
    def _accept_loop(self) -> None:
        while not self._closed:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            if self._cut:
                self.refused += 1
                _close(client)
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                _close(client)
                continue
            with self._lock:
                if self._cut:  # cut while connecting
                    self.refused += 1
                    _close(client)
                    _close(upstream)
                    continue
                self._live.update((client, upstream))
                self.connections += 1
            pair: List[socket.socket] = [client, upstream]
            for source, sink, outgoing in ((client, upstream, True), (upstream, client, False)):
                threading.Thread(target=self._pipe, args=(source, sink, pair, outgoing), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket, pair: List[socket.socket], outgoing: bool) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                trigger = self._trigger
                if outgoing and trigger is not None and trigger in data:
                    with self._lock:
                        fire, self._trigger = self._trigger is not None, None
                    if fire:
                        self.cut()
                        self.triggered.set()
                        break
                sink.sendall(data)
        except OSError:
            pass
        finally:
            with self._lock:
                for sock in pair:
                    self._live.discard(sock)
            for sock in pair:
                _close(sock)


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass
