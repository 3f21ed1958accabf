"""bot.stores.tracker_cache: a tracker comes back only at the version it was stored with, once."""
from bot.stores.tracker_cache import TrackerCache


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_tracker_comes_back_once_at_its_version():
    cache = TrackerCache(10, 60)
    cache.put("alice", 7, "tracker-a")
    assert cache.take("alice", 7) == "tracker-a"
    assert cache.take("alice", 7) is None  # taken: the turn holding it may change it
    assert (cache.hits, cache.misses) == (1, 1)


def test_another_version_in_the_database_means_read_it_again():
    cache = TrackerCache(10, 60)
    cache.put("alice", 7, "tracker-a")
    assert cache.take("alice", 9) is None  # someone else wrote rows 8 and 9
    assert cache.take("alice", 7) is None  # and the stale entry is gone


def test_idle_entries_expire():
    clock = Clock()
    cache = TrackerCache(10, 60, clock=clock)
    cache.put("alice", 1, "a")
    cache.put("bob", 1, "b")
    clock.now += 61
    assert cache.take("alice", 1) is None
    assert len(cache) == 0  # bob expired too, without being asked for


def test_the_oldest_go_first_beyond_the_size():
    cache = TrackerCache(2, 60)
    for name in ("a", "b", "c"):
        cache.put(name, 1, name.upper())
    assert cache.take("a", 1) is None
    assert cache.take("b", 1) == "B" and cache.take("c", 1) == "C"


def test_size_zero_turns_it_off():
    cache = TrackerCache(0, 60)
    cache.put("alice", 1, "a")
    assert not cache.enabled and cache.take("alice", 1) is None


def test_forget_and_clear():
    cache = TrackerCache(10, 60)
    cache.put("alice", 1, "a")
    cache.put("bob", 1, "b")
    cache.forget("alice")
    assert cache.take("alice", 1) is None
    cache.clear()
    assert cache.take("bob", 1) is None
