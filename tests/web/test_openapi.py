"""The OpenAPI description: a valid document, covering every /api/ route, matching the answers."""
from __future__ import annotations

from urllib.parse import quote

import pytest

ANSWERS = {
    "/api/search": "/api/search?q=振兴",
    "/api/doc/{id}": None,  # filled from a search hit
    "/api/person/{id}": None,
    "/api/formulation/{text}": "/api/formulation/" + quote("三篇大文章"),
    "/api/compare": "/api/compare?a=辽宁&b=浙江",
    "/api/tours": "/api/tours",
    "/api/timeline": "/api/timeline",
    "/api/co-attendance": "/api/co-attendance",
    "/api/openapi.json": "/api/openapi.json",
    "/api/people": "/api/people?name=王",
    "/api/formulations": "/api/formulations?q=发展",
    "/api/regions": "/api/regions?level=any",
}


@pytest.fixture(scope="module")
def spec(app):
    response = app.get("/api/openapi.json")
    assert response.status == 200
    return response.json()


def test_openapi_document_is_valid(spec):
    validator = pytest.importorskip("openapi_spec_validator", reason="openapi-spec-validator is not installed")
    validator.validate(spec)
    assert spec["openapi"].startswith("3.1")


def test_openapi_covers_every_api_route(app, spec):
    routes = {path for path in app.paths if path.startswith("/api/")}
    assert set(spec["paths"]) == routes == set(ANSWERS)


def test_answers_match_their_schemas(app, spec):
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed")
    hit = app.get("/api/search?q=振兴").json()["hits"][0]
    person = app.get("/api/co-attendance").json()[0]["a"]
    targets = ANSWERS | {"/api/doc/{id}": f"/api/doc/{hit['id']}", "/api/person/{id}": f"/api/person/{person}"}
    for path, target in targets.items():
        response = app.get(target)
        schema = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        document = {**schema, "components": spec["components"]}
        jsonschema.validate(response.json(), document, cls=jsonschema.Draft202012Validator)
        error = app.get(target.split("?")[0] + ("x" if "{" in path else "?limit=abc"))
        if error.status >= 400:
            jsonschema.validate(error.json(), {"$ref": "#/components/schemas/Error", **{"components": spec["components"]}})
