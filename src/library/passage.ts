/**
 * A library passage: one short, self-contained piece of guidance with its source.
 * Built-in passages live as Markdown files with front matter in `passages/`; user documents are split into passages too.
 */
export interface Passage {
  /** Stable slug; alerts and the evaluation set refer to passages by it. */
  id: string;
  title: string;
  tags: string[];
  /** The public document and section the passage paraphrases, or the user document's name. */
  source: string;
  text: string;
  /** Set for passages cut from a user document: the document's id. */
  documentId?: string;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/;
const REQUIRED_KEYS = ['id', 'title', 'tags', 'source'] as const;

/**
 * Parses one passage file: `---` front matter of `key: value` lines (tags as `[a, b]`), then the text.
 * Throws with the file name on any malformed file so a bad passage fails the build, not the medic.
 */
export function parsePassageFile(fileName: string, content: string): Passage {
  const match = FRONT_MATTER.exec(content.replace(/\r\n/g, '\n'));
  if (!match) throw new Error(`${fileName}: missing --- front matter ---`);
  const fields = new Map<string, string>();
  for (const line of match[1].split('\n')) {
    if (!line.trim()) continue;
    const colon = line.indexOf(':');
    if (colon < 1) throw new Error(`${fileName}: bad front matter line "${line}"`);
    fields.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  for (const key of REQUIRED_KEYS) {
    if (!fields.get(key)) throw new Error(`${fileName}: front matter needs "${key}"`);
  }
  const tagList = /^\[(.*)\]$/.exec(fields.get('tags')!);
  if (!tagList) throw new Error(`${fileName}: tags must be written [a, b, c]`);
  const text = match[2].trim();
  if (!text) throw new Error(`${fileName}: passage text is empty`);
  return {
    id: fields.get('id')!,
    title: fields.get('title')!,
    tags: tagList[1]
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    source: fields.get('source')!,
    text,
  };
}
