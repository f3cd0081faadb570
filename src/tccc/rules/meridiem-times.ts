/**
 * A 12-hour clock time said bare among times said with "pm" ("TQ on, 9:14 pm … chest seal, 9:17 … fentanyl,
 * 9:22 pm"): the medic keeps the evening clock of the times around it, so "9:17" is 21:17, not 09:17. Read only
 * when a time said with its am/pm lies within an hour and a half of it on the clock; else it is left as written.
 */

/** "9:17", "11:05": a time written with a colon and no am/pm or "hours" after it. */
const BARE = /(?<![\d:.])(\d{1,2}):([0-5]\d)(?![\d:])(?!\s*(?:[ap]\.?\s?m\b|hours?\b|hrs\b)|[ap]\b)/gi;
/** "9:14 pm", "10:05 p.m.", "2 pm". */
const STATED = /(?<![\d:.])(\d{1,2})(?::([0-5]\d))?\s*([ap])\.?\s?m\b/gi;

/** How far apart two 12-hour times may be, in minutes, for the bare one to keep the other's am/pm. */
const NEAR = 90;

/**
 * The text with each bare 12-hour time near a "pm" time written as the 24-hour time it is ("9:17" as "2117"), same
 * length, so offsets into the text hold.
 */
export function withStatedMeridiems(text: string): string {
  const stated = [...text.matchAll(STATED)]
    .filter((m) => Number(m[1]) >= 1 && Number(m[1]) <= 12)
    .map((m) => ({ at: m.index, minutes: (Number(m[1]) % 12) * 60 + Number(m[2] ?? 0), pm: /p/i.test(m[3]) }));
  if (stated.length === 0) return text;
  return text.replace(BARE, (said: string, h: string, mm: string, at: number) => {
    const hour = Number(h);
    if (hour < 1 || hour > 11) return said;
    const minutes = hour * 60 + Number(mm);
    const nearest = stated.reduce((a, b) => (Math.abs(b.at - at) < Math.abs(a.at - at) ? b : a));
    if (!nearest.pm || Math.abs(nearest.minutes - minutes) > NEAR) return said;
    const evening = `${hour + 12}${mm}`;
    return evening.padStart(said.length, ' ');
  });
}
