/**
 * A note kept in a shared document, edited after the fact with dated notes in brackets: "[edit 1530: spelling per
 * roster sheet]", "[edit 1540: 18g IV L AC 1425] [edit 1548: taking back the 1540 edit – IV was attempted, blew, never
 * ran. leave it out]", "[edit 1545: removed Zofran line] [edit 1550: put it back – Zofran WAS given]". The time an
 * edit was made is when it was typed, no time of care, so it is blanked; an edit taken back by a later one ("scratch my
 * 1125 edit", "taking back the 1540 edit", "put it back") is void, and so is the edit taking it back: both are blanked
 * (blanked-text.ts, offsets kept), leaving what the note said before them.
 */
import { blankRange } from './blanked-text.js';

/** An edit note in brackets and its stamp: "[edit 1530: …]", "[Edit 1548 - …]", "[edited 0915, SGT Price: …]". */
const EDIT = /\[\s*(edit(?:ed)?\s+(\d{4})\b[^:\]–-]{0,30}[:–-])([^\]]*)\]/gi;
/** An edit's opening words taking back an earlier edit, by its time or as the one before ("put it back", not "put it
 * back on", a tourniquet re-applied). */
const TAKES_BACK =
  /^\s*(?:(?:scratch|taking back|take back|took back|undo|undoing|ignore|disregard|reverting|revert)\b[^\]]{0,20}?\b(?:(\d{4})\s+)?edit\b|put (?:it|that|them) back\b(?!\s+(?:on|in|up)\b))/i;

interface Edit {
  start: number;
  end: number;
  /** The stamp ("edit 1530:"), blanked in every edit kept. */
  stampEnd: number;
  time: string;
  body: string;
}

/** `text` with each edit's stamp blanked, and each edit taken back blanked whole with the one taking it back. */
export function withoutEditStamps(text: string): string {
  const edits: Edit[] = [...text.matchAll(EDIT)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    stampEnd: m.index + m[0].indexOf(m[1]) + m[1].length,
    time: m[2],
    body: m[3],
  }));
  if (edits.length === 0) return text;
  const cancelled = new Set<Edit>();
  edits.forEach((edit, n) => {
    const back = TAKES_BACK.exec(edit.body);
    if (!back) return;
    const earlier = edits.slice(0, n).filter((e) => !cancelled.has(e));
    const named = back[1] ? earlier.find((e) => e.time === back[1]) : earlier[earlier.length - 1];
    if (!named) return;
    cancelled.add(named).add(edit);
  });
  let out = text;
  for (const edit of edits)
    out = cancelled.has(edit) ? blankRange(out, edit.start, edit.end) : blankRange(out, edit.start, edit.stampEnd);
  return out;
}
