import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('who a casualty is, read from the designator that heads his words', () => {
  it('records a roster number spelled in the phonetic alphabet heading each casualty, with no label', () => {
    const [a, b] = records(
      'Bravo Kilo four four one two: frag right calf, pulse 104. Charlie Echo seven seven zero one - burns left hand, pulse 90.',
    );
    expect([a.casualty?.battle_roster, b.casualty?.battle_roster]).toEqual(['BK4412', 'CE7701']);
  });
  it('never reads a phonetic grid or call sign mid-sentence as a roster number', () => {
    const [a] = records('Call sign Bravo Kilo four four one two reports GSW left leg, pulse 104.');
    expect(a.casualty?.battle_roster).toBeUndefined();
  });
});

describe('a name said right after a label', () => {
  it('names the casualty from a lone name right after the label\'s noun ("Second casualty Omar,")', () => {
    const [a, b] = records(
      'Two casualties from the rocket. First casualty Rahim, burn to right hand. Second casualty Omar, cut on chin. ' +
        'Omar routine, Rahim priority.',
    );
    expect([a.casualty?.name, b.casualty?.name]).toEqual(['Rahim', 'Omar']);
    expect([a.evac_priority, b.evac_priority]).toEqual(['priority', 'routine']);
  });
});

describe('a sentence that gives something to another casualty by name', () => {
  it("gives its facts to the one named after 'to', while another is spoken of", () => {
    const [a, b] = records(
      'Casualty one, PFC Mia Torres: frag left arm, HR 100. Casualty two, SPC Raj Patel: GSW chest, chest seal, HR 128. ' +
        'Ketamine 50 mg IM to Torres at 1420. Torres priority, Patel urgent.',
    );
    expect(a.medications?.map((m) => m.name)).toEqual(['ketamine']);
    expect(b.medications).toBeUndefined();
    expect([a.evac_priority, b.evac_priority]).toEqual(['priority', 'urgent']);
  });
  it('gives its facts to the one given something by his first name, while another is spoken of', () => {
    const [a, b] = records(
      'Two hurt. First is corporal Dmytro Koval. Burn to the left arm, pulse 96. Second is private Oleh Savchuk. ' +
        'Fragment in right calf. I gave Dmytro morphine 10 milligram IM, 1415.',
    );
    expect(a.medications?.map((m) => m.name)).toEqual(['morphine']);
    expect(b.medications).toBeUndefined();
  });
  it('keeps a sentence that names the one spoken of, and goes on with him after it', () => {
    const [a, b] = records(
      'Casualty one, PFC Mia Torres: frag left arm, HR 100. Casualty two, SPC Raj Patel: GSW chest, HR 128. ' +
        'TXA 2 g IV to Patel at 1425. Chest seal on.',
    );
    expect(a.medications).toBeUndefined();
    expect(b.medications?.map((m) => m.name)).toEqual(['txa']);
    expect(b.interventions?.map((x) => x.type)).toEqual(['chest_seal']);
  });
});

describe('a closing triage sentence by roster number or by number', () => {
  it('gives each casualty the category said after his roster number ("KT2256 urgent, MR4410 routine.")', () => {
    const found = records(
      'Two patients. KT2256: GSW L leg, HR 125. MR4410: burns face, HR 92. KT2256 urgent, MR4410 routine.',
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent', 'routine']);
  });
  it('gives each casualty the category said after his roster number spelled in the phonetic alphabet', () => {
    const found = records(
      'Kilo Tango two two five six: GSW L leg, HR 125. Mike Romeo four four one zero: burns face, HR 92. ' +
        'Kilo Tango two two five six priority, Mike Romeo four four one zero routine.',
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['priority', 'routine']);
  });
  it('gives each numbered casualty the category of a closing "1 urgent, 2 routine."', () => {
    const found = records(
      'Two casualties. Casualty 1 GSW left leg, HR 120. Casualty 2 lac right hand, HR 90. 1 urgent, 2 routine.',
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent', 'routine']);
  });
});

describe('a grid closing a report of several', () => {
  it('gives a sentence of a grid alone, after every casualty and before only a sign-off, to each', () => {
    const found = records(
      'First is PFC Noor Haddad, female, burns to the left arm. Routine. Second is SPC Ben Aldous, male, frag right ' +
        'thigh, pulse 112. Urgent. LZ grid one four tango lima mike two two three three four four five five. Out.',
    );
    expect(found.map((r) => r.location_grid)).toEqual(['14TLM22334455', '14TLM22334455']);
  });
  it("keeps a grid said with care, or inside a casualty's words, his", () => {
    const found = records(
      'First is PFC Noor Haddad, female, burns to the left arm. Routine. Second is SPC Ben Aldous, male, frag right ' +
        'thigh. Grid one four tango lima mike two two three three four four five five. Pulse 112. Urgent.',
    );
    expect(found.map((r) => r.location_grid)).toEqual([undefined, '14TLM22334455']);
  });
});

describe('care given to two casualties named together', () => {
  it('gives what is given to "A and B" to each of them, and to no third', () => {
    const [kerr, voss, lamb] = records(
      'Casualty one, Private Kerr, frag to the left arm. Casualty two, Private Voss, burns to the right hand. ' +
        'Casualty three, Private Lamb, GSW right thigh, TQ right thigh. Then gave Kerr and Voss two Tylenol each by mouth.',
    );
    expect(kerr.medications).toEqual([{ name: 'acetaminophen', route: 'PO' }]);
    expect(voss.medications).toEqual([{ name: 'acetaminophen', route: 'PO' }]);
    expect(lamb.medications).toBeUndefined();
  });
});
