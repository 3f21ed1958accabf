"""The clinical decisions, pure Python (no Rasa import; tests/unit/test_house.py checks it).

rules (the classification table R1-R12), questions (which question comes next), safety (the
invariant: no result without the safety questions), check_flow (one reply's effect on the check),
summary (the answers in plain words)."""
