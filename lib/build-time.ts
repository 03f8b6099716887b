/**
 * When the pages are built: now, or `SITE_BUILD_TIME` (an ISO date and time) to build the site as of
 * another moment, as the browser tests do so that they do not depend on the day they run.
 */
export function buildTime(): Date {
  const fixed = process.env.SITE_BUILD_TIME;
  if (!fixed) return new Date();
  const time = new Date(fixed);
  if (Number.isNaN(time.getTime())) throw new Error(`SITE_BUILD_TIME='${fixed}' is not a date: write it as 2026-11-21T12:00:00Z, or unset it`);
  return time;
}
