/**
 * The casualty's grid: MGRS after "grid"/"MGRS" or on line 1 of a 9-line, typed or spoken,
 * written upper-case without spaces ("38SMB44841234"). Anything that is not zone + three letters +
 * an even number of digits is not taken (a wrong grid is worse than none).
 */
import { claim } from './attributes.js';
import type { Doc } from './document.js';
import { countsAll, pastCount } from './grid-counts.js';
import { spanOf, type Found } from './found.js';
import { readSpelledCode, type SpelledCode } from './spelled.js';
import { marksEnemy } from './enemy-grids.js';
import { heardFromOthers } from './heard-grids.js';

// A card's location fields as well ("Loc: 14T PR 9982 0031", "PZ (all): …", "HLZ 38S MB 4484 1234") and the pickup
// said for its place ("Pickup for both is three eight sierra …"); only a well-formed grid is taken.
const GRID_TRIGGERS = new Set(['grid', 'mgrs', 'l1', 'loc', 'pz', 'lz', 'hlz', 'pickup']);
// "(all)", "(both)", "for everyone": a card's field marked as every casualty's; "grid figures …": a radio report's
// word for the grid.
const GRID_LEAD_INS = new Set([
  'for',
  'both',
  'all',
  'everyone',
  'everybody',
  'is',
  'was',
  'at',
  ':',
  ',',
  '(',
  ')',
  'figures',
]);
/** Triggers naming a landing zone or the pickup, which may be named before its grid ("LZ Kestrel, 42S VD 1350 7720"). */
const ZONE_TRIGGERS = new Set(['lz', 'hlz', 'pz', 'pickup']);

/** The first well-formed grid in the narrative. */
export function findGrid(doc: Doc): Found<string> | null {
  for (let i = 0; i < doc.tokens.length; i++) {
    const w = doc.tokens[i].norm;
    const lineOne =
      (w === 'line' || w === 'l') && (doc.tokens[i + 1]?.norm === '1' || doc.tokens[i + 1]?.norm === 'one');
    if (!GRID_TRIGGERS.has(w) && !lineOne) continue;
    // "fire from a compound at grid …": where the enemy was (enemy-grids.ts); another unit's call (heard-grids.ts).
    if (doc.excluded.has(doc.sentence[i]) || marksEnemy(doc.tokens, i) || heardFromOthers(doc, i)) continue;
    let from = lineOne ? i + 2 : i + 1;
    // "Pickup grid for both 38S MB …", "grid is …": words between the trigger and the grid.
    // "Grid for both, three eight sierra …", "grid for all three: 11S MS …", "for all three is …": a count after "all" is no zone.
    while (from - i <= 4 && (GRID_LEAD_INS.has(doc.tokens[from]?.norm ?? '') || countsAll(doc, from))) from++;
    if (ZONE_TRIGGERS.has(w)) from = pastZoneName(doc, from);
    from = pastSource(doc, from);
    const code = restartedCode(doc, readSpelledCode(doc, pastPause(doc, from)));
    const grid = code ? toGrid(pastCount(doc, code.start, leadingGrid(code.groups))) : null;
    if (code && grid) {
      // "… bravo one two three four, five six seven eight": the northing said after a pause belongs to it.
      const northing = code.groups.length === 3 ? digitsAfterComma(doc, code.end, code.groups[2].text.length) : null;
      const whole = northing ? toGrid(`${grid}${northing.digits}`) : null;
      const end = whole && northing ? northing.end : code.end;
      claim(doc, { start: code.start, end });
      return (
        correctedGrid(doc, end) ?? {
          value: whole ?? grid,
          span: spanOf(doc, code.start, end),
        }
      );
    }
    const plain = code ? readPlainGrid(doc, code) : null;
    if (plain) {
      claim(doc, plain);
      return { value: plain.value, span: spanOf(doc, plain.start, plain.end) };
    }
    // After a zone's label the words are its description ("HLZ behind the gym"): only "grid" is read past an aside.
    const late = ZONE_TRIGGERS.has(w) ? null : gridAfterAside(doc, from);
    if (late) {
      claim(doc, late);
      return correctedGrid(doc, late.end) ?? late;
    }
  }
  return typedGrid(doc);
}

/**
 * A grid typed in capitals with no word for it ("picked up from 42S WD 3381 6620", "LZ soccer field 38S NB 1208
 * 5531"): a zone typed onto its band letter is no other value's form, so the first such grid is the casualty's, as
 * said again after a word of correction. At least six digits, so no shorthand reads as one.
 */
function typedGrid(doc: Doc): Found<string> | null {
  for (let i = 0; i + 1 < doc.tokens.length; i++) {
    const [zone, band] = [doc.tokens[i], doc.tokens[i + 1]];
    if (zone.kind !== 'number' || !/^\d{1,2}$/.test(zone.raw) || band.spaced || !/^[A-Z]([A-Z]{2})?$/.test(band.raw))
      continue;
    if (doc.excluded.has(doc.sentence[i]) || doc.claimed[i]) continue;
    const code = readSpelledCode(doc, i);
    const grid = code?.start === i ? toGrid(leadingGrid(code.groups)) : null;
    if (!code || !grid || grid.length - zone.raw.length - 3 < 6) continue;
    claim(doc, { start: code.start, end: code.end });
    return (
      correctedGrid(doc, code.end) ?? {
        value: grid,
        span: spanOf(doc, code.start, code.end),
      }
    );
  }
  return null;
}

/** Most tokens said between a grid's label and the grid after a pause ("Grid to our location, …"). */
const ASIDE_REACH = 12;
/** Fewest digits of a grid read past an aside. */
const MIN_ASIDE_DIGITS = 6;
/** Where a grid's digits start: past its zone and square letters. */
const leadingLetters = (grid: string): number => grid.search(/[A-Z]{3}/) + 3;
/** Pauses after which the grid may come. */
const ASIDE_PAUSES = new Set([',', '.', '?', ':', '\n', '...', '\u2026', '-', '\u2014']);

/**
 * A whole grid (zone and square) said after a few words that follow the word "grid" and end at a pause: "Grid to our
 * location, 38S …", "Grid was, uh, …", "Grid. Hang on. …",
 * and a question answered on the next line ("Grid of the LZ?\nDOC: Four one romeo …"). Only a grid with its zone and
 * square, and no number said in the words between, so a time or a reading is never taken for one.
 */
function gridAfterAside(doc: Doc, from: number): (Found<string> & { start: number; end: number }) | null {
  for (let k = from; k < doc.tokens.length && k - from <= ASIDE_REACH; k++) {
    const t = doc.tokens[k];
    if (!ASIDE_PAUSES.has(t.norm)) {
      if (t.kind !== 'word') return null;
      continue;
    }
    const code = restartedCode(doc, readSpelledCode(doc, pastPause(doc, k + 1)));
    if (!code || code.groups[0]?.kind !== 'digits' || code.groups[1]?.kind !== 'letters') continue;
    const grid = toGrid(leadingGrid(code.groups));
    if (!grid) continue;
    const northing = code.groups.length === 3 ? digitsAfterComma(doc, code.end, code.groups[2].text.length) : null;
    const whole = northing ? toGrid(`${grid}${northing.digits}`) : null;
    const end = whole && northing ? northing.end : code.end;
    const value = whole ?? grid;
    // "… eight two — no, wait, five five two eight": a number said again has replaced the grid's digits; fewer than
    // six digits past an aside is no grid to trust.
    if (value.length - leadingLetters(value) < MIN_ASIDE_DIGITS) return null;
    return { value, span: spanOf(doc, code.start, end), start: code.start, end };
  }
  return null;
}

/** Words that say a grid said again is the right one ("correction, 37U DQ …", "corrected grid: …"). */
const GRID_CORRECTIONS = new Set(['correction', 'corrected', 'corr']);
/** Words between the correction and its grid ("correction on that grid, 42S …", "correction, the grid is …"). */
const CORRECTION_LEAD_INS = new Set([',', ':', '-', 'on', 'to', 'that', 'the', 'this', 'grid', 'is', 'should', 'be']);

/**
 * A whole grid (zone, letters, digits) said after a word of correction, after the grid that ends at token `after`:
 * it replaces that one ("grid 37U DQ 4417 2290 … correction, 37U DQ 4471 2290", "correction on that grid, 42S VD
 * 1250 8841, 1250 not 1205"). Only a grid with its zone and square, so a corrected time or dose is never one.
 */
function correctedGrid(doc: Doc, after: number): Found<string> | null {
  let found: Found<string> | null = null;
  for (let i = after; i < doc.tokens.length; i++) {
    if (!GRID_CORRECTIONS.has(doc.tokens[i].norm) || doc.excluded.has(doc.sentence[i])) continue;
    let from = i + 1;
    while (from - i <= 6 && CORRECTION_LEAD_INS.has(doc.tokens[from]?.norm ?? '')) from++;
    const code = readSpelledCode(doc, from);
    const grid = code && code.groups[1]?.kind === 'letters' ? toGrid(leadingGrid(code.groups)) : null;
    if (!code || !grid) continue;
    claim(doc, { start: code.start, end: code.end });
    found = { value: grid, span: spanOf(doc, code.start, code.end) };
  }
  return found;
}

/**
 * A grid said without its zone and square, as digits only: "grid eight seven three four, nine one two
 * zero" is 87349120. Easting and northing may be said apart (a comma between, each half the same length);
 * six to ten digits in all, an even count, so a time or a count is never read as one.
 */
function readPlainGrid(doc: Doc, code: SpelledCode): { value: string; start: number; end: number } | null {
  if (code.groups.length !== 1 || code.groups[0].kind !== 'digits') return null;
  let digits = code.groups[0].text;
  let end = code.end;
  if (doc.tokens[end]?.norm === ',') {
    const rest = readSpelledCode(doc, end + 1);
    if (
      rest &&
      rest.groups.length === 1 &&
      rest.groups[0].kind === 'digits' &&
      rest.groups[0].text.length === digits.length
    ) {
      digits += rest.groups[0].text;
      end = rest.end;
    }
  }
  if (digits.length < 6 || digits.length > 10 || digits.length % 2 !== 0) return null;
  return { value: digits, start: code.start, end };
}

/** The digits said after a comma at `end`, as many as `length` when given, and where they end. */
function digitsAfterComma(doc: Doc, end: number, length?: number): { digits: string; end: number } | null {
  if (doc.tokens[end]?.norm !== ',') return null;
  const rest = readSpelledCode(doc, end + 1);
  if (!rest || rest.groups.length !== 1 || rest.groups[0].kind !== 'digits') return null;
  if (length !== undefined && rest.groups[0].text.length !== length) return null;
  return { digits: rest.groups[0].text, end: rest.end };
}

/**
 * "four-two-sierra-whiskey-delta, eight-one-four-four, two-six-zero-zero": a zone and square said before a pause, the
 * easting after it; the northing, said after another, is read as any grid's is.
 */
function withDigitsApart(doc: Doc, code: SpelledCode | null): SpelledCode | null {
  if (code?.groups.length !== 2 || code.groups[0].kind !== 'digits' || code.groups[1].kind !== 'letters') return code;
  const easting = digitsAfterComma(doc, code.end);
  return easting
    ? {
        ...code,
        groups: [...code.groups, { kind: 'digits', text: easting.digits }],
        end: easting.end,
      }
    : code;
}

/** Past the pauses and the radio's "stand by" at `i` ("Grid... stand by... three-five-tango …"). */
function pastPause(doc: Doc, i: number): number {
  for (;;) {
    const w = doc.tokens[i]?.norm;
    if (w === '...' || w === '\u2026') i++;
    else if (w === 'stand' && doc.tokens[i + 1]?.norm === 'by') i += 2;
    else return i;
  }
}

/**
 * A grid broken off at a pause and said again whole ("four-two-sierra... stand by... four-two-sierra-whiskey-delta"):
 * the code said again when it opens with all the broken one said; else the code as read.
 */
function restartedCode(doc: Doc, read: SpelledCode | null): SpelledCode | null {
  let code = withDigitsApart(doc, read);
  while (code) {
    const next = pastPause(doc, code.end);
    const again = next > code.end ? withDigitsApart(doc, readSpelledCode(doc, next)) : null;
    const said = leadingGrid(code.groups);
    if (!again || !leadingGrid(again.groups).startsWith(said) || leadingGrid(again.groups) === said) return code;
    code = again;
  }
  return code;
}

/** Past the name of a landing zone said before its grid ("LZ Kestrel, 42S VD …"): one capitalised word and a comma. */
function pastZoneName(doc: Doc, i: number): number {
  const [name, comma] = [doc.tokens[i], doc.tokens[i + 1]];
  return name?.kind === 'word' && /^[A-Z][a-z]+$/.test(name.raw) && comma?.norm === ',' ? i + 2 : i;
}

/** Where a grid was read from, said before it ("Grid off the GPS, 13S …", "grid from my DAGR: …"): up to three words. */
function pastSource(doc: Doc, i: number): number {
  if (!['off', 'from'].includes(doc.tokens[i]?.norm ?? '')) return i;
  for (let k = i + 1; k <= i + 4 && doc.sentence[k] === doc.sentence[i]; k++)
    if ([',', ':'].includes(doc.tokens[k].norm)) return k + 1;
  return i;
}

/** Zone digits, letters, then the digit groups that follow; anything after is not part of the grid. */
function leadingGrid(groups: SpelledCode['groups']): string {
  let k = 0;
  let out = '';
  if (groups[k]?.kind === 'digits') out += groups[k++].text;
  if (groups[k]?.kind === 'letters') out += groups[k++].text;
  while (groups[k]?.kind === 'digits') out += groups[k++].text;
  return out;
}

/** Validates zone (1-60), band and square letters, and an even number (2-10) of digits. */
function toGrid(code: string): string | null {
  let i = 0;
  while (i < code.length && i < 2 && code.charCodeAt(i) >= 48 && code.charCodeAt(i) <= 57) i++;
  const zone = Number(code.slice(0, i));
  if (i === 0 || zone < 1 || zone > 60) return null;
  const letters = code.slice(i, i + 3);
  if (!/^[A-Z]{3}$/.test(letters)) return null;
  const digits = code.slice(i + 3);
  if (!/^[0-9]*$/.test(digits) || digits.length < 2 || digits.length > 10 || digits.length % 2 !== 0) return null;
  return `${code.slice(0, i)}${letters}${digits}`;
}
