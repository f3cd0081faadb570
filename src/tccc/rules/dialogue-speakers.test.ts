import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { withoutSpeakers } from './dialogue-speakers.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

describe('speakers of a transcript', () => {
  const ward = [
    'Capt Osei: Who is on stretcher one?',
    'Sgt Brandt: PFC Lena Vogt. Burns to the right forearm, dressed. Pulse 104.',
    'Capt Osei: Good. Stretcher two?',
    'Sgt Brandt: Cpl Ian Roper, GSW left calf, TQ left leg at 2210. I gave him ketamine 50 mg IM at 2215.',
  ].join('\n');

  it('blanks who speaks, same length, so no speaker opens a casualty', () => {
    const read = withoutSpeakers(ward);
    expect(read).toHaveLength(ward.length);
    expect(read).not.toContain('Osei');
    expect(read).not.toContain('Brandt');
    expect(records(ward).map((r) => r.casualty?.name)).toEqual(['Lena Vogt', 'Ian Roper']);
    expect(records(ward)[1].medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '22:15' }]);
  });
  it('leaves labels that are no speakers: a casualty log by name, card fields, a radio net', () => {
    const log = 'Vogt: burns R forearm, dressed\nRoper: GSW L calf, TQ 2210\nVogt: HR 104\nRoper: ketamine 50 mg IM';
    expect(withoutSpeakers(log)).toBe(log);
    const card = 'TQ: R arm 0610\nMeds: TXA 2 g\nTQ: L leg 0612\nMeds: ketamine 50 mg IM\nAny questions?';
    expect(withoutSpeakers(card)).toBe(card);
    const net = [
      'Bulldog Six: Doc, send it, over.',
      'Doc Park: I have one, GSW left leg, TQ at 0930, over.',
      'Bulldog Six: Copy, TQ 0930, over.',
      'Doc Park: Correct, out.',
    ].join('\n');
    expect(withoutSpeakers(net)).toBe(net);
  });
});

describe('speakers named in brackets after their role', () => {
  const review = [
    'Hot wash, convoy strike.',
    'XO (CPT Lund): Two wounded. Who did we lose blood on?',
    'TC (SGT Pike): PFC Rosa Diaz took frag in the left forearm. I put a TQ on her at 1412.',
    'DOC (SPC Ward): I checked it. Then Specialist Evan Holt, burns to both hands, I dressed them.',
    'XO: Anyone else?',
    'TC: No sir, and I was not hit.',
    'DOC: That is all of them.',
  ].join('\n');

  it('blanks the whole label, the name in brackets too, so only the casualties are read', () => {
    const read = withoutSpeakers(review);
    expect(read).toHaveLength(review.length);
    expect(read).not.toContain('Lund');
    expect(read).not.toContain('Pike');
    expect(records(review).map((r) => r.casualty?.name)).toEqual(['Rosa Diaz', 'Evan Holt']);
    expect(records(review)[0].interventions).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '14:12' }]);
  });

  it('takes a speaker named in full once ("SSG Adeyemi:") for the one whose surname labels his other lines', () => {
    const text = [
      'SSG Adeyemi: Two for you. Litter one is Specialist Jo Park, GSW right forearm, TQ right arm.',
      'Nurse: Allergies?',
      'Adeyemi: None known. Litter two, Private Eli Stone, burns to the face.',
      'Nurse: Got it.',
      'Adeyemi: Stone is routine.',
    ].join('\n');
    expect(withoutSpeakers(text)).not.toContain('Adeyemi');
    const names = records(text).map((r) => r.casualty?.name);
    expect(names).toEqual(['Jo Park', 'Eli Stone']);
  });

  it('leaves a label said once alone when no speaker has its last word', () => {
    const text = ['SSG Adeyemi: Two for you.', 'Nurse: Go.', 'Medic: Park first.', 'Nurse: Okay.'].join('\n');
    expect(withoutSpeakers(text)).toContain('SSG Adeyemi:');
  });
});
