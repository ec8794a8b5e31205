"""The web app through HTTP: pages, the JSON API, limits, headers and error pages."""

from __future__ import annotations

import csv
import io
import re
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from presslens import Analyzer
from presslens.corpus import Store, ingest
from presslens.model import Analysis
from presslens.web import service as service_module
from presslens.web.service import Service
from tests.conftest import SEED
from tests.web.conftest import PAYLOADS


def test_every_page_renders(client: TestClient) -> None:
    stories = client.get("/api/stories").json()
    for path in ("/", "/analyze", "/stats", "/api", "/quotes", "/conflicts", "/entities/mustafa-al-kadhimi", f"/stories/{stories[0]['id']}", "/?outlet=Gulf+Wire&technique=Loaded_Language"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith("text/html")


def test_security_headers_on_every_response(client: TestClient) -> None:
    for path in ("/", "/api/stats", "/nope", "/static/app.css"):
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"] and "unsafe-inline" not in headers["content-security-policy"].split("script-src")[1].split(";")[0]
        assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY"


def test_the_form_analyses_and_redirects_to_the_article(client: TestClient) -> None:
    response = client.post("/analyze", data={"text": SEED.read_text("utf-8"), "published": "2021-12-30"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/articles/")
    page = client.get(response.headers["location"]).text
    assert "Iraqi Resistance: U.S. Not Serious About Leaving" in page and "al-Kashimi" in page and 'href="/entities/hadi-al-amiri"' in page


def test_uploads_are_read_by_type_and_refused_when_wrong(client: TestClient) -> None:
    html = b"<html><head><title>Port reopens</title></head><body><article><p>The port authority said on Monday that the port of Basra had reopened after repairs.</p></article></body></html>"
    ok = client.post("/analyze", files={"file": ("port.html", html, "text/html")}, data={"published": "2022-05-02"}, follow_redirects=False)
    assert ok.status_code == 303
    wrong = client.post("/analyze", files={"file": ("data.exe", b"MZ\x00\x00", "application/octet-stream")})
    assert wrong.status_code == 415 and "upload a .txt or .html file" in wrong.text
    empty = client.post("/analyze", data={"text": "   "})
    assert empty.status_code == 400 and "the text is empty" in empty.text
    bad_date = client.post("/analyze", data={"text": "The minister said so.", "published": "yesterday"})
    assert bad_date.status_code == 400 and "YYYY-MM-DD" in bad_date.text


def test_body_and_text_limits(client: TestClient) -> None:
    huge = client.post("/analyze", files={"file": ("big.txt", b"a" * (6 * 1024 * 1024), "text/plain")})
    assert huge.status_code == 413 and "too large" in huge.text
    long_text = client.post("/api/analyze", json={"text": "word " * 50_000})
    assert long_text.status_code == 422 and "200000" in long_text.json()["error"]


def test_the_analysis_time_limit(client: TestClient, web_app) -> None:  # type: ignore[no-untyped-def]
    service = web_app.state.service
    before = service.analysis_seconds
    service.analysis_seconds = 0.0001
    try:
        response = client.post("/api/analyze", json={"text": SEED.read_text("utf-8")})
    finally:
        service.analysis_seconds = before
    assert response.status_code == 503 and "longer than" in response.json()["error"]


def test_the_json_api_returns_the_library_models(client: TestClient) -> None:
    analysis = Analysis.model_validate(client.post("/api/analyze", json={"text": "Minister Jane Holt said on Tuesday that the budget would pass.", "published": "2022-05-03"}).json())
    assert analysis.quotes and analysis.quotes[0].said_on.isoformat() == "2022-05-03"
    page = client.get("/api/articles", params={"outlet": "Capital Wire"}).json()
    assert page["total"] == 2 and {f["value"] for f in page["facets"]["outlet"]} == {"Capital Wire"}
    article = client.get(f"/api/articles/{page['articles'][0]['id']}").json()
    assert Analysis.model_validate(article).article.outlet == "Capital Wire"
    assert client.get("/api/entities/mustafa-al-kadhimi").json()["name"] == "Mustafa al-Kadhimi"
    said = client.get("/api/quotes", params={"speaker": "IRCC", "limit": 2})
    assert len(said.json()) == 2 and int(said.headers["x-total-count"]) > 2
    assert client.get("/api/search", params={"q": "drone"}).json()[0]["article"]["outlet"] == "Capital Wire"
    conflicts = client.get("/api/conflicts").json()
    assert conflicts["dates"] and conflicts["speakers"] == [] and conflicts["said_on"] == []
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/analyze", "/api/articles", "/api/entities/{entity_id}", "/api/stories/{story_id}", "/api/stats"} <= set(paths)


def test_errors_leak_no_paths_or_traces(client: TestClient) -> None:
    for path in ("/articles/../../etc/passwd", "/articles/zzz", "/entities/nobody", "/stories/none", "/api/articles/zzz", "/?month=garbage"):
        response = client.get(path)
        assert response.status_code in (404, 422), path
        assert "Traceback" not in response.text and "/work/" not in response.text and "site-packages" not in response.text


def test_article_strings_are_escaped_in_every_page(client: TestClient) -> None:
    hostile = client.get("/api/articles", params={"q": "Haddad"}).json()["articles"][0]
    paths = ("/", f"/articles/{hostile['id']}", "/?q=" + PAYLOADS[0], "/stats", "/quotes", "/quotes?words=" + PAYLOADS[0], "/conflicts")
    pages = [client.get(path).text for path in paths]
    for page in pages:
        assert "<script>window" not in page and "<img src=x" not in page and "<svg onload" not in page
        values_aside = re.sub(r'"[^"]*"', '""', page)  # data inside a quoted attribute value is text: its quotes are escaped
        assert not re.search(r"<[^>]+\son\w+=", values_aside), "an event handler attribute was built from data"
        assert 'href="javascript:' not in page
    assert "&lt;script&gt;window.__xss = 1" in pages[1]


def test_quotes_are_found_by_filters_and_downloaded_as_csv(client: TestClient) -> None:
    form = {"speaker": "al-Kadhimi", "about": "", "outlet": "", "since": "2021-12-29", "until": "", "kind": "", "words": '"combat mission"'}
    page = client.get("/quotes", params=form)
    assert page.status_code == 200 and page.text.count("<blockquote>") == 6
    assert 'href="/entities/mustafa-al-kadhimi"' in page.text and "/api/quotes.csv?speaker=al-Kadhimi" in page.text
    assert '<input name="outlet" list="outlets"' in page.text and '<option value="Gulf Wire">1 article</option>' in page.text
    table = client.get("/api/quotes.csv", params={k: v for k, v in form.items() if v})
    assert table.headers["content-type"].startswith("text/csv") and "attachment" in table.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(table.text)))
    assert len(rows) == 6 and {r["speaker"] for r in rows} == {"Mustafa al-Kadhimi"} and all("combat mission" in r["quote"] for r in rows)
    quoted = client.get("/api/sources", params={"since": "2021-12-29", "words": '"combat mission"'}).json()
    assert [c["speaker"] for c in quoted["named"]] == ["Mustafa al-Kadhimi"] and "&amp;speaker=mustafa-al-kadhimi" in page.text
    unknown = client.get("/quotes", params={"speaker": "Nobody McNoname"})
    assert unknown.status_code == 404 and "no entity named" in unknown.text and "<form" in unknown.text
    for path in ("/api/quotes", "/api/quotes.csv", "/api/sources"):
        missing = client.get(path, params={"about": "Nobody McNoname"})
        assert missing.status_code == 404 and missing.json()["error"] == "no entity named 'Nobody McNoname' in the corpus", path
    backwards = client.get("/api/quotes", params={"since": "2022-01-02", "until": "2022-01-01"})
    assert backwards.status_code == 422 and "is after until" in backwards.json()["error"]


def _stored_through_the_api(client: TestClient, text: str, entity: str) -> str:
    """Keep an analysis from the API, and wait until the corpus entity holds it (entities are rejoined in the background)."""
    response = client.post("/api/analyze", json={"text": text, "published": "2022-02-07", "store": True})
    article_id = response.json()["article"]["id"]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = client.get(f"/api/entities/{entity}")
        if found.status_code == 200 and any(link["article"]["id"] == article_id for link in found.json()["links"]):
            return article_id
        time.sleep(0.2)
    raise AssertionError(f"the new article never joined the corpus entity {entity}")


def test_an_analysis_kept_from_the_api_joins_the_corpus_entities(client: TestClient) -> None:
    _stored_through_the_api(client, "Prime Minister Mustafa al-Kadhimi said on Monday that the budget would pass.", "mustafa-al-kadhimi")


def test_what_a_speaker_refused_to_say_is_marked_on_its_page(client: TestClient) -> None:
    text = "Senator Maria Lopez refused to say on Monday whether she would run. Lopez said the budget was a disgrace."
    _stored_through_the_api(client, text, "maria-lopez")
    page = client.get("/entities/maria-lopez").text
    negated, said = page.split("whether she would run")[1], page.split("the budget was a disgrace")[1]
    assert "negated: not said" in negated.split("</li>")[0] and "negated" not in said.split("</li>")[0]


def test_conflicts_are_found_again_only_when_the_store_changes(tmp_path: Path, analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = service_module.find_conflicts
    monkeypatch.setattr(service_module, "find_conflicts", lambda conn: calls.append(1) or real(conn))
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("Budget passes\n\nMinister Jane Holt said on Monday that the budget had passed.\n", encoding="utf-8")
    second.write_text("Port reopens\n\nThe port authority said on Tuesday that the port had reopened.\n", encoding="utf-8")
    with Store(tmp_path / "cache.db") as store:
        ingest(store, [first], analyzer)
        service = Service(store)
        assert service.conflicts() == service.conflicts() and len(calls) == 1
        ingest(store, [second], analyzer)
        service.conflicts()
    assert len(calls) == 2
