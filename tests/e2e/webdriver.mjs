// A small W3C WebDriver client over fetch, enough to drive the app through tauri-driver.
// No browser downloads, no dependencies.

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
export const DRIVER = process.env.E2E_DRIVER_URL ?? "http://127.0.0.1:4444";

async function request(method, path, body) {
  const res = await fetch(`${DRIVER}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    // A request the driver never answers fails the test instead of hanging the run.
    signal: AbortSignal.timeout(Number(process.env.E2E_REQUEST_TIMEOUT_MS ?? 90_000)),
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${method} ${path}: HTTP ${res.status}: ${text.slice(0, 300)}`);
  }
  if (!res.ok || (json.value && json.value.error)) {
    const v = json.value ?? {};
    const err = new Error(`${method} ${path}: ${v.error ?? res.status}: ${v.message ?? text.slice(0, 300)}`);
    err.code = v.error;
    throw err;
  }
  return json.value;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits until the driver answers GET /status with ready. */
export async function waitForDriver(timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs;
  let last;
  while (Date.now() < end) {
    try {
      const res = await fetch(`${DRIVER}/status`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) {
        const body = await res.json();
        if (body.value?.ready !== false) return body.value;
      }
    } catch (e) {
      last = e;
    }
    await sleep(200);
  }
  throw new Error(`tauri-driver did not answer on ${DRIVER}/status: ${last?.message ?? "not ready"}`);
}

/** Polls `fn` until it returns a truthy value (or the time is up). */
export async function until(fn, { timeout = 15_000, interval = 100, what = "condition" } = {}) {
  const end = Date.now() + timeout;
  let lastError;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      lastError = e;
    }
    await sleep(interval);
  }
  throw new Error(`timed out waiting for ${what}${lastError ? `: ${lastError.message}` : ""}`);
}

export class Session {
  constructor(id) {
    this.id = id;
  }

  /** Starts the app (tauri-driver launches `application`) and connects to its window. */
  static async start(application, args = []) {
    const value = await request("POST", "/session", {
      capabilities: {
        alwaysMatch: {
          browserName: "wry",
          "tauri:options": { application, args },
        },
      },
    });
    return new Session(value.sessionId);
  }

  cmd(method, path, body) {
    return request(method, `/session/${this.id}${path}`, body);
  }

  async end() {
    try {
      await request("DELETE", `/session/${this.id}`);
    } catch {
      // The app may already be gone.
    }
  }

  /** The first element matching a CSS selector, or null. */
  async find(css) {
    try {
      const v = await this.cmd("POST", "/element", { using: "css selector", value: css });
      return new Element(this, v[ELEMENT]);
    } catch (e) {
      if (e.code === "no such element") return null;
      throw e;
    }
  }

  async findAll(css) {
    const v = await this.cmd("POST", "/elements", { using: "css selector", value: css });
    return v.map((x) => new Element(this, x[ELEMENT]));
  }

  /** Waits for an element to exist. */
  waitFor(css, timeout = 15_000) {
    return until(() => this.find(css), { timeout, what: css });
  }

  /** Waits for the element whose text contains `text`. */
  async waitForText(css, text, timeout = 15_000) {
    return until(
      async () => {
        for (const el of await this.findAll(css)) {
          if ((await el.text()).includes(text)) return el;
        }
        return null;
      },
      { timeout, what: `${css} containing “${text}”` },
    );
  }

  execute(script, args = []) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }

  /** The page as PNG bytes. */
  async screenshot() {
    return Buffer.from(await this.cmd("GET", "/screenshot"), "base64");
  }

  setWindowRect(rect) {
    return this.cmd("POST", "/window/rect", rect);
  }
}

export class Element {
  constructor(session, id) {
    this.session = session;
    this.id = id;
  }
  cmd(method, path, body) {
    return this.session.cmd(method, `/element/${this.id}${path}`, body);
  }
  click() {
    return this.cmd("POST", "/click", {});
  }
  async type(text) {
    return this.cmd("POST", "/value", { text });
  }
  clear() {
    return this.cmd("POST", "/clear", {});
  }
  text() {
    return this.cmd("GET", "/text");
  }
  attribute(name) {
    return this.cmd("GET", `/attribute/${name}`);
  }
  property(name) {
    return this.cmd("GET", `/property/${name}`);
  }
  enabled() {
    return this.cmd("GET", "/enabled");
  }
}
