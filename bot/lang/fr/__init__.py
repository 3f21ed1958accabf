"""The fr language pack: Belgian French (see bot/lang/__init__.py)."""

CODE = "fr"
