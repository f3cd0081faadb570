/**
 * An e-mail forwarded with the thread below it: its header lines ("From: SPC Luis Vasquez (3rd PLT medic)", "To:",
 * "Cc:", "Sent:"), its sign-off ("v/r, LT Carver") and the marks that quote an earlier message ("> ") name the people
 * writing and reading it, never a casualty, and date the mail, never the care. They are blanked (blanked-text.ts); the
 * quoted words are read as any others, so "> 1. SPC Hannah Whitfield, driver" opens a line as it did when first sent.
 * The thread is read oldest message first (rewritten-text.ts), so a reply's correction comes after what it corrects.
 */
import { blank, blankRange } from './blanked-text.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { RewrittenText } from './rewritten-text.js';

/** A header line of a mail, after any quote marks; "Subject:" stays, as it may say what happened. */
const HEADER = /^((?:>\s?)*)(?:from|to|cc|bcc|sent|date|sender|recipients?)\s*:.*$/i;
/** A mail's "From:" line, after any quote marks: with one other header line, what says a narrative is mail. */
const FROM = /^(?:>\s?)*from\s*:/i;
/** A sign-off and the name on it ("v/r, LT Carver", "V/R", "Very respectfully, SGT Ames"). */
const SIGN_OFF = /^((?:>\s?)*)(?:v\/r|very respectfully|respectfully)\b.*$/i;
/** A sign-off alone on its line ("V/r,"): the writer signs on the line under it ("SGT Priya Raman, 68W"). */
const BARE_SIGN_OFF = /^(?:>\s?)*(?:v\/r|very respectfully|respectfully)\s*,?\s*$/i;
/** Most words a signature under a sign-off has (rank, names, a title: "SGT Daniel Kim, 68W, 2nd PLT medic"). */
const MAX_SIGNATURE_WORDS = 8;
/**
 * A letter's salutation alone on its first line ("LTC Abernathy,", "Dear Major Ruiz,"): with a sign-off, what says a
 * narrative is a letter, mail with no headers. The names after the rank or "Dear" are captured.
 */
const SALUTATION = /^\s*([Dd]ear\s+)?(\d?[A-Za-z]{2,9})\.?((?:\s+[A-Z][A-Za-z'-]+){1,2})\s*,\s*$/;
/** A mail's "Subject:" line, after any quote marks: with a sign-off, what says a narrative is mail with no "From:". */
const SUBJECT_LINE = /^(?:>\s?)*subject\s*:/i;
/** The quote marks opening a line ("> ", ">> ", "> > "). */
const QUOTE_MARKS = /^(?:>[ \t]?)+/;

/** The lines that name who wrote a mail or got it ("From:", "To:", "Cc:"), after any quote marks. */
const PEOPLE_LINE = /^(?:>\s?)*(?:from|to|cc|bcc)\s*:(.*)$/i;
/** A rank (or "Doc") and a capitalized surname: who a header line names ("SFC Ray Pike", "1LT Carver"). */
const RANKED = /\b(\d?[A-Za-z]{2,5})\.?\s+(?:[A-Z][a-z'-]+\s+)*?([A-Z][a-z'-]+)(?=\s*(?:[(;,]|$))/g;

const isRank = (word: string): boolean => RANK_WORDS.has(word.toLowerCase()) || word.toLowerCase() === 'doc';

/** The surnames of the people the mail's header lines name. */
function peopleOf(lines: readonly string[]): Set<string> {
  const surnames = new Set<string>();
  for (const line of lines) {
    const said = PEOPLE_LINE.exec(line)?.[1] ?? '';
    for (const [, rank, surname] of said.matchAll(RANKED)) if (isRank(rank)) surnames.add(surname);
  }
  return surnames;
}

/**
 * `line` with each of `people` said by rank or "Doc" blanked: "SFC Pike - one correction: …" greets a reader,
 * "Note Doc Vasquez's fix below" names the writer; neither is a casualty.
 */
function withoutPeople(line: string, people: ReadonlySet<string>): string {
  let out = line;
  // A lookahead keeps the surname unread, so a word before the rank ("below. Doc Imrie") takes nothing from it.
  for (const m of line.matchAll(/\b(\d?[A-Za-z]{2,5})(?=(\.?\s+)([A-Z][a-z'-]+))/g)) {
    const [rank, gap, surname] = [m[1], m[2], m[3]];
    if (isRank(rank) && people.has(surname.replace(/'s$/, '')))
      out = blankRange(out, m.index, m.index + rank.length + gap.length + surname.length);
  }
  return out;
}

/** The line that opens a message of a thread: its "From:" or the line set above an earlier message. */
const OPENS_MESSAGE = /^(?:>\s?)*(?:from\s*:|-{3,}\s*(?:original|forwarded) message\s*-{3,})/i;

/**
 * A mail, and the thread quoted below it, read oldest message first, as it happened: the first report, then each
 * reply's corrections and adds after what they correct. Its headers, sign-offs, quote marks and the people its headers
 * name are blanked. Null when the narrative is no mail (a "From:" line and another header line say it is one).
 */
export function readMail(text: string): RewrittenText | null {
  const lines = text.split('\n');
  const fromLines = lines.filter((l) => FROM.test(l)).length;
  const otherHeaders = lines.filter((l) => HEADER.test(l) && !FROM.test(l)).length;
  // A mail pasted from its subject down ("Subject: …", "Sir, …", "V/r, SGT Kim") has lost its other headers.
  const signedOff = lines.some((l) => SIGN_OFF.test(l));
  const subjectAndSignOff = lines.some((l) => SUBJECT_LINE.test(l)) && signedOff;
  const letter = signedOff && salutes(lines);
  if ((fromLines === 0 || otherHeaders === 0) && !subjectAndSignOff && !letter) return null;
  const blanked = blankedMail(lines, letter);
  const starts = [0];
  let at = 0;
  lines.forEach((line, k) => {
    // A message's "From:" right under the separator line opens the same message.
    if (k > 0 && OPENS_MESSAGE.test(line) && !OPENS_MESSAGE.test(lines[k - 1]) && at > 0) starts.push(at);
    at += line.length + 1;
  });
  const rewritten = new RewrittenText();
  for (let m = starts.length - 1; m >= 0; m--) {
    const end = m + 1 < starts.length ? starts[m + 1] : text.length;
    rewritten.copy(blanked, starts[m], end);
    if (!blanked.slice(starts[m], end).endsWith('\n')) rewritten.join('\n');
  }
  return rewritten;
}

/**
 * True when the first line said greets someone by rank and surname ("CPT Haller,"), or as "Dear …", and says nothing
 * else. A rank, first name and surname with no "Dear" ("SPC Dana Ruiz,") is how a card names its casualty, not how a
 * writer greets a reader.
 */
function salutes(lines: readonly string[]): boolean {
  const m = SALUTATION.exec(lines.find((l) => l.trim() !== '') ?? '');
  if (m === null) return false;
  return m[1] !== undefined || (isRank(m[2]) && m[3].trim().split(/\s+/).length === 1);
}

/**
 * The mail's lines with its headers, sign-offs, quote marks, greetings and the people its headers name blanked; a
 * letter opens on its greeting.
 */
function blankedMail(lines: readonly string[], letter: boolean): string {
  const people = peopleOf(lines);
  let greeting = letter;
  let signature = false;
  return lines
    .map((line) => {
      const marks = QUOTE_MARKS.exec(line)?.[0] ?? '';
      const said = line.slice(marks.length);
      // The writer's name under a sign-off alone on its line names no casualty.
      if (signature && said.trim() !== '') {
        signature = false;
        if (said.trim().split(/\s+/).length <= MAX_SIGNATURE_WORDS) return blank(line);
      }
      if (BARE_SIGN_OFF.test(line)) signature = true;
      if (HEADER.test(line) || SIGN_OFF.test(line) || SUBJECT.test(said)) {
        // The first words under a message's headers may greet its reader ("Sir - forwarding …", "XO, one fix …").
        greeting = true;
        const subject = SUBJECT.exec(said)?.[0];
        return subject ? blank(marks + subject) + said.slice(subject.length) : blank(line);
      }
      const words = withoutPeople(said, people);
      const opening = greeting && words.trim() !== '';
      if (opening) greeting = false;
      return blank(marks) + (opening ? withoutGreeting(words) : words);
    })
    .join('\n');
}

/** A subject line's label: what follows may say what happened ("2x injured - M-ATV rollover"), the label is no word. */
const SUBJECT = /^subject\s*:/i;
/** Words a mail greets its reader with, besides a rank ("LT,") or a role said as one ("XO,", "Doc,", "Top -"). */
const GREETINGS = new Set([
  'sir',
  "ma'am",
  'maam',
  'all',
  'team',
  'gents',
  'folks',
  'hi',
  'hello',
  'dear',
  'good',
  'xo',
  'co',
  'doc',
  'top',
]);
/** One to three words and the comma or dash after them, opening a line. */
const GREETING = /^(\s*)([A-Za-z][A-Za-z'.]*(?:[ \t]+[A-Za-z][A-Za-z'.]*){0,2})[ \t]*(?:,|[ \t][-\u2013][ \t])/;

/** `line` with the greeting that opens it blanked ("Sir - ", "XO, ", "Ma'am,"), when one does. */
function withoutGreeting(line: string): string {
  const m = GREETING.exec(line);
  const first = m?.[2].split(/\s+/)[0].toLowerCase().replace(/\.$/, '') ?? '';
  return m && (GREETINGS.has(first) || isRank(first)) ? blankRange(line, m[1].length, m[0].length) : line;
}
