"""Render a briefing dict as Markdown or as a standalone HTML page (everything from articles escaped)."""
from __future__ import annotations

from html import escape

from .. import l10n
from . import render_claims

MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|#"})
STYLE = ("body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}"
         "h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}"
         ".src{color:#666;font-size:.85em}.disagree{color:#a00;font-weight:600}.agree{color:#070}"
         ".update,.change{color:#05a}.scope{color:#777}"
         ".hist{color:#777}.quoted{font-style:italic}table{border-collapse:collapse}"
         "td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}")


def _md(text) -> str:
    """Text from an article, safe inside Markdown."""
    return " ".join(str(text if text is not None else "").split()).translate(MD_SPECIAL)


def _cite(refs: list[dict], short: dict[str, str]) -> str:
    """'[A, B]': the short labels of the cited documents."""
    return "[" + ", ".join(dict.fromkeys(short.get(r["doc_id"], r["doc_id"]) for r in refs)) + "]"


def _labels(brief: dict, lang: str = "en") -> dict[str, str]:
    """A short citation label per source document: its outlet (or title) and date."""
    out = {}
    for s in brief["sources"]:
        name = s["outlet"] or (s.get("label") or s["title"] or "")[:40] or s["doc_id"][:8]
        out[s["doc_id"]] = f"{name} {l10n.date(s['published'], lang, short=True)}".strip()
    return out



def _words(lang: str) -> dict[str, str]:
    """The section titles and words of ``lang``."""
    return l10n.TABLES["brief"].get(lang, l10n.TABLES["brief"]["en"])


def _span(start, end, lang: str) -> str:
    return f"{l10n.date(start, lang) or '?'} – {l10n.date(end, lang) or '?'}"


def to_markdown(brief: dict, lang: str = "en") -> str:
    """The briefing as Markdown, its words, numbers and dates in ``lang`` ("id" or "en")."""
    w, short = _words(lang), _labels(brief, lang)
    st = brief["story"]
    lines = [f"# {_md(brief['headline'])}", "",
             f"{w['story']} `{_md(st['id'])}` · {_span(st['start'], st['end'], lang)} · "
             f"{w['storyline']} `{_md(st['storyline'])}` · {len(st['documents'])} {w['articles']}", "",
             f"## {w['what_happened']}", ""]
    lines += [f"- {_md(s['text'])} {_cite(s['sources'], short)}" for s in brief["summary"]]
    lines += ["", f"## {w['timeline']}", ""]
    lines += [f"- **{_md(l10n.timex(t['date'], lang))}**{' (' + w['background'] + ')' if t['historical'] else ''}:"
              f" {_md(t['text'])} {_cite(t['sources'], short)}" for t in brief["timeline"]]
    lines += ["", f"## {w['actors']}", ""]
    lines += [f"- **{_md(a['name'])}** ({l10n.word('entity_type', a['type'], lang)}): {_md(_role(a, lang))} — "
              f"{l10n.number(a['mentions'], lang)} {w['mentions']} {w['in_articles'].format(n=a['documents'])}"
              for a in brief["actors"]]
    lines += ["", f"## {w['quotes']}", ""]
    for g in brief["quotes"]:
        lines.append(f"- **{_md(g['speaker'] or w['unattributed'])}**")
        lines += [f"  - {'“' + _md(q['text']) + '”' if q['direct'] else _md(q['text'])} "
                  f"{_cite([q['source']], short)}" for q in g["quotes"]]
    lines += ["", f"## {w['figures']}", ""] + render_claims.markdown(brief, lambda r: _cite(r, short), _md, lang)
    lines += ["", f"## {w['framing']}", ""] + _md_framing(brief["framing"], short, lang)
    lines += ["", f"## {w['only_here']}", ""]
    for o in brief["only_here"]:
        lines.append(f"- **{_md(short.get(o['doc_id'], o['doc_id']))}**")
        lines += [f"  - {_md(f['text'])}" for f in o["facts"]]
    lines += ["", f"## {w['sources']}", ""]
    lines += [f"- {_md(short[s['doc_id']])}: {_md(s['title'] or s.get('label') or s['doc_id'])} "
              f"({l10n.number(s['words'], lang)} "
              f"{w['words']})" + (f" <{_md(s['url'])}>" if s["url"] else "") + f" `{s['doc_id']}`"
              for s in brief["sources"]]
    if brief["near_copies"]:
        lines += ["", f"## {w['near_copies']}", ""]
        lines += [f"- {_md(short.get(p['a'], p['a']))} ≈ {_md(short.get(p['b'], p['b']))}: {w['similarity']} "
                  f"{l10n.number(p['similarity'], lang)}, {p['shared']} {w['shared_sentences']}"
                  for p in brief["near_copies"]]
    return "\n".join(lines) + "\n"


def _role(actor: dict, lang: str) -> str:
    """An actor's role in ``lang`` (from ``role_detail`` when the briefing has it)."""
    return l10n.role(actor["role_detail"], lang) if actor.get("role_detail") else actor.get("role") or ""



def _md_framing(framing: list[dict], short: dict[str, str], lang: str = "en") -> list[str]:
    out, w = [], _words(lang)
    for f in framing:
        out.append(f"- **{_md(short.get(f['doc_id'], f['doc_id']))}**")
        out += [f"  - *{_md(t['term'])}* ({l10n.word('framing', t['category'], lang)}, "
                f"{w['quoted'] if t['quoted'] else w['own_voice']}): {_md(t['text'])}" for t in f["terms"]]
    return out


def _e(text) -> str:
    """Escape anything for HTML text or attribute values."""
    return escape(str(text if text is not None else ""), quote=True)


def _hcite(refs: list[dict], short: dict[str, str]) -> str:
    labels = dict.fromkeys(short.get(r["doc_id"], r["doc_id"]) for r in refs)
    return f'<span class="src">[{_e(", ".join(labels))}]</span>'


def to_html(brief: dict, lang: str = "en") -> str:
    """The briefing as a standalone HTML page, its words, numbers and dates in ``lang``."""
    w, short = _words(lang), _labels(brief, lang)
    st = brief["story"]
    parts = [f"<!doctype html><html lang=\"{_e(lang)}\"><head><meta charset=\"utf-8\">"
             f"<title>{_e(brief['headline'])}</title><style>{STYLE}</style></head><body>",
             f"<h1 lang=\"id\">{_e(brief['headline'])}</h1>",
             f"<p class=\"src\">{w['story']} {_e(st['id'])} · {_e(_span(st['start'], st['end'], lang))} · "
             f"{w['storyline']} {_e(st['storyline'])}</p>", f"<h2>{w['what_happened']}</h2><ul lang=\"id\">"]
    parts += [f"<li>{_e(s['text'])} {_hcite(s['sources'], short)}</li>" for s in brief["summary"]]
    parts.append(f"</ul><h2>{w['timeline']}</h2><ul>")
    parts += [f"<li class=\"{'hist' if t['historical'] else ''}\"><b>{_e(l10n.timex(t['date'], lang))}</b> "
              f"<span lang=\"id\">{_e(t['text'])}</span> {_hcite(t['sources'], short)}</li>" for t in brief["timeline"]]
    parts.append(f"</ul><h2>{w['actors']}</h2><table><tr><th>{w['name']}</th><th>{w['type']}</th>"
                 f"<th>{w['role']}</th><th>{w['mentions']}</th></tr>")
    parts += [f"<tr><td>{_e(a['name'])}</td><td>{_e(l10n.word('entity_type', a['type'], lang))}</td>"
              f"<td>{_e(_role(a, lang))}</td><td>{_e(l10n.number(a['mentions'], lang))}</td></tr>"
              for a in brief["actors"]]
    parts.append(f"</table><h2>{w['quotes']}</h2>")
    for g in brief["quotes"]:
        parts.append(f"<h3>{_e(g['speaker'] or w['unattributed'])}</h3><ul lang=\"id\">")
        parts += [f"<li>{'“' + _e(q['text']) + '”' if q['direct'] else _e(q['text'])} "
                  f"{_hcite([q['source']], short)}</li>" for q in g["quotes"]]
        parts.append("</ul>")
    parts += [f"<h2>{w['figures']}</h2>"] + render_claims.html(brief, lambda r: _hcite(r, short), lang)
    parts += [f"<h2>{w['framing']}</h2>"] + _html_framing(brief["framing"], short, lang)
    parts.append(f"<h2>{w['only_here']}</h2>")
    for o in brief["only_here"]:
        parts.append(f"<h3>{_e(short.get(o['doc_id'], o['doc_id']))}</h3><ul lang=\"id\">")
        parts += [f"<li>{_e(f['text'])}</li>" for f in o["facts"]]
        parts.append("</ul>")
    parts.append(f"<h2>{w['sources']}</h2><ul>")
    parts += [f"<li>{_e(short[s['doc_id']])}: {_source_title(s)} ({_e(l10n.number(s['words'], lang))} "
              f"{w['words']})</li>" for s in brief["sources"]]
    parts.append("</ul></body></html>")
    return "\n".join(parts) + "\n"


def _source_title(s: dict) -> str:
    title = _e(s["title"] or s.get("label") or s["doc_id"])
    url = s.get("url") or ""
    if url.startswith(("http://", "https://")):  # never a javascript: or data: link
        return f"<a href=\"{_e(url)}\" rel=\"noopener noreferrer\">{title}</a>"
    return title



def _html_framing(framing: list[dict], short: dict[str, str], lang: str = "en") -> list[str]:
    out, w = [], _words(lang)
    for f in framing:
        out.append(f"<h3>{_e(short.get(f['doc_id'], f['doc_id']))}</h3><ul>")
        out += [f"<li class=\"{'quoted' if t['quoted'] else ''}\"><b>{_e(t['term'])}</b> "
                f"({_e(l10n.word('framing', t['category'], lang))}, {w['quoted'] if t['quoted'] else w['own_voice']}):"
                f" <span lang=\"id\">{_e(t['text'])}</span></li>" for t in f["terms"]]
        out.append("</ul>")
    return out


def timeline_markdown(data: dict, lang: str = "en") -> str:
    """A ``build_timeline`` result as Markdown."""
    w = _words(lang)
    head = w["timeline_of"].format(what=_md(data["entity"])) if data["entity"] else w["timeline"]
    if data["storyline"]:
        head += " " + w["in_storyline"].format(id=f"`{_md(data['storyline'])}`")
    lines = [f"# {head}", ""]
    for t in data["entries"]:
        outlets = ", ".join(dict.fromkeys(r["outlet"] or r["doc_id"][:8] for r in t["sources"]))
        background = f" ({w['background']})" if t["historical"] else ""
        lines.append(f"- **{_md(l10n.timex(t['date'], lang))}**{background}: {_md(t['text'])} [{_md(outlets)}] "
                     f"`{t['story_id']}`")
    return "\n".join(lines) + "\n"
