// Successive requests whose answers may arrive out of order (the pack's pages while the
// user keeps changing the selection): only the newest request's answer is used, an older
// one arriving late is dropped.

/** Hands out a ticket per request and says whether a ticket is still the newest. */
export class Latest {
  private newest = 0;

  /** A new request begins: every earlier ticket is stale from now on. */
  begin(): number {
    return ++this.newest;
  }

  /** Whether no request began after the one holding `ticket`. */
  isCurrent(ticket: number): boolean {
    return ticket === this.newest;
  }

  /** Makes every ticket handed out so far stale (e.g. the screen is closed). */
  forget(): void {
    this.newest++;
  }
}

/** What a request made through `latestOnly` gives: its value, or that it was replaced. */
export type Outcome<T> = { current: true; value: T } | { current: false };

/** Runs `work` as a new request of `latest`: its value comes back only if no newer
 *  request began while it ran (an error too, else it is dropped with its value). */
export async function latestOnly<T>(latest: Latest, work: () => Promise<T>): Promise<Outcome<T>> {
  const ticket = latest.begin();
  try {
    const value = await work();
    return latest.isCurrent(ticket) ? { current: true, value } : { current: false };
  } catch (e) {
    if (latest.isCurrent(ticket)) throw e;
    return { current: false };
  }
}
