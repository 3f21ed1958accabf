// The conversation survives page reloads and navigation within the site:
// the sender id and the transcript are kept in localStorage, whether the panel
// is open in sessionStorage. A conversation left alone for longer than
// `maxIdleMinutes` (Rasa's session_expiration_time, 60 by default) starts afresh
// with a new sender id, so an old transcript of health answers does not linger
// on a shared phone.

const VERSION = 1;

function safeStore(kind) {
  try {
    const store = window[kind];
    const probe = "__lbp_chat_probe__";
    store.setItem(probe, "1");
    store.removeItem(probe);
    return store;
  } catch {
    // Blocked storage (private mode, third-party iframe...): keep it in memory.
    const memory = new Map();
    return {
      getItem: (k) => (memory.has(k) ? memory.get(k) : null),
      setItem: (k, v) => memory.set(k, String(v)),
      removeItem: (k) => memory.delete(k),
    };
  }
}

export function randomId() {
  if (window.crypto && typeof window.crypto.randomUUID === "function") {
    return window.crypto.randomUUID();
  }
  const bytes = new Uint8Array(16);
  window.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export class ConversationStore {
  constructor(rasaUrl, maxIdleMinutes) {
    this.key = `lbp-chat:v${VERSION}:${rasaUrl}`;
    this.openKey = `${this.key}:open`;
    this.maxIdleMs = Math.max(1, maxIdleMinutes) * 60 * 1000;
    this.local = safeStore("localStorage");
    this.session = safeStore("sessionStorage");
  }

  /** The stored conversation, or null when there is none (or it expired). */
  load() {
    let state = null;
    try {
      state = JSON.parse(this.local.getItem(this.key) || "null");
    } catch {
      state = null;
    }
    if (!state || state.v !== VERSION || typeof state.sender !== "string" || !Array.isArray(state.items)) {
      return null;
    }
    if (typeof state.updatedAt !== "number" || Date.now() - state.updatedAt > this.maxIdleMs) {
      this.clear();
      return null;
    }
    return state;
  }

  save(state) {
    const data = { ...state, v: VERSION, updatedAt: Date.now() };
    try {
      this.local.setItem(this.key, JSON.stringify(data));
    } catch {
      // Quota exceeded: drop the oldest half of the transcript and try once more.
      data.items = data.items.slice(Math.floor(data.items.length / 2));
      try {
        this.local.setItem(this.key, JSON.stringify(data));
      } catch {
        /* the conversation still works, it just won't survive a reload */
      }
    }
  }

  clear() {
    this.local.removeItem(this.key);
  }

  get open() {
    return this.session.getItem(this.openKey) === "1";
  }

  set open(value) {
    if (value) this.session.setItem(this.openKey, "1");
    else this.session.removeItem(this.openKey);
  }
}
