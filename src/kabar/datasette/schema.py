"""The store's tables and columns described for people (data for :mod:`kabar.datasette`)."""
from __future__ import annotations

# table: (title, description, Datasette options)
TABLES = {
    "documents": ("Articles", "One row per stored article: where it came from, its title, date and clean text. "
                  "Search box: full-text, Indonesian-aware.",
                  {"fts_table": "doc_fts", "fts_pk": "seq", "label_column": "title", "sort_desc": "published",
                   "facets": ["outlet", "language"]}),
    "entities": ("Names", "People, organisations, places and other named things, one row per name kabar "
                 "keeps apart.", {"label_column": "canonical", "facets": ["type"], "sort": "canonical"}),
    "entity_aliases": ("Other names", "Every spelling an entity was found under (Korut, Korea Utara ...).", {}),
    "mentions": ("Name mentions", "Which articles name which entity, how often and as what type (the places "
                 "themselves are in each article's annotations).", {"facets": ["type"]}),
    "times": ("Time expressions", "Dates and times the articles mention, with their normalised value.",
              {"facets": ["granularity"]}),
    "quantities": ("Numbers", "Amounts the articles state (money, people, houses ...) with value and unit.",
                   {"facets": ["unit"]}),
    "quotes": ("Quotes", "Who said what: the quote, its speaker and the verb that introduced it.",
               {"facets": ["speaker", "direct"]}),
    "events": ("Events", "Who did what to whom (PLOVER event types), when and where.",
               {"facets": ["type"], "sort_desc": "date"}),
    "stories": ("Stories", "Articles from several outlets about one news event; stories of one continuing "
                "topic share a storyline.", {"label_column": "title", "sort_desc": "end"}),
    "story_docs": ("Articles in stories", "Which story each article belongs to.", {"facets": ["story_id"]}),
    "story_df": ("Story word counts", "How many articles use each word or name (kabar's story clustering "
                 "weighs by it).", {"hidden": True}),
    # Schema v4 keeps these rows compact (integer keys, texts cut from the article); the views above
    # (mentions, entity_aliases, times, quantities, quotes, events) show them readably.
    **{name: (name, "Compact rows behind the view of the same data.", {"hidden": True})
       for name in ("entity_mentions", "entity_alias", "doc_times", "doc_quantities", "doc_quotes", "doc_events")},
}

ANNOTATION = {"doc_id": "The article (documents.id)", "start": "First character in the article's clean text",
              "end": "Character after the last one", "text": "The words as the article wrote them"}
COLUMNS = {
    "documents": {"seq": "Row number (also the search index's row)", "id": "kabar's id of the article",
                  "content_hash": "SHA-256 of the text: the same article is stored once",
                  "path": "File or address it was read from", "url": "Address of the article on the web",
                  "outlet": "The outlet that published it", "title": "Headline",
                  "published": "Publication date (ISO)", "language": "Language code (id, ms, en ...)",
                  "text": "Clean article text", "raw": "The text as read, when there is no clean text",
                  "json": "Everything kabar found as JSON, in stores made before schema v3 (now empty)",
                  "packed": "Everything else kabar found: compact deflated JSON (see kabar.store.codec)",
                  "raw_delta": "The text as read, deflated against the clean text (empty: the same as text)",
                  "ingested_at": "When it was stored (UTC)"},
    "entities": {"entity_id": "kabar's id of the name", "canonical": "The standard name",
                 "type": "PER person, ORG organisation, GPE country/region, LOC place, NORP group, EVENT, LAW"},
    "entity_aliases": {"entity_id": "The entity (entities.entity_id)", "alias": "Another spelling"},
    "mentions": {"doc_seq": "The article (documents.seq)", "entity_id": "The entity named",
                 "type": "Type of these mentions", "n": "How many times the article names it with this type",
                 "metonymy": "Of which a place stands for its government (Jakarta = the government)"},
    "times": {**ANNOTATION, "value": "Normalised value (2024-05-21, 2023-W30, P3Y ...)",
              "granularity": "day, month, year, week, duration ..."},
    "quantities": {**ANNOTATION, "value": "The number (JSON; [low, high] for a range)",
                   "unit": "What is counted (IDR, orang, rumah, % ...)"},
    "quotes": {**ANNOTATION, "speaker": "Who said it (standard name)", "speaker_entity_id": "The speaker's entity",
               "cue": "The verb that introduced it (kata, ujar ...)", "direct": "1 for a direct quote"},
    "events": {"doc_id": ANNOTATION["doc_id"], "type": "PLOVER event type (CONSULT, AID, ACCUSE ...)",
               "actor": "Who acts", "target": "Who it is done to", "date": "When (normalised)",
               "location": "Where", "trigger": "The word that reports it",
               "sentence_start": "Start of its sentence", "sentence_end": "End of its sentence"},
    "stories": {"story_id": "kabar's id of the story", "title": "A headline for the story",
                "start": "First day", "end": "Last day", "last_day": "Last day as a day number",
                "storyline": "The storyline (the id of its first story)", "state": "Clustering state (JSON)"},
    "story_docs": {"doc_id": "The article", "story_id": "Its story", "features": "Clustering features (JSON)"},
}

QUERIES = {
    "stories_with_articles": {
        "title": "Stories with their articles",
        "description": "Each story with how many articles and outlets told it, newest first.",
        "sql": ("select s.story_id, s.title, s.start, s.\"end\", s.storyline, count(*) as articles,\n"
                "  group_concat(distinct d.outlet) as outlets\n"
                "from stories s join story_docs sd on sd.story_id = s.story_id\n"
                "  join documents d on d.id = sd.doc_id\n"
                "group by s.story_id order by s.last_day desc"),
    },
    "who_said_what": {
        "title": "Who said what",
        "description": "Quotes with their speaker, outlet and date; filter by speaker.",
        "sql": ("select q.speaker, q.text as quote, q.cue, d.outlet, d.published, d.title\n"
                "from quotes q join documents d on d.id = q.doc_id\n"
                "where :speaker = '' or q.speaker like '%' || :speaker || '%'\n"
                "order by d.published desc"),
    },
    "articles_by_outlet_and_month": {
        "title": "Articles by outlet and month",
        "sql": ("select outlet, substr(published, 1, 7) as month, count(*) as articles\n"
                "from documents group by outlet, month order by month desc, articles desc"),
    },
    "search_articles": {
        "title": "Search articles",
        "description": "Full-text search over titles and text (FTS5 syntax: words, \"phrases\", prefix*).",
        "sql": ("select d.id, d.title, d.outlet, d.published\n"
                "from doc_fts join documents d on d.seq = doc_fts.rowid\n"
                "where doc_fts match :query order by bm25(doc_fts) limit 100"),
    },
}
