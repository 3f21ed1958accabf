// The handoff to a person (issue 14, item 5). The REST channel has no socket, so while a
// person of the practice has the conversation the widget asks the assistant for their
// replies: GET {rasa}{poll}?sender=..&after=.. (bot/channels/chatwoot_handoff.py) answers
// {"messages": [{"id": n, "text": ...}, ...], "handed_over": bool}. It starts when a bot
// message carries {"custom": {"handoff": {"state": "started", "poll": path, "after": n}}}
// and stops at {"handoff": {"state": "ended"}} (the assistant is back).

export const POLL_MS = 2500;

/** The handoff instruction among Rasa messages: {state, poll, after} or null. */
export function handoffOf(messages) {
  for (const m of messages) {
    const h = m && m.custom && typeof m.custom === "object" ? m.custom.handoff : null;
    if (h && typeof h === "object" && (h.state === "started" || h.state === "ended")) {
      const poll = typeof h.poll === "string" && h.poll.startsWith("/webhooks/") ? h.poll : null;
      return { state: h.state, poll, after: Number.isInteger(h.after) && h.after >= 0 ? h.after : 0 };
    }
  }
  return null;
}

/** One poll; throws on a network error or a bad answer (the caller tries again later). */
export async function pollHandoff(rasaUrl, { poll, sender, after }, timeoutMs = 15000) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const url = `${rasaUrl}${poll}?sender=${encodeURIComponent(sender)}&after=${encodeURIComponent(after)}`;
    const response = await fetch(url, {
      method: "GET",
      headers: { Accept: "application/json" },
      credentials: "omit",
      cache: "no-store",
      signal: controller.signal,
    });
    if (!response.ok) throw new Error(`http ${response.status}`);
    const body = await response.json();
    if (!body || !Array.isArray(body.messages)) throw new Error("unexpected answer");
    return {
      messages: body.messages.filter((m) => m && typeof m === "object" && Number.isInteger(m.id)),
      handedOver: body.handed_over === true,
    };
  } finally {
    clearTimeout(timer);
  }
}
