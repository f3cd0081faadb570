import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';
import { readMail } from './mail-headers.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

const THREAD = [
  'From: CPT Dana Royce (CO)',
  'Sent: Monday 0710',
  'To: MAJ Ekwueme',
  'Subject: FW: casualties from the OP',
  '',
  'Sir, see below. Doc Imrie says Beale got the ketamine too.',
  'v/r, CPT Royce',
  '',
  '-----Original Message-----',
  'From: SGT Paul Imrie (medic)',
  'To: CPT Royce',
  '',
  '> CPT Royce - two hurt in the mortar strike at 0640:',
  '> 1. PFC Noor Beale, frag R calf, pressure dsg R calf.',
  '> 2. SPC Ty Quint, burns L hand, burn dressing. HR 96.',
].join('\n');

describe('a mail and the thread quoted below it', () => {
  it('is read oldest message first, with its headers, sign-off, quote marks and the people it names blanked', () => {
    const mail = readMail(THREAD)!;
    expect(mail.value.indexOf('1. PFC Noor Beale')).toBeLessThan(mail.value.indexOf('see below'));
    for (const gone of ['From', 'Sent', 'Royce', 'Imrie', 'v/r', '>']) expect(mail.value).not.toContain(gone);
    expect(mail.value).toContain('FW: casualties from the OP');
    expect(mail.value.length).toBeGreaterThanOrEqual(THREAD.length);
  });
  it('gives each casualty the words of the first report, and no record to the people who wrote or got it', () => {
    const [beale, quint, ...rest] = records(THREAD);
    expect(rest).toEqual([]);
    expect([beale.casualty?.name, beale.injuries]).toEqual([
      'Noor Beale',
      [{ type: 'penetrating', location: 'right_leg' }],
    ]);
    expect([quint.casualty?.name, quint.vitals]).toEqual(['Ty Quint', [{ pulse: 96 }]]);
  });
  it('blanks the greeting that opens a message, and the label of its subject', () => {
    const mail = readMail(
      'From: SGT Ana Diaz\nTo: CPT Moss\nSubject: two hurt\n\nSir - two hurt at 0640, Lee and Park.\nXO, both are stable.',
    )!;
    expect(mail.value).not.toMatch(/Sir|Subject/);
    expect(mail.value).toContain('two hurt at 0640, Lee and Park.\nXO, both');
  });
  it('is no mail without a "From:" line and another header', () => {
    expect(readMail('From: the ambush site. Two hurt.\n1. PFC Lee, GSW L arm.')).toBeNull();
    expect(readMail('To: the BAS\n1. PFC Lee, GSW L arm.')).toBeNull();
  });
});

describe('a mail pasted from its subject line down', () => {
  const MAIL = [
    'Subject: SPC Ortega, fall from the guard tower',
    '',
    "Ma'am,",
    '',
    'Here is the write-up. SPC Luis Ortega fell from the tower at 0210, closed fracture of the left wrist. Splinted, pain 5.',
    '',
    'Very respectfully,',
    'SSG Hana Whitlock, 68W',
  ].join('\n');
  it('reads one casualty, with no record for the writer who signs it', () => {
    const read = records(MAIL);
    expect(read).toHaveLength(1);
    expect(read[0].casualty?.name).toBe('Luis Ortega');
  });
  it('is no mail with a subject line but no sign-off', () => {
    expect(readMail('Subject: range day\nPFC Ames, GSW R arm, TQ 1402.')).toBeNull();
  });
});

describe('a letter: a salutation alone on its first line and a sign-off, with no headers', () => {
  const LETTER = [
    'Dear Major Quintero,',
    '',
    'Two of ours were hurt by the rocket at 2310.',
    '',
    'PFC Ida Lund had a fragment wound to the left calf. I put a tourniquet on her left leg at 2314.',
    '',
    'CPL Rui Ferreira had a burn on his right hand, which I dressed. His pulse was 92.',
    '',
    'Respectfully,',
    'SFC Tomasz Wrobel',
  ].join('\n');
  it('gives no record to the one it greets or the writer who signs it', () => {
    const read = readMail(LETTER)?.value ?? '';
    expect(read).not.toMatch(/Quintero|Wrobel|Respectfully/);
    expect(read).toContain('PFC Ida Lund had a fragment wound');
    const names = records(LETTER).map((r) => r.casualty?.name);
    expect(names).toContain('Ida Lund');
    expect(names).not.toContain('Quintero');
    expect(names).not.toContain('Tomasz Wrobel');
  });
  it('is no letter when the first line is a casualty named in full by rank, first name and surname', () => {
    const card = ['PFC Marisol Ocampo,', 'Frag wound right calf, pressure dressing 1740. Priority.', 'v/r SSG Whitt'];
    expect(readMail(card.join('\n'))).toBeNull();
    expect(records(card.join('\n'))[0]?.casualty?.name).toBe('Marisol Ocampo');
    // A reader greeted by rank and surname alone is still a letter's salutation.
    expect(
      readMail(['CPT Haller,', 'Frag wound right calf on PFC Ocampo.', 'v/r SSG Whitt'].join('\n')),
    ).not.toBeNull();
  });
  it('is no letter when the first line says more than a name, or with no sign-off', () => {
    expect(readMail('SGT Ames,\nGSW L thigh, TQ 0412.')).toBeNull();
    expect(readMail('SGT Ames, GSW L thigh, TQ 0412.\nRespectfully,\nDoc Ruiz')).toBeNull();
  });
});
