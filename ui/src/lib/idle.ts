// Tells Rust that the user is at the keyboard or mouse, so an encrypted library does not
// lock itself under their hands. Rust keeps the clock and does the locking; the window
// only reports activity, at most once per `everyMs`: the first event at once, and the
// last one of a busy stretch when the stretch is over (so the clock never runs ahead of
// what the user did).

/** The events that count as the user being there. */
export const ACTIVITY_EVENTS = ["keydown", "pointerdown", "pointermove", "wheel", "touchstart"] as const;

/** How often activity is reported for a lock after `lockAfterSeconds`: a tenth of it, 0.25–30 s. */
export function reportEvery(lockAfterSeconds: number): number {
  return Math.min(30_000, Math.max(250, (lockAfterSeconds * 1000) / 10));
}

/** A function to call on every event; it calls `send` at most once per `everyMs`. */
export function activityReporter(send: () => void, everyMs: number, now: () => number = Date.now) {
  let last = -Infinity;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    last = now();
    send();
  };
  const activity = () => {
    const since = now() - last;
    if (since >= everyMs) {
      clearTimeout(trailing);
      trailing = undefined;
      report();
    } else if (trailing === undefined) {
      trailing = setTimeout(() => {
        trailing = undefined;
        report();
      }, everyMs - since);
    }
  };
  activity.stop = () => {
    clearTimeout(trailing);
    trailing = undefined;
  };
  return activity;
}
