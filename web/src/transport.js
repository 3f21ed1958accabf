// Rasa's REST channel: POST {rasa}/webhooks/rest/webhook
//   {"sender": id, "message": text, "metadata": {"language": "en"|"nl"|"fr"}}
// answers a JSON list of bot messages ({text, buttons, image, custom, ...}).

export class DeliveryError extends Error {
  constructor(reason) {
    super(reason);
    this.name = "DeliveryError";
    this.reason = reason; // for the console only; the user sees a kind message
  }
}

export async function sendToRasa(rasaUrl, { sender, message, language }, timeoutMs = 40000) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response;
  try {
    response = await fetch(`${rasaUrl}/webhooks/rest/webhook`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ sender, message, metadata: { language } }),
      credentials: "omit",
      signal: controller.signal,
    });
  } catch (error) {
    throw new DeliveryError(error && error.name === "AbortError" ? "timeout" : "network");
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) {
    throw new DeliveryError(`http ${response.status}`);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new DeliveryError("invalid json");
  }
  if (!Array.isArray(body)) {
    throw new DeliveryError("unexpected answer");
  }
  return body.filter((m) => m && typeof m === "object");
}

/** Rasa messages -> transcript items the widget knows how to show. Unknown
 * payloads are dropped: the user never sees raw JSON. */
export function toItems(messages, language) {
  const items = [];
  for (const m of messages) {
    const custom = m.custom;
    if (custom && typeof custom === "object" && custom.triage && typeof custom.triage === "object") {
      const t = custom.triage;
      items.push({
        role: "triage",
        level: typeof t.level === "string" ? t.level : "",
        language: typeof t.language === "string" ? t.language : language,
        lang: language,
      });
    }
    const text = typeof m.text === "string" ? m.text : "";
    const buttons = Array.isArray(m.buttons)
      ? m.buttons
          .filter((b) => b && typeof b === "object" && (b.title || b.payload))
          .map((b) => ({
            title: String(b.title || b.payload),
            payload: typeof b.payload === "string" ? b.payload : String(b.title),
            url: typeof b.url === "string" && b.url ? b.url : undefined,
          }))
      : [];
    const image = typeof m.image === "string" ? m.image : undefined;
    if (text || buttons.length || image) {
      items.push({ role: "bot", text, buttons, image, lang: language });
    }
  }
  return items;
}
