"""Names and helpers every part of the WhatsApp channel shares (bot/channels/whatsapp.py)."""
from __future__ import annotations

import hashlib
import hmac
import os
from typing import Any, Dict, List

CHANNEL_NAME = "whatsapp"
DEFAULT_API_BASE_URL = "https://graph.facebook.com"
DEFAULT_API_VERSION = "v20.0"

_LOG_KEY = os.urandom(16)


def user_ref(wa_id: Any) -> str:
    """A short keyed hash of a WhatsApp id, to tell users apart in logs."""
    digest = hmac.new(_LOG_KEY, str(wa_id).encode("utf-8"), hashlib.sha256)
    return digest.hexdigest()[:10]


def as_list(value: Any) -> List[Any]:
    return value if isinstance(value, list) else []


def as_dict(value: Any) -> Dict[str, Any]:
    return value if isinstance(value, dict) else {}
