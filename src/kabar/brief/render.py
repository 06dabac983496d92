"""Render a briefing dict as Markdown or as a standalone HTML page (everything from articles escaped)."""
from __future__ import annotations

from html import escape

MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|#"})
STYLE = ("body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}"
         "h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}"
         ".src{color:#666;font-size:.85em}.disagree{color:#a00;font-weight:600}.agree{color:#070}"
         ".hist{color:#777}.quoted{font-style:italic}table{border-collapse:collapse}"
         "td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}")


def _md(text) -> str:
    """Text from an article, safe inside Markdown."""
    return " ".join(str(text if text is not None else "").split()).translate(MD_SPECIAL)


def _cite(refs: list[dict], short: dict[str, str]) -> str:
    """'[A, B]': the short labels of the cited documents."""
    return "[" + ", ".join(dict.fromkeys(short.get(r["doc_id"], r["doc_id"]) for r in refs)) + "]"


def _labels(brief: dict) -> dict[str, str]:
    """A short citation label per source document: its outlet (or id) and date."""
    out = {}
    for s in brief["sources"]:
        out[s["doc_id"]] = f"{s['outlet'] or s['doc_id'][:8]} {s['published'] or ''}".strip()
    return out


def _value(v: dict) -> str:
    return f"{v['text']} ({v['value']})" if v.get("text") else str(v["value"])


def to_markdown(brief: dict) -> str:
    """The briefing as Markdown."""
    short = _labels(brief)
    st = brief["story"]
    lines = [f"# {_md(brief['headline'])}", "",
             f"Story `{_md(st['id'])}` · {st['start'] or '?'} – {st['end'] or '?'} · "
             f"storyline `{_md(st['storyline'])}` · {len(st['documents'])} article(s)", "", "## What happened", ""]
    lines += [f"- {_md(s['text'])} {_cite(s['sources'], short)}" for s in brief["summary"]]
    lines += ["", "## Timeline", ""]
    lines += [f"- **{t['date']}**{' (background)' if t['historical'] else ''}: {_md(t['text'])} "
              f"{_cite(t['sources'], short)}" for t in brief["timeline"]]
    lines += ["", "## Key actors", ""]
    lines += [f"- **{_md(a['name'])}** ({a['type']}): {_md(a['role'])} — {a['mentions']} mentions in "
              f"{a['documents']} article(s)" for a in brief["actors"]]
    lines += ["", "## Quotes", ""]
    for g in brief["quotes"]:
        lines.append(f"- **{_md(g['speaker'] or 'unattributed')}**")
        lines += [f"  - {'“' + _md(q['text']) + '”' if q['direct'] else _md(q['text'])} "
                  f"{_cite([q['source']], short)}" for q in g["quotes"]]
    lines += ["", "## Numbers", ""] + _md_numbers(brief["numbers"], short)
    lines += ["", "## Framing", ""] + _md_framing(brief["framing"], short)
    lines += ["", "## Only in one outlet", ""]
    for o in brief["only_here"]:
        lines.append(f"- **{_md(short.get(o['doc_id'], o['doc_id']))}**")
        lines += [f"  - {_md(f['text'])}" for f in o["facts"]]
    lines += ["", "## Sources", ""]
    lines += [f"- {_md(short[s['doc_id']])}: {_md(s['title'] or s['doc_id'])} ({s['words']} words)"
              + (f" <{_md(s['url'])}>" if s["url"] else "") + f" `{s['doc_id']}`" for s in brief["sources"]]
    if brief["near_copies"]:
        lines += ["", "## Near-copies", ""]
        lines += [f"- {_md(short.get(p['a'], p['a']))} ≈ {_md(short.get(p['b'], p['b']))}: similarity "
                  f"{p['similarity']}, {p['shared']} shared sentences" for p in brief["near_copies"]]
    return "\n".join(lines) + "\n"


def _md_numbers(numbers: list[dict], short: dict[str, str]) -> list[str]:
    out = []
    for n in numbers:
        verdict = "agree" if n["agree"] else "DISAGREE"
        extra = " — context" if n.get("context") else ""
        out.append(f"- **{_md(n['topic'])}** ({verdict}, {n['scope']}{extra})")
        out += [f"  - {_md(_value(v))} {_cite(v['sources'], short)}" for v in n["values"]]
    return out


def _md_framing(framing: list[dict], short: dict[str, str]) -> list[str]:
    out = []
    for f in framing:
        out.append(f"- **{_md(short.get(f['doc_id'], f['doc_id']))}**")
        out += [f"  - *{_md(t['term'])}* ({t['category']}, {'quoted' if t['quoted'] else 'own voice'}): "
                f"{_md(t['text'])}" for t in f["terms"]]
    return out


def _e(text) -> str:
    """Escape anything for HTML text or attribute values."""
    return escape(str(text if text is not None else ""), quote=True)


def _hcite(refs: list[dict], short: dict[str, str]) -> str:
    labels = dict.fromkeys(short.get(r["doc_id"], r["doc_id"]) for r in refs)
    return f'<span class="src">[{_e(", ".join(labels))}]</span>'


def to_html(brief: dict) -> str:
    """The briefing as a standalone HTML page."""
    short = _labels(brief)
    st = brief["story"]
    parts = [f"<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>{_e(brief['headline'])}"
             f"</title><style>{STYLE}</style></head><body>",
             f"<h1>{_e(brief['headline'])}</h1>",
             f"<p class=\"src\">Story {_e(st['id'])} · {_e(st['start'])} – {_e(st['end'])} · storyline "
             f"{_e(st['storyline'])}</p>", "<h2>What happened</h2><ul>"]
    parts += [f"<li>{_e(s['text'])} {_hcite(s['sources'], short)}</li>" for s in brief["summary"]]
    parts.append("</ul><h2>Timeline</h2><ul>")
    parts += [f"<li class=\"{'hist' if t['historical'] else ''}\"><b>{_e(t['date'])}</b> {_e(t['text'])} "
              f"{_hcite(t['sources'], short)}</li>" for t in brief["timeline"]]
    parts.append("</ul><h2>Key actors</h2><table><tr><th>name</th><th>type</th><th>role</th><th>mentions</th></tr>")
    parts += [f"<tr><td>{_e(a['name'])}</td><td>{_e(a['type'])}</td><td>{_e(a['role'])}</td>"
              f"<td>{_e(a['mentions'])}</td></tr>" for a in brief["actors"]]
    parts.append("</table><h2>Quotes</h2>")
    for g in brief["quotes"]:
        parts.append(f"<h3>{_e(g['speaker'] or 'unattributed')}</h3><ul>")
        parts += [f"<li>{'“' + _e(q['text']) + '”' if q['direct'] else _e(q['text'])} "
                  f"{_hcite([q['source']], short)}</li>" for q in g["quotes"]]
        parts.append("</ul>")
    parts += ["<h2>Numbers</h2>"] + _html_numbers(brief["numbers"], short)
    parts += ["<h2>Framing</h2>"] + _html_framing(brief["framing"], short)
    parts.append("<h2>Only in one outlet</h2>")
    for o in brief["only_here"]:
        parts.append(f"<h3>{_e(short.get(o['doc_id'], o['doc_id']))}</h3><ul>")
        parts += [f"<li>{_e(f['text'])}</li>" for f in o["facts"]]
        parts.append("</ul>")
    parts.append("<h2>Sources</h2><ul>")
    parts += [f"<li>{_e(short[s['doc_id']])}: {_source_title(s)} ({_e(s['words'])} words)</li>"
              for s in brief["sources"]]
    parts.append("</ul></body></html>")
    return "\n".join(parts) + "\n"


def _source_title(s: dict) -> str:
    title = _e(s["title"] or s["doc_id"])
    url = s.get("url") or ""
    if url.startswith(("http://", "https://")):  # never a javascript: or data: link
        return f"<a href=\"{_e(url)}\" rel=\"noopener noreferrer\">{title}</a>"
    return title


def _html_numbers(numbers: list[dict], short: dict[str, str]) -> list[str]:
    out = []
    for n in numbers:
        cls, verdict = ("agree", "agree") if n["agree"] else ("disagree", "disagree")
        out.append(f"<h3>{_e(n['topic'])} <span class=\"{cls}\">{verdict}</span> "
                   f"<span class=\"src\">{_e(n['scope'])}{' · context' if n.get('context') else ''}</span></h3><ul>")
        out += [f"<li>{_e(_value(v))} {_hcite(v['sources'], short)}</li>" for v in n["values"]]
        out.append("</ul>")
    return out


def _html_framing(framing: list[dict], short: dict[str, str]) -> list[str]:
    out = []
    for f in framing:
        out.append(f"<h3>{_e(short.get(f['doc_id'], f['doc_id']))}</h3><ul>")
        out += [f"<li class=\"{'quoted' if t['quoted'] else ''}\"><b>{_e(t['term'])}</b> ({_e(t['category'])}, "
                f"{'quoted' if t['quoted'] else 'own voice'}): {_e(t['text'])}</li>" for t in f["terms"]]
        out.append("</ul>")
    return out


def timeline_markdown(data: dict) -> str:
    """A ``build_timeline`` result as Markdown."""
    head = "Timeline" + (f" of {_md(data['entity'])}" if data["entity"] else "") + \
        (f" in storyline `{_md(data['storyline'])}`" if data["storyline"] else "")
    lines = [f"# {head}", ""]
    for t in data["entries"]:
        outlets = ", ".join(dict.fromkeys(r["outlet"] or r["doc_id"][:8] for r in t["sources"]))
        lines.append(f"- **{t['date']}**{' (background)' if t['historical'] else ''}: {_md(t['text'])} "
                     f"[{_md(outlets)}] `{t['story_id']}`")
    return "\n".join(lines) + "\n"
