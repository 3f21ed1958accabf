#!/usr/bin/env bash
# Starts the action server, Rasa (REST + WhatsApp channels, API with token auth)
# and the demo web page with the chat widget; stops them all on Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv
RASA_PORT=${RASA_PORT:-5005}
ACTIONS_PORT=${ACTIONS_PORT:-5055}
WEB_PORT=${WEB_PORT:-8080}
TOKEN=${RASA_AUTH_TOKEN:-$($VENV/bin/python -c 'import secrets; print(secrets.token_urlsafe(24))')}
mkdir -p logs
# CORS only for the practice's own pages (config/practice.yml allowed_origins), not "*".
ORIGINS_TEXT=$($VENV/bin/python -m bot.practice --cors)
mapfile -t ORIGINS <<< "$ORIGINS_TEXT"
ORIGINS+=("http://localhost:$WEB_PORT" "http://127.0.0.1:$WEB_PORT")  # the demo page below, on any port

pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

$VENV/bin/rasa run actions --actions actions --port "$ACTIONS_PORT" > logs/actions.log 2>&1 &
pids+=($!)
$VENV/bin/rasa run --enable-api --auth-token "$TOKEN" --cors "${ORIGINS[@]}" --port "$RASA_PORT" \
  --model models/current.tar.gz --endpoints endpoints.yml --credentials credentials.yml > logs/rasa.log 2>&1 &
pids+=($!)
if [ -d web/dist ]; then
  $VENV/bin/python -m http.server "$WEB_PORT" --bind 127.0.0.1 --directory web/dist > logs/web.log 2>&1 &
  pids+=($!)
fi

echo "starting... (logs in logs/)"
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$RASA_PORT/" >/dev/null 2>&1 && curl -sf "http://localhost:$ACTIONS_PORT/health" >/dev/null 2>&1 && break
  sleep 1
done
cat <<MSG

  The low back pain assistant is running.
  Web chat (demo practice page):  http://localhost:$WEB_PORT/
  REST endpoint:                  http://localhost:$RASA_PORT/webhooks/rest/webhook
  WhatsApp webhook:               http://localhost:$RASA_PORT/webhooks/whatsapp/webhook
  Rasa HTTP API token:            $TOKEN   (e.g. GET /conversations/<sender>/tracker?token=...)

  Try:  curl -s -X POST localhost:$RASA_PORT/webhooks/rest/webhook \\
          -H 'Content-Type: application/json' \\
          -d '{"sender": "me", "message": "Hallo, ik heb last van mijn lage rug", "metadata": {"language": "nl"}}'

  Ctrl-C stops everything.
MSG
wait -n "${pids[@]}"
echo "a process stopped; see logs/" >&2
exit 1
