"""Errors out: every failure of the API becomes one RFC 9457 `application/problem+json` body.

In: a KGError, a request validation error, a Starlette HTTP error (404 route, 405 method) or any
other exception. Out: a JSON response with `type`, `title`, `status`, `detail` (plus `errors` for
validation failures). One place decides the body; `install_problem_handlers` wires it into an app.
"""

from __future__ import annotations

import logging
import re
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from kg.errors import KGError

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_BASE = "https://w3id.org/geokg/problems/"

log = logging.getLogger("geokg.api")


class Problem(BaseModel):
    """RFC 9457 problem details."""

    type: str = Field(description="URI naming the kind of problem.",
                      examples=[PROBLEM_BASE + "unknown-actor"])
    title: str = Field(description="Short summary of the kind of problem.", examples=["Unknown actor"])
    status: int = Field(description="HTTP status code.", examples=[404])
    detail: str = Field(description="What was wrong here and what to do about it.",
                        examples=["Unknown actor 'USAA'; expected ISO3 like 'USA', an organisation "
                                  "like 'NATO' or an id like 'person/gustavo-petro'"])
    errors: list[dict[str, Any]] | None = Field(
        None, description="For invalid parameters: one entry per parameter that failed.")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def problem_response(status: int, title: str, detail: str, *, type_: str | None = None,
                     headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    """The one place a problem body is made."""
    body = {"type": type_ or PROBLEM_BASE + _slug(title), "title": title, "status": status,
            "detail": detail}
    body.update({k: v for k, v in extra.items() if v is not None})
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries documenting problem bodies for the given statuses."""
    return {status: {"model": Problem, "description": HTTPStatus(status).phrase} for status in statuses}


async def _kg_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, KGError)
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    return problem_response(exc.status, exc.title, exc.detail, headers=headers)


def _describe_validation(err: dict[str, Any]) -> dict[str, Any]:
    loc = [str(part) for part in err.get("loc", ())]
    where = loc[0] if loc else "request"
    name = ".".join(loc[1:]) or where
    return {"in": where, "name": name, "message": err.get("msg", "invalid")}


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [_describe_validation(e) for e in exc.errors()]
    detail = "; ".join(f"{e['in']} parameter '{e['name']}': {e['message']}" for e in errors)
    return problem_response(422, "Invalid parameter", detail or "The request is not valid.",
                            errors=errors)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    title = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
    if status == 404 and exc.detail in (None, "Not Found"):
        detail = f"No route matches {request.url.path}; see /docs for the routes this API has."
    elif status == 405:
        detail = f"{request.method} is not allowed on {request.url.path}; see /docs for its methods."
    else:
        detail = str(exc.detail)
    return problem_response(status, title, detail, headers=getattr(exc, "headers", None))


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    return problem_response(500, "Internal error",
                            f"The server failed on {request.method} {request.url.path} "
                            f"({type(exc).__name__}); the log has the traceback.")


def install_problem_handlers(app: FastAPI) -> None:
    """Route every error of `app` through problem_response."""
    app.add_exception_handler(KGError, _kg_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)


def use_problem_media_type(openapi: dict[str, Any]) -> dict[str, Any]:
    """Document error responses as application/problem+json (FastAPI's default 422 included)."""
    problem_ref = {"$ref": "#/components/schemas/Problem"}
    for path in openapi.get("paths", {}).values():
        for operation in path.values():
            for status, response in operation.get("responses", {}).items():
                content = response.get("content", {})
                if str(status)[0] in "45" and "application/json" in content:
                    media = content.pop("application/json")
                    if "HTTPValidationError" in str(media.get("schema")):
                        media = {"schema": problem_ref}
                        response["description"] = "Invalid parameter"
                    content[PROBLEM_MEDIA_TYPE] = media
    schemas = openapi.setdefault("components", {}).setdefault("schemas", {})
    schemas.setdefault("Problem", Problem.model_json_schema())
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    return openapi
