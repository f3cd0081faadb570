/**
 * Report text is read on a terminal, pasted into chat and read over the radio, so a record field must never add a
 * line of its own (a spoofed "LINE 1 LOCATION: …") or drive a terminal (ANSI escapes that clear or rewrite the
 * screen). Each report builds its lines, then passes each one through {@link plainLine} before joining them.
 */

/** ESC- and C1-introduced sequences: CSI (`ESC [` … final byte), OSC (`ESC ]` … BEL or ST), and two-byte escapes. */
const ESCAPE_SEQUENCE =
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[@-_]?/g;
/** Anything that ends a line somewhere: CR, LF, VT, FF, NEL, the Unicode line and paragraph separators; and tab. */
const LINE_BREAK = /[\r\n\u000b\u000c\u0085\u2028\u2029\t]/g;
/** The remaining C0 and C1 controls, DEL, and the bidi embeddings, overrides and isolates that reorder what is shown. */
const INVISIBLE_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** One line of report text: escape sequences and controls removed, line breaks inside a field read as spaces. */
export function plainLine(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(LINE_BREAK, ' ').replace(INVISIBLE_CONTROL, '');
}

/** A report's own lines joined with its own line breaks, and no other. */
export function reportLines(lines: readonly string[]): string {
  return lines.map(plainLine).join('\n');
}
