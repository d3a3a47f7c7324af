/** "Today" for builds and the CLI: `KB_TODAY=YYYY-MM-DD` (tests, previews of a date), else the date in Seoul. */

// One formatter for the process: constructing Intl.DateTimeFormat is costly and pages ask once each.
const seoulDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' });

export function today(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  const fixed = env.KB_TODAY?.trim();
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(Date.parse(fixed))) throw new Error(`KB_TODAY must be a date written YYYY-MM-DD, got "${fixed}"`);
    return fixed;
  }
  // Agents and editors work in Korea; a build at 01:00 KST must not say "yesterday".
  return seoulDate.format(now);
}
