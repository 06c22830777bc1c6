"""Session tokens live in the system keyring, never in plain files; without a usable keyring
they are kept in memory only and the store says so."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.core
import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring

from app.client import UNAVAILABLE_MESSAGE, MemoryKeyring, TokenStore, Unauthorized
from app.embedded import open_client


def files_contain(folder: Path, secret: str) -> bool:
    return any(secret.encode() in p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_token_kept_in_the_keyring_and_restored(db_url: str, demo_cards: dict[str, str],
                                                data_dir: Path, memory_keyring: Any,
                                                fast: dict[str, Any]) -> None:
    async def scenario() -> None:
        async with open_client(db_url, data_dir=data_dir, **fast) as first:
            assert first.tokens.available
            assert first.tokens.message == ""
            session = await first.sign_in("Cashier", "1111", "STORE-1", "T1")
            ledger_id = first.ledger_id
        assert ("GiftDesk", f"{ledger_id}:cashier") in memory_keyring.entries
        assert session.token in memory_keyring.entries[("GiftDesk", f"{ledger_id}:cashier")]
        assert not files_contain(data_dir, session.token)

        async with open_client(db_url, data_dir=data_dir, **fast) as second:
            # A session opened at another till is not used here.
            assert await second.restore_session("cashier", "STORE-2", "T1") is None
            assert await second.restore_session("cashier", "STORE-1", "T2") is None
            assert second.session is None
        async with open_client(db_url, data_dir=data_dir, **fast) as third:
            restored = await third.restore_session("cashier", "store-1", "T1")
            assert restored is not None
            assert restored == session
            assert (third.location, third.terminal) == ("STORE-1", "T1")
            assert (await third.get_card(demo_cards["active, $50.00"])).balance == 5000
            await third.sign_out()
        assert ("GiftDesk", f"{ledger_id}:cashier") not in memory_keyring.entries

        async with open_client(db_url, data_dir=data_dir, **fast) as fourth:
            assert await fourth.restore_session("cashier", "STORE-1", "T1") is None

    asyncio.run(scenario())


def test_ended_session_is_forgotten(db_url: str, demo_cards: dict[str, str], data_dir: Path,
                                    memory_keyring: Any, fast: dict[str, Any]) -> None:
    """A session ended elsewhere: the next call raises Unauthorized and the token is gone."""
    async def scenario() -> None:
        async with open_client(db_url, data_dir=data_dir, **fast) as client:
            await client.sign_in("cashier", "1111", "STORE-1", "T1")
            async with open_client(db_url, data_dir=data_dir, **fast) as other:
                assert await other.restore_session("cashier", "STORE-1", "T1") is not None
                await other.sign_out()
            with pytest.raises(Unauthorized):
                await client.get_card(demo_cards["active, $50.00"])
            assert client.session is None
            assert memory_keyring.entries == {}

    asyncio.run(scenario())


def test_without_a_keyring_the_token_stays_in_memory(db_url: str, demo_cards: dict[str, str],
                                                     data_dir: Path, no_keyring: None,
                                                     fast: dict[str, Any]) -> None:
    async def scenario() -> None:
        async with open_client(db_url, data_dir=data_dir, **fast) as first:
            assert not first.tokens.available
            assert first.tokens.message == UNAVAILABLE_MESSAGE
            session = await first.sign_in("cashier", "1111", "STORE-1", "T1")
            assert (await first.get_card(demo_cards["active, $50.00"])).balance == 5000
            assert not files_contain(data_dir, session.token)
        async with open_client(db_url, data_dir=data_dir, **fast) as second:
            assert await second.restore_session("cashier", "STORE-1", "T1") is None

    asyncio.run(scenario())


@pytest.fixture
def plaintext_keyring(tmp_path: Path) -> Iterator[PlaintextKeyring]:
    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")  # type: ignore[misc]
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_a_plain_file_keyring_is_not_used(tmp_path: Path,
                                          plaintext_keyring: PlaintextKeyring) -> None:
    """keyrings.alt's plaintext backend writes secrets to a file: treated as no keyring."""
    store = TokenStore("http://ledger.example")
    assert not store.available
    assert store.message == UNAVAILABLE_MESSAGE
    assert store.save_secrets("key-1", {"pin": "4321"}) is False
    assert store.load_secrets("key-1") == {"pin": "4321"}
    assert not (tmp_path / "keyring.cfg").exists()


def test_a_failing_keyring_falls_back_to_memory(memory_keyring: Any) -> None:
    class Broken(type(memory_keyring)):  # type: ignore[misc]
        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.KeyringLocked("locked")

    store = TokenStore("http://ledger.example", backend=Broken())
    assert store.available
    assert store.save_secrets("k", {"pin": "1234"}) is False
    assert not store.available
    assert store.message == UNAVAILABLE_MESSAGE
    assert store.load_secrets("k") == {"pin": "1234"}


@pytest.fixture
def detected_afresh() -> Iterator[None]:
    """Let the test make keyring detect its backend as a fresh process does; put the
    previous one back after."""
    previous = keyring.get_keyring()
    yield
    keyring.core.init_backend()  # clears the limit a test detected with
    keyring.set_keyring(previous)


def test_the_apps_memory_keyring_is_never_taken_for_the_system_one(
        detected_afresh: None) -> None:
    """Imported (as app.client does), the in-memory stand-in must not be detected: with no
    real backend the store has to say that sign-ins will not be remembered."""
    assert MemoryKeyring.__module__ in sys.modules
    assert MemoryKeyring not in {type(k) for k in keyring.backend.get_all_keyring()}

    # A computer whose only backends are keyring's "none" and this app's stand-in.
    keyring.core.init_backend(limit=lambda b: isinstance(b, (fail.Keyring, MemoryKeyring)))
    store = TokenStore("ledger")
    assert not store.available
    assert store.message == UNAVAILABLE_MESSAGE

    keyring.set_keyring(MemoryKeyring())  # installed explicitly, as tests and tools do
    assert TokenStore("ledger").available
