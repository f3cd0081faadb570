/**
 * One line of a patient-tracking system's audit log: when it was saved, what was done, to which patient's field, the
 * value and, apart from it, the clinical time the user entered. Systems write these lines in many ways, keys named
 * ("14MAR 09:53:31 UPDATE pt=CAS-001 field=tx.1 value='chest seal R chest' evt=0949 by=…") or in place ("16:04:20
 * EDIT CAS-8 tq.1.site '' -> 'R upper arm' user=…"), so a line is cut into tokens and each part found by its key or
 * by where it stands. The stamp the line opens with is when it was saved, never when anything was done to anyone:
 * it is read only to know the line is a log line, and nothing points into it.
 */
import type { TextPart } from './shared-phrases.js';

type AuditAction = 'create' | 'update' | 'delete' | 'void';

export interface AuditLine {
  action: AuditAction;
  /** The patient's id as written ("CAS-001"). */
  patient: string;
  /** The field's path ("tx.1", "vitals.1.hr"), or null for a line about the patient as a whole. */
  field: TextPart | null;
  /** The value the field now holds, inside its quotes; null when the line sets none. */
  value: TextPart | null;
  /** The clinical time entered with the line ("evt=0949"); `null` when it says none ("evt=-"), undefined when silent. */
  time?: TextPart | null;
}

/** The saved-at stamp a log line opens with: a date ("14MAR", "2026-03-14"), then a clock, or a clock alone. */
const STAMP =
  /^\s*\[?\s*(?:(?:\d{1,2}[A-Z]{3}(?:\d{2,4})?|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)[\sT]+)?(?:\d{1,2}:\d{2}(?::\d{2})?|\d{4})(?:\.\d+)?Z?\s*\]?(?=[\s|;,])/;
/** What was done, said as audit logs say it. */
const ACTIONS: [RegExp, AuditAction][] = [
  [/^(?:create|created|new|add|added|insert|inserted|open|opened|register|registered)$/i, 'create'],
  [/^(?:update|updated|edit|edited|set|modify|modified|change|changed|amend|amended|correct|corrected)$/i, 'update'],
  [/^(?:delete|deleted|del|remove|removed|clear|cleared)$/i, 'delete'],
  [/^(?:void|voided|cancel|cancelled|canceled|discard|discarded)$/i, 'void'],
];
/** Keys naming each part of a line; any other key (who saved it, a note, the site) names nothing read. */
const KEYS = {
  action: /^(?:action|op|operation|verb)$/i,
  patient: /^(?:pt|pat|patient|patient_id|pid|cas|casualty|casualty_id|rec|record|subject)$/i,
  field: /^(?:field|fld|key|attr|attribute|item|path|element)$/i,
  value: /^(?:value|val|new|new_value|to|text)$/i,
  time: /^(?:evt|event_time|at|time|clin|clinical|clinical_time|when|done)$/i,
};
/** A patient's id written in place: letters and digits with a digit among them ("CAS-8", "P2", "PT004"). */
const PATIENT_ID = /^(?=[\w-]*\d)[A-Za-z][\w-]*$/;
/** A field's path written in place: a word, dotted or underscored parts after it ("moi", "tq.1.site"). */
const FIELD_PATH = /^[a-z][a-z0-9]*(?:[._][a-z0-9]+)*$/i;
/** A clinical time as entered: four digits or a clock with a colon. */
export const CLINICAL_TIME = /^(?:[01]\d|2[0-3])(?::?[0-5]\d)$/;
/** A value left blank or a time not given. */
const NONE = /^(?:|-+|n\/?a|none|null)$/i;

interface Token {
  /** The key of a key=value token, else null. */
  key: string | null;
  /** The token's value, inside any quotes. */
  part: TextPart;
  quoted: boolean;
  arrow: boolean;
}

/** A token: key=value (quoted or bare), a quoted string, an arrow, or a bare word; spaces, bars and semicolons cut them. */
const TOKEN = /([A-Za-z_][\w.]*)=(?:'([^']*)'|"([^"]*)"|([^\s|;]*))|'([^']*)'|"([^"]*)"|(->|=>|→)|([^\s|;'"]+)/dg;

function tokensOf(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  for (const m of text.slice(start, end).matchAll(TOKEN)) {
    // The group that matched holds the token's words: a keyed value, quoted words, an arrow or a bare word.
    const group = [2, 3, 4, 5, 6, 7, 8].find((g) => m[g] !== undefined)!;
    const [from, to] = m.indices![group];
    tokens.push({
      key: m[1] ?? null,
      part: { start: start + from, end: start + to },
      quoted: [2, 3, 5, 6].includes(group),
      arrow: group === 7,
    });
  }
  return tokens;
}

/** Whether the line in [start, end) opens with a stamp, as a log line does (a medic's timed notes do too). */
export const opensWithStamp = (text: string, start: number, end: number): boolean => STAMP.test(text.slice(start, end));

const actionOf = (words: string): AuditAction | undefined => ACTIONS.find(([p]) => p.test(words))?.[1];

/** The log line in [start, end), or null when the line is not one: a saved-at stamp, what was done, to whom. */
export function readAuditLine(text: string, start: number, end: number): AuditLine | null {
  const stamp = STAMP.exec(text.slice(start, end));
  if (!stamp) return null;
  const tokens = tokensOf(text, start + stamp[0].length, end);
  const words = (t: Token) => text.slice(t.part.start, t.part.end);
  const keyed = (key: RegExp) => tokens.find((t) => t.key && key.test(t.key));
  const bare = tokens.filter((t) => !t.key && !t.quoted && !t.arrow);
  const actionToken = keyed(KEYS.action) ?? bare[0];
  const action = actionToken && actionOf(words(actionToken));
  if (!action) return null;
  // Written in place, the patient and the field follow what was done, in that order.
  const inPlace = bare.filter((t) => t !== actionToken);
  // A keyed id may be any word ("pt=7A"); one in place needs a letter first and a digit, as ids are written.
  const patientToken = keyed(KEYS.patient) ?? inPlace.find((t) => PATIENT_ID.test(words(t)));
  if (!patientToken || !/^[\w-]+$/.test(words(patientToken))) return null;
  const fieldToken =
    keyed(KEYS.field) ?? inPlace.find((t) => t.part.start > patientToken.part.start && FIELD_PATH.test(words(t)));
  const field = fieldToken && FIELD_PATH.test(words(fieldToken)) ? fieldToken.part : null;
  return {
    action,
    patient: words(patientToken).toUpperCase(),
    field,
    value: valueOf(tokens, words),
    ...timeOf(tokens),
  };

  function timeOf(all: Token[]): Pick<AuditLine, 'time'> {
    const t = all.find((k) => k.key && KEYS.time.test(k.key));
    if (!t) return {};
    return { time: CLINICAL_TIME.test(words(t)) ? t.part : null };
  }
}

/** The value a line sets: a keyed one, else the quoted words after an arrow, else the only quoted words; blank is none. */
function valueOf(tokens: Token[], words: (t: Token) => string): TextPart | null {
  const keyed = tokens.find((t) => t.key && KEYS.value.test(t.key));
  const arrow = tokens.findIndex((t) => t.arrow);
  const quoted = tokens.filter((t) => t.quoted && !t.key);
  const token = keyed ?? (arrow >= 0 ? tokens[arrow + 1] : quoted.length === 1 ? quoted[0] : undefined);
  if (!token || (arrow >= 0 && !keyed && !token.quoted)) return null;
  return NONE.test(words(token).trim()) ? null : token.part;
}
