/**
 * A card typed as a form lists every choice with a box before it ("MECHANISM: [ ] Artillery [x] Burn [ ] Fall"). Only
 * a ticked box says something of the casualty: an empty box's words are blanked (blanked-text.ts, offsets kept), up
 * to the next box or the end of the line, and every box itself, so "[x] Fentanyl 50 mcg IV 2157" reads as it is said.
 * A line of blanks to fill ("TQ:  R Arm ____  L Arm ____  R Leg _1124_") is read the same way: a blank left empty
 * takes its label with it, a filled one keeps its words without the underscores. Words struck through on a board
 * typed out ("TXA 2g IV ~~0215~~ 0218"), or that a transcriber notes as crossed out ("TQ [crossed out: R] L arm",
 * "Fent 100mcg IV [struck through]": the note closing a line strikes the line), are taken back, as a correction takes
 * them back. A checklist, one box
 * opening each line ("[x] TXA 2g IO 0630" over "[ ] fent lolly - already got ket"), is a line of boxes read down:
 * a line whose box is empty is a step not done, and goes whole.
 */
import { blank } from './blanked-text.js';

/** A box: "[ ]", "[x]", "[X]", "[✓]", "[_]", or the box characters ☐ ☑ ☒ ✅. */
const BOX = /\[\s*[xX✓✔_]?\s*\]|[☐☑☒✅]/gu;
const TICKED = /[xX✓✔☑☒✅]/u;

/**
 * Where a new field's label starts after a choice's words on the same line ("[ ] IO   Fluid: FDP 250 mL IV"): the
 * field is not part of the choice, so an empty box does not take it away.
 */
const NEXT_LABEL = /(?<=\S)\s+(?=[A-Za-z][A-Za-z /-]*:)/;

/** Least boxes a line must have before its empty ones are read as choices left unmade (one "[ ]" may be anything). */
const MIN_BOXES = 2;

/** A blank to fill, empty ("____") or filled ("_1124_"): the words written in it, if any. */
const SLOT = /_+([^_\s]*)_+/g;

/** A box opening a line, after its indent or a bullet: "  [ ] IV - blew both", "- [x] HPMK". */
const OPENING_BOX = /^[ \t]*(?:[-*•][ \t]*)?(\[\s*[xX✓✔_]?\s*\]|[☐☑☒✅])/u;

/** Words struck through, markdown's way, within a line: "~~0215~~". */
const STRUCK = /~~[^~\n]+~~/g;

/** A transcriber's note of words crossed out, the words in it: "[crossed out: Ertapenem 1g IV]", "[struck: 1430]". */
const STRUCK_NOTE = /\[(?:crossed|struck|scratched|scored|lined)(?: out| through)?:[^\]\n]*\]/gi;

/** A transcriber's note closing a line that the line's words were crossed out: "Fent 100mcg IV [struck through]". */
const STRUCK_LINE = /^.*\[(?:crossed|struck|scratched|scored|lined)(?: out| through)?\][ \t]*$/gim;

/**
 * `text` with its struck words, and its empty boxes and blanks with their words, taken out (on lines that offer
 * several boxes or blanks).
 */
export function withoutUntickedChoices(text: string): string {
  const unstruck = text.replace(STRUCK, blank).replace(STRUCK_NOTE, blank).replace(STRUCK_LINE, blank);
  if (unstruck.search(BOX) < 0 && !unstruck.includes('__')) return unstruck;
  const lines = unstruck.split('\n');
  const checklist = isChecklist(lines);
  return lines
    .map((line, i) =>
      checklist && isUntickedStep(line)
        ? blank(line)
        : withoutEmptyBlanks(withoutEmptyBoxes(line, continuedChoice(lines[i - 1], line))),
    )
    .join('\n');
}

/**
 * Lines opened by boxes, ticked and empty both (a list all empty or all ticked may be a form's own legend), and
 * at least MIN_BOXES of them: a checklist of steps, not a stray "[ ]".
 */
function isChecklist(lines: string[]): boolean {
  const boxes = lines.map((line) => OPENING_BOX.exec(line)?.[1]).filter((box) => box !== undefined);
  const ticked = boxes.filter((box) => TICKED.test(box)).length;
  return boxes.length >= MIN_BOXES && ticked > 0 && ticked < boxes.length;
}

/** A line opened by an empty box and holding no other box (a line of several is read box by box). */
function isUntickedStep(line: string): boolean {
  const box = OPENING_BOX.exec(line)?.[1];
  return box !== undefined && !TICKED.test(box) && [...line.matchAll(BOX)].length === 1;
}

/** A line of blanks with their empty ones blanked with their labels (the words since the last blank or colon). */
function withoutEmptyBlanks(line: string): string {
  const slots = [...line.matchAll(SLOT)];
  if (slots.length < MIN_BOXES) return line;
  let out = '';
  let from = 0;
  for (const slot of slots) {
    const at = slot.index ?? 0;
    const before = line.slice(from, at);
    const labelAt = before.lastIndexOf(':') + 1;
    if (slot[1]) out += before + slot[0].replace(/_/g, ' ');
    else out += before.slice(0, labelAt) + blank(before.slice(labelAt) + slot[0]);
    from = at + slot[0].length;
  }
  return out + line.slice(from);
}

/** The word a scanned line breaks off at its end, finished at the start of the next ("[ ] Prior" over "ity [ ] Routine"). */
const WORD_END = /^[a-z]+(?=\s)/;

/**
 * Whether `line` goes on with a choice the line of boxes before it broke off ("EVAC: [X] Urg-Surg [ ] Prior" over
 * "ity [ ] Routine"): it opens on the rest of a word and holds a box. Then the broken choice's box, ticked or not,
 * is the one its ending's words are read by; otherwise null.
 */
function continuedChoice(before: string | undefined, line: string): { ticked: boolean } | null {
  const boxes = before === undefined ? [] : [...before.matchAll(BOX)];
  const last = boxes.at(-1);
  if (boxes.length < MIN_BOXES || !last || !WORD_END.test(line) || line.search(BOX) < 0) return null;
  // The broken choice's words run from its box to the line's end, with no other field after them.
  return /^[^:[\]]*$/.test(before!.slice((last.index ?? 0) + last[0].length)) ? { ticked: TICKED.test(last[0]) } : null;
}

/** Where the field holding the box at `at` starts: after the last colon or bar before it, else at the line's start. */
const fieldStart = (line: string, at: number): number =>
  Math.max(line.lastIndexOf(':', at - 1), line.lastIndexOf('|', at - 1)) + 1;

/**
 * Whether the field of box `i` writes each choice before its box ("Evac: Urgent [X] Priority [ ] Routine [ ]",
 * "Sex: M [X] F [ ] | Unit: …"): words open the field, and its last box ends it.
 */
function choicesBeforeBoxes(line: string, boxes: RegExpMatchArray[], i: number): boolean {
  const start = fieldStart(line, boxes[i].index ?? 0);
  const inField = boxes.filter((b) => fieldStart(line, b.index ?? 0) === start);
  const last = inField.at(-1)!;
  const after = line.slice((last.index ?? 0) + last[0].length);
  const ends = [after.indexOf('|'), after.search(NEXT_LABEL), after.length].filter((n) => n >= 0);
  return line.slice(start, inField[0].index).trim() !== '' && after.slice(0, Math.min(...ends)).trim() === '';
}

/**
 * A line of boxes with every box blanked, and the words after an empty one; on a line that goes on with a choice
 * broken off the line before (`continued`), its boxes are choices however few, and the choice's ending goes with it.
 * A field that writes its choices before their boxes blanks the words before an empty one instead. A lone ticked box is
 * blanked alone.
 */
function withoutEmptyBoxes(line: string, continued: { ticked: boolean } | null = null): string {
  const boxes = [...line.matchAll(BOX)];
  // A lone ticked box says its words as written ("Sex: [X] M"); a lone empty one may be anything.
  if (boxes.length < (continued ? 1 : MIN_BOXES))
    return line.replace(BOX, (box) => (TICKED.test(box) ? blank(box) : box));
  const head = continued ? line.slice(0, boxes[0].index ?? 0) : '';
  let out = continued && !continued.ticked ? blank(head) : head;
  let from = head.length;
  boxes.forEach((box, i) => {
    const at = box.index ?? 0;
    if (!continued && choicesBeforeBoxes(line, boxes, i)) {
      const start = Math.max(from, fieldStart(line, at));
      const words = line.slice(start, at);
      out += line.slice(from, start) + (TICKED.test(box[0]) ? words : blank(words)) + blank(box[0]);
      from = at + box[0].length;
      return;
    }
    const label = line.slice(at + box[0].length).search(NEXT_LABEL);
    const ends = label < 0 ? line.length : at + box[0].length + label;
    const next = Math.min(boxes[i + 1]?.index ?? line.length, ends);
    out += line.slice(from, at) + blank(box[0]);
    const words = line.slice(at + box[0].length, next);
    out += TICKED.test(box[0]) ? words : blank(words);
    from = next;
  });
  return out + line.slice(from);
}
