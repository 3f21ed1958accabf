"""bot/channels/guard.py: the limits' logic with a fake clock (no server, no Rasa)."""
import uuid

import pytest

from bot.channels.guard import Guard, Limits, NewConversations, RateLimiter, client_address, sender_problem


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


# --- rate limiter --------------------------------------------------------------

def test_allows_the_limit_then_refuses_with_retry_after(clock):
    limiter = RateLimiter(3, 60, clock=clock)
    assert all(limiter.hit("a").allowed for _ in range(3))
    refused = limiter.hit("a")
    assert not refused.allowed and refused.retry_after == 20  # one request back every 60/3 s
    assert limiter.hit("b").allowed, "another key has its own allowance"


def test_retry_after_is_a_whole_number_of_seconds_at_least_one(clock):
    limiter = RateLimiter(120, 60, clock=clock)
    for _ in range(120):
        limiter.hit("a")
    clock.now += 0.3
    refused = limiter.hit("a")
    assert not refused.allowed and refused.retry_after == 1 and isinstance(refused.retry_after, int)


def test_the_allowance_comes_back_with_time(clock):
    limiter = RateLimiter(2, 60, clock=clock)
    limiter.hit("a"), limiter.hit("a")
    assert not limiter.hit("a").allowed
    clock.now += 29
    assert not limiter.hit("a").allowed, "not yet: 30 s per request"
    clock.now += 1
    assert limiter.hit("a").allowed
    assert not limiter.hit("a").allowed
    clock.now += 60
    assert limiter.hit("a").allowed and limiter.hit("a").allowed, "a whole window: the full allowance again"
    assert not limiter.hit("a").allowed


def test_refused_requests_do_not_push_the_wait_further(clock):
    limiter = RateLimiter(1, 60, clock=clock)
    limiter.hit("a")
    for _ in range(100):
        limiter.hit("a")
    clock.now += 60
    assert limiter.hit("a").allowed


def test_limit_zero_is_no_limit(clock):
    limiter = RateLimiter(0, 60, clock=clock)
    assert all(limiter.hit("a").allowed for _ in range(10_000))
    assert len(limiter) == 0


def test_memory_is_bounded_under_a_flood_of_random_keys(clock):
    limiter = RateLimiter(5, 60, max_keys=1000, clock=clock)
    for _ in range(20_000):
        limiter.hit(uuid.uuid4().hex)
    assert len(limiter) == 1000


def test_idle_keys_are_forgotten_after_a_window(clock):
    limiter = RateLimiter(5, 60, clock=clock)
    for index in range(500):
        limiter.hit(f"k{index}")
    clock.now += 61
    limiter.hit("fresh")
    assert len(limiter) == 1


def test_a_forgotten_key_starts_with_a_full_allowance(clock):
    limiter = RateLimiter(1, 60, max_keys=2, clock=clock)
    limiter.hit("a")
    limiter.hit("b"), limiter.hit("c")  # "a" is pushed out
    assert limiter.hit("a").allowed


# --- new conversations -----------------------------------------------------------

def test_new_conversations_per_address(clock):
    cap = NewConversations(2, 3600, clock=clock)
    assert cap.hit("1.1.1.1", "s1").allowed and cap.hit("1.1.1.1", "s2").allowed
    refused = cap.hit("1.1.1.1", "s3")
    assert not refused.allowed and refused.retry_after == 1800
    assert cap.hit("1.1.1.1", "s1").allowed, "a known conversation goes on"
    assert cap.hit("2.2.2.2", "s3").allowed, "another address has its own allowance"
    clock.now += 1800
    assert cap.hit("1.1.1.1", "s3").allowed


def test_seen_pairs_are_bounded(clock):
    cap = NewConversations(10**9, 3600, max_pairs=500, clock=clock)
    for index in range(5000):
        cap.hit("1.1.1.1", f"s{index}")
    assert len(cap) == 500


# --- sender ids ------------------------------------------------------------------

@pytest.mark.parametrize("sender", [
    "a", "e2e-0123456789ab", "550e8400-e29b-41d4-a716-446655440000",  # the widget's randomUUID
    "0123456789abcdef0123456789abcdef", "32470000000",  # its fallback; a WhatsApp wa_id
    "bench-1-2-3-4", "user@example.be", "+32470000000", "a.b_c:d", "s" * 255,
])
def test_good_sender_ids(sender):
    assert sender_problem(sender) is None


@pytest.mark.parametrize("sender", [
    None, 5, "", "   ", "s" * 256, "a b", "a\x00b", "a/b", "<script>", "é", "a\nb", "😀", "a;b",
])
def test_bad_sender_ids(sender):
    problem = sender_problem(sender)
    assert problem and "sender" in problem and len(problem) < 120


def test_too_long_sender_names_the_limit():
    assert "255" in sender_problem("s" * 5000)


# --- client address --------------------------------------------------------------

def test_without_a_trusted_header_the_peer_address_counts():
    assert client_address("10.0.0.9") == "10.0.0.9"
    assert client_address("10.0.0.9", []) == "10.0.0.9"


def test_the_right_most_entry_of_the_trusted_header():
    assert client_address("10.0.0.1", ["6.6.6.6, 203.0.113.7"]) == "203.0.113.7"
    assert client_address("10.0.0.1", ["6.6.6.6", "198.51.100.2"]) == "198.51.100.2", "last header line"
    assert client_address("10.0.0.1", ["203.0.113.7:5123"]) == "203.0.113.7"
    assert client_address("10.0.0.1", ["[2001:db8::1]:443"]) == "2001:db8::1"
    assert client_address("10.0.0.1", ["2001:db8::1"]) == "2001:db8::1"


def test_a_header_that_is_no_address_falls_back_to_the_peer():
    assert client_address("10.0.0.1", ["not-an-ip"]) == "10.0.0.1"
    assert client_address("10.0.0.1", [" , "]) == "10.0.0.1"


# --- configuration ---------------------------------------------------------------

def test_defaults_and_environment():
    assert Limits.from_env({}) == Limits(60, 120, 30, 65536, None)
    limits = Limits.from_env({"LIMIT_PER_SENDER_PER_MINUTE": "5", "LIMIT_PER_ADDRESS_PER_MINUTE": "0",
                              "LIMIT_NEW_CONVERSATIONS_PER_ADDRESS_PER_HOUR": " 7 ", "MAX_BODY_BYTES": "2048",
                              "TRUSTED_PROXY_HEADER": "X-Forwarded-For"})
    assert limits == Limits(5, 0, 7, 2048, "X-Forwarded-For")


@pytest.mark.parametrize("name, value", [
    ("LIMIT_PER_SENDER_PER_MINUTE", "many"), ("LIMIT_PER_ADDRESS_PER_MINUTE", "-1"),
    ("MAX_BODY_BYTES", "10"), ("TRUSTED_PROXY_HEADER", "X Forwarded: For"),
])
def test_bad_configuration_names_the_variable(name, value):
    with pytest.raises(ValueError, match=name):
        Limits.from_env({name: value})


def test_guard_keeps_channels_apart_and_checks_content_length(clock):
    guard = Guard(Limits(1, 100, 100, 65536), clock=clock)
    assert guard.sender("rest", "3247").allowed and guard.sender("whatsapp", "3247").allowed
    assert not guard.sender("rest", "3247").allowed
    assert guard.body_too_large("65537") and guard.body_too_large("x")
    assert guard.body_too_large("65536") is False and guard.body_too_large(None) is None


# --- bursts ----------------------------------------------------------------------

def test_a_burst_is_a_part_of_the_limit_and_the_rest_comes_evenly(clock):
    limiter = RateLimiter(30, 60, burst=5, clock=clock)
    assert [limiter.hit("a").allowed for _ in range(6)] == [True] * 5 + [False]
    assert limiter.hit("a").retry_after == 2
    allowed = 0
    for _ in range(60):  # a request every second for a minute: one in two passes
        clock.now += 1
        allowed += limiter.hit("a").allowed
    assert allowed == 30


def test_the_guard_allows_a_sixth_of_each_limit_at_once_and_half_of_a_conversations(clock):
    guard = Guard(Limits(30, 120, 30, 65536), clock=clock)
    assert [guard.sender("rest", "s").allowed for _ in range(16)] == [True] * 15 + [False]
    assert [guard.address("1.1.1.1").allowed for _ in range(21)] == [True] * 20 + [False]
    assert [guard.new_conversation("rest", "1.1.1.1", f"s{i}").allowed for i in range(6)] == [True] * 5 + [False]
    assert guard.new_conversation("rest", "1.1.1.1", "s5").retry_after == 120


def test_a_patient_tapping_a_button_every_second_through_the_check_is_never_refused(clock):
    guard = Guard(Limits.from_env({}), clock=clock)
    answers = []
    for _ in range(40):  # a long check with corrections, one tap a second
        answers.append(guard.sender("whatsapp", "32470123456").allowed and guard.address("2.2.2.2").allowed)
        clock.now += 1
    assert all(answers)
