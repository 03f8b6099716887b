/** Video positions as organisers write them ("24:25", "1h2m3s", "1465") and as the site shows them. */

const SECONDS_ONLY = /^(\d+)s?$/i;
const MINUTES_SECONDS = /^(\d{1,2}):(\d{2})$/;
const HOURS_MINUTES_SECONDS = /^(\d+):(\d{2}):(\d{2})$/;
// YouTube's own `t=` style; at least one unit must be present (checked below).
const UNITS = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/i;

/** Seconds from a timestamp, or null when the text is not one. */
export function parseTimestamp(text: string): number | null {
  const value = text.trim();
  if (value === "") return null;

  const seconds = SECONDS_ONLY.exec(value);
  if (seconds) return Number(seconds[1]);

  const short = MINUTES_SECONDS.exec(value);
  if (short) return fromParts(0, Number(short[1]), Number(short[2]));

  const long = HOURS_MINUTES_SECONDS.exec(value);
  if (long) return fromParts(Number(long[1]), Number(long[2]), Number(long[3]));

  const units = UNITS.exec(value);
  if (units && (units[1] ?? units[2] ?? units[3]) !== undefined) {
    return Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60 + Number(units[3] ?? 0);
  }
  return null;
}

// "1:75" is a typo, not 2:15: colon forms must be real clock readings.
function fromParts(hours: number, minutes: number, seconds: number): number | null {
  if (minutes >= 60 || seconds >= 60) return null;
  return hours * 3600 + minutes * 60 + seconds;
}

/** "0:00", "1:34", "24:25", "1:01:01" — the way YouTube shows positions. */
export function formatTimestamp(seconds: number): string {
  const total = Number.isFinite(seconds) ? Math.max(0, Math.floor(seconds)) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${secs}` : `${minutes}:${secs}`;
}

/** The talk playing at `seconds`: the last one that started at or before it. */
export function talkAt<T extends { start: number | null }>(talks: readonly T[], seconds: number): T | null {
  let current: T | null = null;
  for (const talk of talks) {
    if (talk.start !== null && talk.start <= seconds && (current?.start ?? -1) <= talk.start) current = talk;
  }
  return current;
}
