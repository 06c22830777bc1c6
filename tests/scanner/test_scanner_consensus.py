"""ScanConsensus: one deliberate scan event per card presentation, with injected time."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.scanner import ScanConsensus

A = "GIFTDESK1:AAAAAAAAAAAAAAAAAAAAAAAA"
B = "GIFTDESK1:BBBBBBBBBBBBBBBBBBBBBBBB"


def test_one_read_is_not_enough() -> None:
    scan = ScanConsensus()
    assert scan.feed([A], 0.0) is None


def test_two_agreeing_reads_accept_at_the_second() -> None:
    scan = ScanConsensus()
    assert scan.feed([A], 10.0) is None
    assert scan.feed([A], 10.05) == A


def test_reads_further_apart_than_the_window_do_not_agree() -> None:
    scan = ScanConsensus(window=1.5)
    assert scan.feed([A], 0.0) is None
    assert scan.feed([A], 1.6) is None
    assert scan.feed([A], 1.7) == A


def test_reads_at_the_edge_of_the_window_agree() -> None:
    scan = ScanConsensus(window=1.5)
    scan.feed([A], 0.0)
    assert scan.feed([A], 1.5) == A


def test_repeat_within_cooldown_is_not_retriggered_but_after_it_is() -> None:
    scan = ScanConsensus(cooldown=3.0)
    scan.feed([A], 0.0)
    assert scan.feed([A], 0.1) == A  # accepted at 0.1
    for step in range(1, 30):  # the card stays in view until 3.0
        assert scan.feed([A], 0.1 + step * 0.1) is None
    assert scan.feed([A], 3.15) is None  # cooldown over; the first fresh read
    assert scan.feed([A], 3.2) == A


def test_cooldown_of_one_card_does_not_block_another() -> None:
    scan = ScanConsensus()
    scan.feed([A], 0.0)
    assert scan.feed([A], 0.1) == A
    assert scan.feed([B], 0.2) is None
    assert scan.feed([B], 0.3) == B


def test_a_different_payload_in_between_resets_agreement() -> None:
    scan = ScanConsensus()
    assert scan.feed([A], 0.0) is None
    assert scan.feed([B], 0.1) is None
    assert scan.feed([A], 0.2) is None  # A starts over
    assert scan.feed([A], 0.3) == A


def test_alternating_payloads_never_accept() -> None:
    scan = ScanConsensus()
    results = [scan.feed([A if i % 2 else B], i * 0.05) for i in range(40)]
    assert results == [None] * 40


def test_a_frame_with_two_cards_counts_for_nothing() -> None:
    scan = ScanConsensus()
    scan.feed([A], 0.0)
    assert scan.feed([A, B], 0.1) is None
    assert scan.feed([A], 0.2) is None
    assert scan.feed([A], 0.3) == A


def test_frames_without_a_code_neither_count_nor_reset() -> None:
    scan = ScanConsensus()
    scan.feed([A], 0.0)
    assert scan.feed([], 0.03) is None
    assert scan.feed([], 0.06) is None
    assert scan.feed([A], 0.1) == A


def test_a_payload_twice_in_one_frame_is_one_read() -> None:
    scan = ScanConsensus()
    assert scan.feed([A, A], 0.0) is None
    assert scan.feed([A], 0.1) == A


def test_a_card_in_cooldown_still_interrupts_another() -> None:
    scan = ScanConsensus()
    scan.feed([A], 0.0)
    scan.feed([A], 0.1)  # A accepted
    scan.feed([B], 0.2)
    assert scan.feed([A], 0.3) is None  # ignored, but B's read at 0.2 no longer counts
    assert scan.feed([B], 0.4) is None
    assert scan.feed([B], 0.5) == B


def test_required_reads_are_configurable() -> None:
    scan = ScanConsensus(required=3)
    assert scan.feed([A], 0.0) is None
    assert scan.feed([A], 0.1) is None
    assert scan.feed([A], 0.2) == A
    single = ScanConsensus(required=1)
    assert single.feed([B], 0.0) == B


def test_reset_forgets_agreement_and_cooldown() -> None:
    scan = ScanConsensus()
    scan.feed([A], 0.0)
    scan.feed([A], 0.1)
    scan.reset()
    assert scan.feed([A], 0.2) is None
    assert scan.feed([A], 0.3) == A


def test_card_held_in_view_at_30_fps_triggers_once_per_cooldown() -> None:
    scan = ScanConsensus(cooldown=3.0)
    fps = 30
    accepted = [t for i in range(10 * fps)
                if scan.feed([A] if i % 3 else [], t := i / fps) is not None]  # 2 in 3 frames
    assert len(accepted) == 4  # about 0 s, 3 s, 6 s and 9 s
    assert accepted[0] < 0.1
    assert all(b - a >= 3.0 for a, b in itertools.pairwise(accepted))


def test_bad_settings_and_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="required"):
        ScanConsensus(required=0)
    with pytest.raises(ValueError, match="negative"):
        ScanConsensus(window=-1)
    with pytest.raises(TypeError, match="sequence"):
        ScanConsensus().feed(A, 0.0)


frames = st.lists(
    st.tuples(st.floats(0.0, 0.5), st.lists(st.sampled_from([A, B]), max_size=2)),
    max_size=80,
)


@settings(max_examples=300, deadline=None)
@given(frames=frames, required=st.integers(1, 4))
def test_acceptances_obey_the_rules(frames: list[tuple[float, list[str]]],
                                    required: int) -> None:
    window, cooldown = 1.5, 3.0
    scan = ScanConsensus(required=required, window=window, cooldown=cooldown)
    now = 0.0
    history: list[tuple[float, list[str]]] = []
    last_accepted: dict[str, float] = {}
    for gap, payloads in frames:
        now += gap
        history.append((now, payloads))
        accepted = scan.feed(payloads, now)
        if accepted is None:
            continue
        assert payloads
        assert set(payloads) == {accepted}
        if accepted in last_accepted:
            assert now - last_accepted[accepted] >= cooldown
        # The last `required` non-empty frames all showed only this payload, within the window.
        recent = [(t, p) for t, p in history if p][-required:]
        assert len(recent) == required
        assert all(set(p) == {accepted} for _, p in recent)
        assert now - recent[0][0] <= window
        last_accepted[accepted] = now
