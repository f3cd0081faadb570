/** Cuts a user's Markdown or text document into passages, so it is searched like the built-in library. */
import type { Passage } from './passage.js';

/** A document the user added in the Library view, as stored. */
export interface UserDocument {
  id: string;
  title: string;
  format: 'markdown' | 'text';
  text: string;
  /** Epoch milliseconds. */
  addedAt: number;
}

/** Passages stay short so a hit points at the relevant part, not the whole document. */
const MAX_PASSAGE_CHARS = 900;
const HEADING = /^#{1,6}\s+(.+?)\s*#*$/;

interface Section {
  heading?: string;
  paragraphs: string[];
}

function sections(document: UserDocument): Section[] {
  const result: Section[] = [{ paragraphs: [] }];
  for (const block of document.text.replace(/\r\n/g, '\n').split(/\n\s*\n/)) {
    const lines = block.trim().split('\n');
    const heading = document.format === 'markdown' ? HEADING.exec(lines[0]) : null;
    if (heading) {
      result.push({ heading: heading[1], paragraphs: [] });
      lines.shift();
    }
    const paragraph = lines.join(' ').replace(/\s+/g, ' ').trim();
    if (paragraph) result[result.length - 1].paragraphs.push(paragraph);
  }
  return result.filter((section) => section.paragraphs.length > 0);
}

/** Groups paragraphs up to the passage size; a single longer paragraph stays whole rather than being cut mid-sentence. */
function chunk(paragraphs: string[]): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const paragraph of paragraphs) {
    if (current && current.length + paragraph.length + 1 > MAX_PASSAGE_CHARS) {
      chunks.push(current);
      current = paragraph;
    } else {
      current = current ? `${current}\n${paragraph}` : paragraph;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/** The passages of a user document: one per heading section, split further when long. Ids are `user:<doc id>:<n>`. */
export function userDocumentPassages(document: UserDocument): Passage[] {
  const passages: Passage[] = [];
  for (const section of sections(document)) {
    for (const text of chunk(section.paragraphs)) {
      passages.push({
        id: `user:${document.id}:${passages.length + 1}`,
        title: section.heading ? `${document.title}: ${section.heading}` : document.title,
        tags: ['user document'],
        source: `User document: ${document.title}`,
        text,
        documentId: document.id,
      });
    }
  }
  return passages;
}
