import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addCounts, compareFacts, scoredFacts, score, type Counts } from '../facts.js';
import type { TcccRecord } from '../record.js';
import { validateRecord } from '../validate.js';
import { extractRecord, extractWithEvidence } from './index.js';

interface GoldLine {
  id: string;
  text: string;
  gold: TcccRecord;
}
const read = (path: string): GoldLine[] =>
  readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as GoldLine);
const EXTRA = fileURLToPath(new URL('./fixtures/extra.jsonl', import.meta.url));
// A copy of the team's ../shared/eval/dev.jsonl, so the bar is checked on any clone (refresh it when shared/ changes).
const DEV = fileURLToPath(new URL('./fixtures/dev.jsonl', import.meta.url));

function microScores(lines: GoldLine[]) {
  let total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const l of lines)
    total = addCounts(total, compareFacts(scoredFacts(extractRecord(l.text)), scoredFacts(l.gold)).counts);
  return score(total);
}

describe('extractRecord on annotated narratives', () => {
  it('meets the bar on our own narratives (terse, spoken, MIST, 9-line, negations)', () => {
    const lines = read(EXTRA);
    expect(lines.length).toBeGreaterThanOrEqual(25);
    const s = microScores(lines);
    expect(s.precision).toBeGreaterThanOrEqual(0.93);
    expect(s.f1).toBeGreaterThanOrEqual(0.9);
  });
  it('meets the bar on the shared dev set', () => {
    const s = microScores(read(DEV));
    expect(s.precision).toBeGreaterThanOrEqual(0.93);
    expect(s.f1).toBeGreaterThanOrEqual(0.9);
  });
  it('keeps the bar on the held-out sets it was fixed against (holdout, holdout2, holdout4)', () => {
    for (const name of ['holdout.jsonl', 'holdout2.jsonl', 'holdout4.jsonl']) {
      const s = microScores(read(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))));
      expect(s.precision, name).toBeGreaterThanOrEqual(0.93);
      expect(s.f1, name).toBeGreaterThanOrEqual(0.9);
    }
  });
  it('meets the bar on running commentary (#18: commentary written before the engine changes, commentary2 after)', () => {
    for (const [name, f1] of [
      ['commentary.jsonl', 0.93],
      ['commentary2.jsonl', 0.92],
    ] as const) {
      const s = microScores(read(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))));
      expect(s.precision, name).toBeGreaterThanOrEqual(0.95);
      expect(s.f1, name).toBeGreaterThanOrEqual(f1);
    }
  });
  it('returns schema-valid records for every narrative', () => {
    for (const l of read(EXTRA)) expect(validateRecord(extractRecord(l.text)).errors).toEqual([]);
  });
});

describe('extractWithEvidence', () => {
  it('points each fact at the words it came from', () => {
    const text = 'GSW L thigh. TQ applied L thigh 1432. HR 118, BP 96/60. TXA 2g IV 1440. Urgent surgical.';
    const { record, evidence } = extractWithEvidence(text);
    const words = (path: string) => {
      const e = evidence.find((x) => x.path === path);
      return e ? text.slice(e.start, e.end) : undefined;
    };
    expect(record.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '14:32' }]);
    expect(words('/interventions/0')).toBe('TQ applied L thigh 1432');
    expect(words('/vitals/0/pulse')).toBe('HR 118');
    expect(words('/vitals/0/systolic')).toBe('BP 96/60');
    expect(words('/medications/0')).toBe('TXA 2g IV 1440');
    expect(words('/injuries/0')).toBe('GSW L thigh');
    expect(words('/evac_priority')).toBe('Urgent surgical');
  });
  it('gives evidence only for paths that exist in the record', () => {
    const { record, evidence } = extractWithEvidence(read(EXTRA)[1].text);
    for (const e of evidence) {
      const value = e.path
        .split('/')
        .slice(1)
        .reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], record);
      expect(value, e.path).toBeDefined();
      expect(e.end).toBeGreaterThan(e.start);
    }
  });
  it('drops what is said about another named person or the medic', () => {
    const r = extractRecord(
      "card for Sergeant Omar Haddad. GSW R arm. pulse one twenty six. Lee's pulse was ninety. I took a fragment to my own left arm.",
    );
    expect(r.vitals).toEqual([{ pulse: 126 }]);
    expect(r.injuries).toEqual([{ type: 'gsw', location: 'right_arm' }]);
    expect(extractRecord("this is for Kowalski. Kowalski's pulse is one forty.").vitals).toEqual([{ pulse: 140 }]);
  });
  it('applies a self-correction past an article ("scratch that, the left forearm")', () => {
    expect(
      extractRecord('frag to the right thigh and the right forearm, scratch that, the left forearm.').injuries,
    ).toEqual([
      { type: 'penetrating', location: 'right_leg' },
      { type: 'penetrating', location: 'left_arm' },
    ]);
  });
  it('takes back a device or a side with a lone "no" or "scratch that, no ..."', () => {
    const record = extractRecord(
      'GSW left, no, right upper arm. Tourniquet on the right leg \u2014 scratch that, no tourniquet, just a pressure dressing on the right calf at 0640.',
    );
    expect(record.injuries).toEqual([{ type: 'gsw', location: 'right_arm' }]);
    expect(record.interventions).toEqual([{ type: 'pressure_dressing', location: 'right_leg', time: '06:40' }]);
  });
  it('keeps a device the buddy placed and the one it was converted to', () => {
    expect(
      extractRecord(
        'his buddy put a CAT on his left arm at 1940. I converted it to a pressure dressing on the left forearm at 2030, tourniquet is off.',
      ).interventions,
    ).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '19:40' },
      { type: 'pressure_dressing', location: 'left_arm', time: '20:30' },
    ]);
  });
  it('keeps only the numbered casualty the card is for', () => {
    const record = extractRecord(
      'Casualty one, SPC Ruiz, has a lac to the right hand, pressure dressing on it. This card is casualty two, PV2 Marcus Hale: GSW left thigh. Cas 3 (SGT Lin): HR 88.',
    );
    expect(record.casualty).toEqual({ name: 'Marcus Hale' });
    expect(record.injuries).toEqual([{ type: 'gsw', location: 'left_leg' }]);
    expect(record.interventions).toBeUndefined();
    expect(record.vitals).toBeUndefined();
  });
  it('reads numbered casualties as usual when no card number is said', () => {
    expect(extractRecord('Casualty one: GSW left thigh. HR 88.').vitals).toEqual([{ pulse: 88 }]);
  });
});
