"""The ``kabar serve`` command."""
from __future__ import annotations

import click

from ..settings import from_env

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


@click.command()
@click.option("--db", default=None, metavar="FILE", help="SQLite store (default: kabar.db here, or $KABAR_DB).")
@click.option("--host", default=DEFAULT_HOST, show_default=True,
              help="Address to listen on (the default is reachable from this machine only).")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=int)
@click.option("--allow-private-urls", is_flag=True,
              help="Let URL ingestion fetch loopback, private and link-local addresses.")
def serve(db: str | None, host: str, port: int, allow_private_urls: bool) -> None:
    """Web UI and JSON API (/api/v1) over the store."""
    import uvicorn

    from ..errors import KabarError
    from .app import WebConfig, create_app

    settings = from_env(db=db)
    try:
        app = create_app(settings.db, settings, WebConfig(allow_private_urls=allow_private_urls))
    except KabarError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"kabar: serving {settings.db} on http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
