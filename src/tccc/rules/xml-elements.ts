/**
 * The elements of XML pasted into a narrative, each with its values and where their words stand in the text, parsed
 * by htmlparser2 (a lenient parser that keeps offsets, so a note's stray "<" or an export cut short still reads).
 * A child holding only words ("<name>Daniel Okafor</name>", "<Pri>PRIORITY</Pri>") is a value of its parent, named
 * by its tag as an attribute is named by its name.
 */
import { Parser } from 'htmlparser2';
import type { TextPart } from './shared-phrases.js';

/** A value of an element: its key (the attribute's or child's name, lower case, letters and digits only) and words. */
export interface XmlValue {
  key: string;
  value: string;
  span: TextPart;
}

export interface XmlElement {
  tag: string;
  /** Where the element starts and ends in the text (its closing tag's end, or the text's end when never closed). */
  start: number;
  end: number;
  values: XmlValue[];
  children: XmlElement[];
}

const keyOf = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The elements pasted at the top of each XML run, in the order written, with their children. */
export function xmlElementsOf(text: string): XmlElement[] {
  const tops: XmlElement[] = [];
  const open: XmlElement[] = [];
  const words = new Map<XmlElement, XmlValue>();
  let values: XmlValue[] = [];
  const parser = new Parser(
    {
      onattribute(name, _value, quote) {
        // The words as written between the quotes (an entity left as it stands), so each keeps its place.
        let start = text.indexOf('=', parser.startIndex) + 1;
        while (/\s/.test(text.charAt(start))) start += 1;
        if (quote) start += 1;
        // The parser's end is one past the attribute: past its closing quote when quoted.
        const end = quote ? parser.endIndex - 1 : parser.endIndex;
        const value = text.slice(start, end);
        if (value.trim()) values.push({ key: keyOf(name), value, span: { start, end } });
      },
      onopentag(name) {
        const element: XmlElement = {
          tag: keyOf(name),
          start: parser.startIndex,
          end: text.length,
          values,
          children: [],
        };
        values = [];
        (open.at(-1)?.children ?? tops).push(element);
        open.push(element);
      },
      ontext(said) {
        const inside = open.at(-1);
        const value = said.trim();
        if (!inside || !value || words.has(inside)) return;
        const start = parser.startIndex + said.length - said.trimStart().length;
        words.set(inside, { key: inside.tag, value, span: { start, end: start + value.length } });
      },
      onclosetag() {
        const element = open.pop();
        if (!element) return;
        element.end = parser.endIndex + 1;
        const parent = open.at(-1);
        const said = words.get(element);
        if (parent && said && element.values.length === 0 && element.children.length === 0) {
          parent.children.pop();
          parent.values.push(said);
        }
      },
    },
    { xmlMode: true },
  );
  parser.end(text);
  return tops;
}

/** The element and every element inside it, in the order written. */
export const everyElement = (e: XmlElement): XmlElement[] => [e, ...e.children.flatMap(everyElement)];

/** The first value whose key is one of `keys`. */
export const xmlValue = (e: XmlElement, keys: readonly string[]): XmlValue | undefined =>
  keys.map((k) => e.values.find((v) => v.key === k)).find(Boolean);
