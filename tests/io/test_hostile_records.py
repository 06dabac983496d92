"""Issue 17 #2: JSON/JSONL records that used to abort a whole batch with an uncaught exception.

Each hostile record sits between two good ones; the batch must come back whole: the
good records analysed, the hostile one analysed without its bad field (and a warning
naming the field) or refused with an error naming the file and line.
"""
from __future__ import annotations

import json

import pytest

from kabar.analyze import analyze
from kabar.errors import InputError
from kabar.io.records import record_to_raw
from kabar.model import Document
from kabar.settings import Settings
from kabar.store import Store

GOOD = '{"text": "Banjir melanda Kota Samarinda pada Senin. Warga mengungsi ke masjid.", "title": "Banjir"}'
BODY = '"text": "Gempa mengguncang Kabupaten Bone pada Selasa. Puluhan rumah rusak."'

# name -> (JSON record, the field whose value is refused, or None when the record itself is refused)
HOSTILE = {
    "date_1e300": (f'{{{BODY}, "published": 1e300}}', "published"),
    "date_infinity": (f'{{{BODY}, "published": Infinity}}', "published"),
    "date_minus_infinity": (f'{{{BODY}, "published": -Infinity}}', "published"),
    "date_nan": (f'{{{BODY}, "published": NaN}}', "published"),
    "date_huge_negative": (f'{{{BODY}, "published": -1e20}}', "published"),
    "date_bool": (f'{{{BODY}, "published": true}}', "published"),
    "date_words": (f'{{{BODY}, "published": "kemarin sore"}}', None),
    "date_impossible": (f'{{{BODY}, "published": "2024-13-45"}}', "published"),
    "authors_nested": (f'{{{BODY}, "author": [["Budi"], 7, true, null, {{"name": 5}}]}}', "author"),
    "author_number": (f'{{{BODY}, "author": 12}}', "author"),
    "integer_5000_digits": (f'{{{BODY}, "published": {"9" * 5000}}}', "published"),
    "integer_in_other_field": (f'{{{BODY}, "views": {"9" * 5000}}}', None),
    "title_object": (f'{{{BODY}, "title": {{"a": 1}}, "url": 5, "outlet": ["x"]}}', "title"),
    "lone_surrogate": ('{"text": "Gempa \\ud800 mengguncang Bone pada Selasa.", "title": "a\\udfff", '
                       '"author": "Budi \\udc00"}', None),
}


def _lines(record: str) -> str:
    return "\n".join([GOOD, record, GOOD.replace("Samarinda", "Balikpapan")]) + "\n"


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_jsonl_record_costs_at_most_itself(tmp_path, name):
    record, field = HOSTILE[name]
    path = tmp_path / "export.jsonl"
    path.write_text(_lines(record), encoding="utf-8")
    out = list(analyze([str(path)], Settings(language_check=False)))
    assert len(out) == 3
    assert all(isinstance(d, Document) for d in (out[0], out[2]))
    doc = out[1]
    assert isinstance(doc, Document), doc
    assert doc.published is None or doc.published[:4].isdigit()
    if field:
        assert any(w["stage"] == "read" and f"'{field}'" in w["message"] for w in doc.warnings), doc.warnings
    json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")  # serialisable, no surrogates left


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_json_file_is_stored_or_refused_cleanly(tmp_path, name):
    record, _ = HOSTILE[name]
    path = tmp_path / "one.json"
    path.write_text(record, encoding="utf-8")
    [doc] = analyze([str(path)], Settings(language_check=False))
    assert isinstance(doc, Document)
    with Store(tmp_path / "k.db") as store:
        assert store.add(doc)
        assert store.get(doc.id).title == doc.title


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deep_nesting_is_an_error_naming_the_line(tmp_path, depth):
    path = tmp_path / "deep.jsonl"
    path.write_text(_lines(f'{{{BODY}, "x": {"[" * depth}{"]" * depth}}}'), encoding="utf-8")
    out = list(analyze([str(path)], Settings(language_check=False)))
    assert [type(x).__name__ for x in out] == ["Document", "InputError", "Document"]
    assert out[1].line == 2 and "nested" in out[1].reason


def test_deep_nesting_in_a_json_file_is_an_error(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    [err] = analyze([str(path)], Settings(language_check=False))
    assert isinstance(err, InputError) and "deep.json" in str(err)


def test_text_given_as_a_list_of_paragraphs_is_read(tmp_path):
    path = tmp_path / "p.json"
    path.write_text('{"text": ["Gempa mengguncang Bone pada Selasa.", "Puluhan rumah rusak."]}', encoding="utf-8")
    [doc] = analyze([str(path)], Settings(language_check=False))
    assert "Puluhan rumah rusak" in doc.text


def test_a_refused_field_is_named_on_stderr(tmp_path, capsys):
    from kabar.cli import main
    path = tmp_path / "export.jsonl"
    path.write_text(_lines(HOSTILE["date_1e300"][0]), encoding="utf-8")
    with pytest.raises(SystemExit) as ended:
        main(["analyze", str(path)])
    assert ended.value.code == 0
    err = capsys.readouterr().err
    assert f"{path}:2: field 'published'" in err


def test_a_record_whose_text_is_only_invisible_characters_is_refused_by_line():
    """Found by hypothesis: a text of one zero-width space was read as an empty article."""
    with pytest.raises(InputError) as info:
        record_to_raw({"text": ["\u200b"]}, "dump.jsonl", 7)
    assert info.value.line == 7 and "empty" in info.value.reason
