from datetime import date

from presslens.errors import EmptyInputError, InputError, MalformedInputError
from presslens.ingest.records import parse_json_document, parse_json_lines
from presslens.model import Article


def test_json_lines_keep_going_after_a_bad_line() -> None:
    lines = "\n".join(
        [
            '{"text": "The minister said talks failed.", "outlet": "Wire", "published": "2021-12-30"}',
            "{not json",
            '{"headline": "no text here"}',
            '{"text": "   "}',
            '{"text": "Police said the road was closed.", "url": "https://example.org/a"}',
        ]
    )
    results = list(parse_json_lines(lines, "in.jsonl"))
    assert [type(r) for r in results] == [Article, MalformedInputError, MalformedInputError, EmptyInputError, Article]
    first = results[0]
    assert isinstance(first, Article) and first.outlet == "Wire" and first.published == date(2021, 12, 30)
    assert isinstance(results[1], InputError) and results[1].source == "in.jsonl:2"


def test_json_document_with_a_list_of_records() -> None:
    results = list(parse_json_document('[{"text": "One said."}, {"text": 3}]', "in.json"))
    assert isinstance(results[0], Article)
    assert isinstance(results[1], MalformedInputError) and results[1].source == "in.json[1]"


def test_bad_published_date_is_named() -> None:
    (result,) = parse_json_document('{"text": "One said.", "published": "yesterday"}', "in.json")
    assert isinstance(result, MalformedInputError) and "yesterday" in str(result)


def test_same_text_same_id() -> None:
    (a,) = parse_json_document('{"text": "One said."}', "a.json")
    (b,) = parse_json_document('{"text": "One said.", "outlet": "X"}', "b.json")
    assert isinstance(a, Article) and isinstance(b, Article) and a.id == b.id
