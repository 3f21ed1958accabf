"""The nl language pack (see bot/lang/__init__.py)."""

CODE = "nl"
