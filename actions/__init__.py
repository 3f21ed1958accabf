"""Custom actions of the low back pain assistant (run by `rasa run actions`).

Importing this package checks the practice configuration, so a broken
config/practice.yml stops the action server at start-up with the key named.
"""
from bot.practice import current_practice

current_practice()
