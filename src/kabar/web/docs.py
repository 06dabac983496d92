"""``/api/v1/docs``: Swagger UI served by kabar itself, so it works offline and under kabar's own CSP.

The Swagger UI files (version 5, which reads OpenAPI 3.1) come from the
``fastapi-offline`` package, which ships them for exactly this (no CDN);
the page loads them and one small script of kabar's that starts the UI
(the Content-Security-Policy forbids inline script).
"""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

DOCS_URL = "/api/v1/docs"
ASSETS_URL = DOCS_URL + "/assets"
ASSETS = ("swagger-ui.css", "swagger-ui-bundle.js")
PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kabar API</title>
<link rel="stylesheet" href="{assets}/swagger-ui.css">
<link rel="stylesheet" href="/static/api-docs.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
</head>
<body>
<main id="swagger-ui" data-spec="{spec}"><h1 class="loading">kabar API</h1></main>
<script src="{assets}/swagger-ui-bundle.js"></script>
<script src="/static/api-docs.js"></script>
</body>
</html>
"""


def assets_folder() -> Path | None:
    """Where the installed fastapi-offline keeps Swagger UI's files (None if it is missing)."""
    try:
        from importlib.resources import files
        folder = Path(str(files("fastapi_offline") / "static"))
    except (ImportError, TypeError):
        return None
    return folder if all((folder / name).is_file() for name in ASSETS) else None


def mount(app: FastAPI, openapi_url: str) -> None:
    """Serve the docs page and Swagger UI's assets on ``app``."""
    folder = assets_folder()
    if folder is None:
        return
    app.mount(ASSETS_URL, StaticFiles(directory=folder), name="swagger-ui")
    page = PAGE.format(assets=ASSETS_URL, spec=openapi_url)

    def docs() -> HTMLResponse:
        return HTMLResponse(page)

    app.add_api_route(DOCS_URL, docs, methods=["GET"], include_in_schema=False, response_class=HTMLResponse)
