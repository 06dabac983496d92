"""Commands for reading across outlets: ``kabar brief``, ``kabar timeline``, ``kabar duplicates``.

Registered on the main group in :mod:`kabar.cli`; they share its store
option and error handling (a friendly message and exit code 1 for an
unknown story or entity).
"""
from __future__ import annotations

import click

from .cli import _fail, _open_store, _print_json, assign_stories, db_option, working
from .errors import KabarError

lang_option = click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True,
                           help="Language of headings, numbers and dates in Markdown and HTML.")


def _assign(store) -> None:
    """Give new documents their stories first, as ``kabar stories`` does (with progress on big stores)."""
    assign_stories(store)


@click.command()
@click.argument("story_id")
@db_option
@click.option("--format", "fmt", type=click.Choice(["md", "html", "json"]), default="md", show_default=True)
@lang_option
def brief(story_id: str, db: str | None, fmt: str, lang: str) -> None:
    """The briefing of one story: summary, timeline, actors, quotes, numbers, framing, sources."""
    from .brief import build_brief
    from .brief.render import to_html, to_markdown

    store = _open_store(db)
    try:
        _assign(store)
        with working(f"kabar: building the briefing of {story_id}"):
            data = build_brief(store, story_id)
    except KabarError as exc:
        _fail(f"{exc} (list stories with 'kabar stories')")
    if fmt == "json":
        _print_json(data)
    else:
        click.echo(to_html(data, lang) if fmt == "html" else to_markdown(data, lang), nl=False)


@click.command()
@db_option
@click.option("--entity", default=None, metavar="NAME", help="Only entries whose sentences name this entity.")
@click.option("--storyline", default=None, metavar="ID", help="Only the stories of this storyline.")
@click.option("--format", "fmt", type=click.Choice(["md", "json"]), default="md", show_default=True)
@lang_option
def timeline(db: str | None, entity: str | None, storyline: str | None, fmt: str, lang: str) -> None:
    """Dated events across stories and years, historical context marked."""
    from .brief import build_timeline
    from .brief.render import timeline_markdown

    store = _open_store(db)
    try:
        _assign(store)
        data = build_timeline(store, entity=entity, storyline=storyline)
    except KabarError as exc:
        _fail(str(exc))
    if fmt == "json":
        _print_json(data)
    else:
        click.echo(timeline_markdown(data, lang), nl=False)


@click.command()
@db_option
@click.option("--threshold", default=None, type=click.FloatRange(0.0, 1.0),
              help="Estimated Jaccard similarity from which two articles are copies (default 0.4).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def duplicates(db: str | None, threshold: float | None, fmt: str) -> None:
    """Near-duplicate articles (MinHash/LSH): which sentences they share and what each outlet added."""
    from .brief.duplicates import store_pairs
    from .stories.dedup import NEAR_THRESHOLD

    pairs = store_pairs(_open_store(db), NEAR_THRESHOLD if threshold is None else threshold)
    if fmt == "json":
        _print_json(pairs)
        return
    if not pairs:
        click.echo("No near-duplicate articles.")
    for p in pairs:
        click.echo(f"{p['a']['doc_id']} ~ {p['b']['doc_id']}  similarity {p['similarity']}  "
                   f"{len(p['shared'])} shared sentences")
        for side, key in (("a", "only_a"), ("b", "only_b")):
            who = p[side]["outlet"] or p[side]["doc_id"]
            for s in p[key]:
                click.echo(f"    + {who}: {s}")
