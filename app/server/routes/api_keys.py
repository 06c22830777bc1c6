"""API keys of integrators: `GET|POST /v1/api-keys`, `DELETE /v1/api-keys/{id}` and
`POST /v1/api-keys/{id}/revoke` (admin). A key is sent as `Authorization: Bearer <key>`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from app.domain import rules
from app.domain.model import Role
from app.ledger import apikeys
from app.ledger.codec import to_jsonable
from app.protocol.backoffice import ApiKeyIn, ApiKeyOut, ApiKeysOut
from app.server.deps import MAX_ID, Context, CurrentActor, IdempotencyKey

router = APIRouter(prefix="/v1/api-keys", tags=["api keys"])
KeyId = Annotated[int, Path(ge=1, le=MAX_ID, description="API key id")]


def _out(info: apikeys.ApiKeyInfo, key: str | None = None) -> ApiKeyOut:
    return ApiKeyOut.model_validate({**to_jsonable(info), "key": key})


@router.get("", response_model=ApiKeysOut)
def list_keys(context: Context, actor: CurrentActor) -> ApiKeysOut:
    rules.require_role(actor, Role.ADMIN, "list API keys")
    return ApiKeysOut(api_keys=[_out(k) for k in apikeys.list_keys(context.ledger.engine)])


@router.post("", status_code=201, response_model=ApiKeyOut)
def create_key(body: ApiKeyIn, context: Context, actor: CurrentActor,
               key: IdempotencyKey = None) -> ApiKeyOut:
    """A new key with a role and stores; `key` is in this answer only (a replay of the same
    request omits it): keep it safe, it is stored only as a hash."""
    with context.attempt(actor, "create_api_key", key=key):
        made = apikeys.create(context.ledger, actor, body.name, body.role, body.locations,
                              request_id=key)
    return _out(made.info, made.key)


def _revoke(key_id: int, context: Context, actor: CurrentActor, key: str | None) -> ApiKeyOut:
    with context.attempt(actor, "revoke_api_key", key=key):
        return _out(apikeys.revoke(context.ledger, actor, key_id, request_id=key))


@router.post("/{key_id}/revoke", response_model=ApiKeyOut)
def revoke_key(key_id: KeyId, context: Context, actor: CurrentActor,
               key: IdempotencyKey = None) -> ApiKeyOut:
    """Revoke a key: it is refused from the next request on."""
    return _revoke(key_id, context, actor, key)


@router.delete("/{key_id}", response_model=ApiKeyOut)
def delete_key(key_id: KeyId, context: Context, actor: CurrentActor,
               key: IdempotencyKey = None) -> ApiKeyOut:
    """The same as `POST …/revoke` (the key stays listed, revoked)."""
    return _revoke(key_id, context, actor, key)
