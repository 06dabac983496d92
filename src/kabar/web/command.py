"""The ``kabar serve`` command.

It refuses a store that does not exist and a port it cannot listen on
*before* announcing anything: the socket is bound first and handed to
uvicorn, so "serving …" is printed only when the server really listens.
Exit code 1 for both refusals, 2 for a usage error.
"""
from __future__ import annotations

import errno
import socket

import click

from ..settings import from_env

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
BACKLOG = 2048  # uvicorn's own default


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` and listening; ``click.ClickException`` when that is impossible."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    except socket.gaierror as exc:
        raise click.ClickException(f"cannot listen on '{host}': {exc.strerror} (check --host)") from exc
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # a port left in TIME_WAIT is free
    try:
        sock.bind((host, port))
        sock.listen(BACKLOG)
    except OSError as exc:
        sock.close()
        raise click.ClickException(_bind_message(host, port, exc)) from exc
    sock.set_inheritable(True)
    return sock


def _bind_message(host: str, port: int, exc: OSError) -> str:
    """What went wrong binding ``host:port``, with what to do about it."""
    if exc.errno == errno.EADDRINUSE:
        return f"port {port} on {host} is already in use: stop the other server or choose another --port"
    if exc.errno == errno.EACCES:
        return f"no permission to listen on port {port} (ports below 1024 need privileges): choose another --port"
    if exc.errno == errno.EADDRNOTAVAIL:
        return f"{host} is not an address of this machine (check --host)"
    return f"cannot listen on {host}:{port}: {exc.strerror or exc}"


def _grouping(path: str):
    """A progress display while the app groups many new documents into stories at start-up."""
    from contextlib import nullcontext

    from ..cli import PROGRESS_FROM, working
    from ..store import Store
    from ..store.stories import pending_count

    with Store(path) as store:
        pending = pending_count(store)
    if pending < PROGRESS_FROM:
        return nullcontext()
    return working(f"kabar: grouping {pending:,} new documents into stories before serving")


@click.command()
@click.option("--db", default=None, metavar="FILE", help="SQLite store (default: kabar.db here, or $KABAR_DB).")
@click.option("--host", default=DEFAULT_HOST, show_default=True,
              help="Address to listen on (the default is reachable from this machine only).")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(0, 65535))
@click.option("--allow-private-urls", is_flag=True,
              help="Let URL ingestion fetch loopback, private and link-local addresses.")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="A host name the server may be reached by, besides IP addresses and localhost (repeatable;"
                   " '*' allows any). Other names are refused, against DNS rebinding.")
def serve(db: str | None, host: str, port: int, allow_private_urls: bool, allow_hosts: tuple[str, ...]) -> None:
    """Web UI and JSON API (/api/v1) over the store.

    Exit code 1 when the store does not exist or the port cannot be used.
    """
    import uvicorn

    from ..cli import missing_store
    from ..errors import KabarError
    from .app import WebConfig, create_app

    settings = from_env(db=db)
    why = missing_store(settings.db)
    if why:
        raise click.ClickException(why)
    sock = listening_socket(host, port)
    try:
        with _grouping(settings.db):
            config = WebConfig(allow_private_urls=allow_private_urls, allowed_hosts=(host, *allow_hosts))
            app = create_app(settings.db, settings, config)
    except KabarError as exc:
        sock.close()
        raise click.ClickException(str(exc)) from exc
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"kabar: serving {settings.db} on http://{shown}:{sock.getsockname()[1]}/", err=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    server.run(sockets=[sock])
