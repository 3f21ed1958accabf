"""The shared checks as FHIR R4 for practice software: a read-only, token-protected endpoint.

A Rasa input channel named ``practice`` (credentials.yml key
``bot.channels.practice_fhir.PracticeFhirInput``), so its routes are under
``/webhooks/practice/``; it never talks to the assistant, it only serves what the action
server kept (bot/practice_inbox/fhir_store.py, in the ``PRACTICE_OUTBOX_PATH`` file):

- ``GET /webhooks/practice/fhir/QuestionnaireResponse/<reference>``: the
  QuestionnaireResponse of one shared check (``LB-7K3M-Q9XD``), 200; an unknown
  reference 404, both ``application/fhir+json`` (errors as an ``OperationOutcome``);
- ``GET /webhooks/practice/fhir/QuestionnaireResponse?authored=ge2024-05-01&_count=50``:
  a ``searchset`` Bundle of the kept ones, newest first (``authored`` with the prefixes
  eq, ge, gt, le, lt, repeatable; ``_count`` up to 500).

Every request needs ``Authorization: Bearer <PRACTICE_FHIR_TOKEN>`` (the key
``PRACTICE_FHIR_TOKEN`` in credentials.yml, else the environment): without it or with another one, 401 with
``WWW-Authenticate: Bearer``; the token is compared in constant time and never logged.
No token set (or one that is too short): every request answers 503 and a start-up line
says the endpoint is off. The limits of bot/channels/guarded.py apply (per client
address). Nothing of a resource is logged, nor a reference.
"""

from __future__ import annotations

import asyncio
import logging
import os
from typing import Any, Awaitable, Callable, Dict, Optional

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.guarded import _Refusals, guard_blueprint
from bot.practice_inbox.config import FHIR_BASE_URL_KEY, FhirEndpointSettings, read_fhir_endpoint
from bot.practice_inbox.fhir_store import (
    FHIR_JSON,
    REFERENCE,
    RESOURCE_TYPE,
    BadSearch,
    FhirStore,
    bearer_token,
    operation_outcome,
    parse_authored,
    parse_count,
    search_bundle,
    token_matches,
)

logger = logging.getLogger(__name__)

CHANNEL_NAME = "practice"
REALM = 'Bearer realm="practice-fhir"'


def fhir_json(body: Dict[str, Any], status: int = 200, headers: Optional[Dict[str, str]] = None) -> HTTPResponse:
    # health data: no cache on the way may keep a copy
    return response.json(
        body, status=status, content_type=FHIR_JSON, headers={"Cache-Control": "no-store", **(headers or {})}
    )


class PracticeFhirInput(InputChannel):
    """Serves the kept QuestionnaireResponses (see the module docstring)."""

    @classmethod
    def name(cls) -> str:
        return CHANNEL_NAME

    def __init__(
        self,
        settings: Optional[FhirEndpointSettings] = None,
        reason: str = "",
        store: Optional[FhirStore] = None,
        base_url: str = "",
    ) -> None:
        self.settings = settings
        self.reason = reason or ("Practice FHIR endpoint on" if settings else "Practice FHIR endpoint off")
        self.store = store or FhirStore.reader()
        self.base_url = base_url.rstrip("/")
        self._refusals = _Refusals("practice FHIR")  # refused requests logged as counts, once a minute at most

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> PracticeFhirInput:
        credentials = credentials if isinstance(credentials, dict) else {}
        settings, reason = read_fhir_endpoint(credentials)
        base_url = str(credentials.get("base_url") or os.environ.get(FHIR_BASE_URL_KEY) or "").strip()
        return cls(settings, reason, base_url=base_url)

    @property
    def configured(self) -> bool:
        return self.settings is not None

    # ----------------------------------------------------------------- answers

    def _refused(self, request: Request) -> Optional[HTTPResponse]:
        """503 when off, 401 without the right token; None when the request may go on."""
        if self.settings is None:
            return fhir_json(
                operation_outcome("not-supported", "the FHIR endpoint is not configured (PRACTICE_FHIR_TOKEN)"),
                status=503,
            )
        authorization = request.headers.get("Authorization")
        token = bearer_token(authorization)
        if token_matches(token, self.settings.token):
            return None
        self._refusals.note("missing token" if token is None else "wrong token")
        challenge = REALM if token is None else f'{REALM}, error="invalid_token"'
        return fhir_json(
            operation_outcome("login", "a valid bearer token is needed"),
            status=401,
            headers={"WWW-Authenticate": challenge},
        )

    def _base(self, request: Request) -> str:
        """The endpoint's URL up to /fhir: PRACTICE_FHIR_BASE_URL, else as this request reached us."""
        if self.base_url:
            return self.base_url
        return request.url.split("?", 1)[0].split(f"/{RESOURCE_TYPE}", 1)[0]

    async def _read(self, function: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(None, function, *args)

    @staticmethod
    def _store_away(error: Exception) -> HTTPResponse:
        logger.warning("Practice FHIR endpoint: the store cannot be read: %s", type(error).__name__)
        return fhir_json(operation_outcome("transient", "the store cannot be read right now"), status=503)

    # ----------------------------------------------------------------- routes

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        if self.configured:
            logger.info(
                "%s: GET /webhooks/practice/fhir/%s/<reference>, reading %s",
                self.reason,
                RESOURCE_TYPE,
                self.store.path,
            )
        else:
            logger.warning("%s", self.reason)
        bp = Blueprint("practice_fhir", __name__)

        @bp.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.configured else "off"}, status=200 if self.configured else 503)

        @bp.route(f"/fhir/{RESOURCE_TYPE}/<reference>", methods=["GET"])
        async def read(request: Request, reference: str) -> HTTPResponse:
            refused = self._refused(request)
            if refused is not None:
                return refused
            found = None
            if REFERENCE.fullmatch(reference):
                try:
                    found = await self._read(self.store.get, reference)
                except Exception as error:  # sqlite3.Error, an unreadable file
                    return self._store_away(error)
            if found is None:
                return fhir_json(
                    operation_outcome("not-found", f"no {RESOURCE_TYPE} with this reference (or no longer kept)"),
                    status=404,
                )
            return fhir_json(found)

        @bp.route(f"/fhir/{RESOURCE_TYPE}", methods=["GET"])
        async def search(request: Request) -> HTTPResponse:
            refused = self._refused(request)
            if refused is not None:
                return refused
            unknown = sorted(set(request.args) - {"authored", "_count"})
            try:
                if unknown:
                    raise BadSearch(f"search parameters not supported: {', '.join(unknown)} (use authored, _count)")
                start, end = parse_authored(request.args.getlist("authored") or [])
                count = parse_count(request.args.get("_count"))
            except BadSearch as error:
                return fhir_json(operation_outcome("invalid", str(error)), status=400)
            try:
                found = await self._read(self.store.search, start, end, count)
            except Exception as error:
                return self._store_away(error)
            return fhir_json(search_bundle(found.resources, self._base(request), request.url, found.total))

        guard_blueprint(bp, CHANNEL_NAME, lambda request: [], new_conversations=False)
        return bp
