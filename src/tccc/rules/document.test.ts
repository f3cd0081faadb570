import { describe, expect, it } from 'vitest';
import { readDoc } from './document.js';
import { tagOf } from './matcher.js';
import { extractRecord } from './index.js';

/** Intervention/medication names with their negation flags. */
function flags(text: string): [string, boolean][] {
  const doc = readDoc(text);
  return doc.mentions.flatMap((m) => {
    const t = tagOf(m, 'intervention') ?? tagOf(m, 'medication') ?? tagOf(m, 'access');
    return t ? [[t.value, m.negated] as [string, boolean]] : [];
  });
}

describe('negation and hedging', () => {
  it('covers what follows a negation until a scope breaker', () => {
    expect(flags('no TQ needed, pressure dressing applied')).toEqual([
      ['tourniquet', true],
      ['pressure_dressing', false],
    ]);
    expect(flags('considered TXA but gave ketamine')).toEqual([
      ['txa', true],
      ['ketamine', false],
    ]);
  });
  it('covers what precedes a post-negation', () => {
    expect(flags('needle D not indicated')).toEqual([['needle_decompression', true]]);
  });
  it('ends at the next clinical thing of another kind, unless a list goes on', () => {
    expect(flags('no exit wound pressure dressing applied to the abdomen')).toEqual([['pressure_dressing', false]]);
    expect(flags('did not give TXA her pulse is eighty TQ left leg')).toEqual([
      ['txa', true],
      ['tourniquet', false],
    ]);
    expect(flags('wrist is broken no bleeding I splinted the left arm')).toEqual([['splint', false]]);
    expect(flags('no TQ or TXA given')).toEqual([
      ['tourniquet', true],
      ['txa', true],
    ]);
  });
  it('covers care requested, planned, conditional or failed, not given', () => {
    expect(flags('Requested TXA from the BAS. TQ L leg')).toEqual([
      ['txa', true],
      ['tourniquet', false],
    ]);
    expect(flags('Will give calcium 1 g IV before the wall is lifted')).toEqual([
      ['calcium', true],
      ['iv', false],
    ]);
    expect(flags('Plan TQ R thigh if it bleeds. Plan: pelvic binder')).toEqual([
      ['tourniquet', true],
      ['pelvic_binder', false],
    ]);
    expect(flags('needle decompression if she deteriorates')).toEqual([['needle_decompression', true]]);
    expect(flags('Consider fentanyl if pain worsens')).toEqual([['fentanyl', true]]);
    expect(flags('IV attempt L AC failed x2, no access')).toEqual([['iv', true]]);
  });
  it('covers a section of a card said to be blank', () => {
    expect(flags('TQ box is blank, pressure dressing on the arm')).toEqual([
      ['tourniquet', true],
      ['pressure_dressing', false],
    ]);
    expect(flags('Fluids section left blank. Splint applied.')).toEqual([['splint', false]]);
  });
  it('stays inside its phrase', () => {
    expect(flags('no exit wound, TQ L leg')).toEqual([['tourniquet', false]]);
  });
});

describe('sentences about other people', () => {
  it('are marked excluded', () => {
    const doc = readDoc('GSW L leg. TC also in vehicle: minor abrasions, HR 80 - not a casualty. Urgent.');
    expect([...doc.excluded]).toEqual([1]);
  });
  it('end where the narrative turns back to this casualty', () => {
    const doc = readDoc(
      'this guy has burns the other guy is fine his sats are a hundred this guy sats ninety four heart rate one twenty',
    );
    const sats = doc.mentions.filter((m) => tagOf(m, 'vital')).map((m) => doc.excluded.has(doc.sentence[m.start]));
    expect(sats).toEqual([true, false, false]);
    const burns = doc.mentions.find((m) => tagOf(m, 'injury'))!;
    expect(doc.excluded.has(doc.sentence[burns.start])).toBe(false);
  });
  it('include a partner with a state of their own, a team leader, and a disregarded remark', () => {
    const excluded = (text: string): number[] => [...readDoc(text).excluded];
    expect(excluded('GSW R hand. His partner had a pulse of 150. Our patient: pulse 88.')).toEqual([1]);
    expect(excluded("He put a tourniquet on his team leader's leg. GSW abdomen.")).toEqual([0]);
    expect(excluded('The casualty we sent earlier had HR 140, disregard. Over.')).toEqual([0]);
  });
  it('include what is said of whoever attacked the casualty, never the wound he gave', () => {
    const mechanisms = (text: string) => extractRecord(text).mechanism ?? [];
    expect(mechanisms('Stabbed in the left flank at the gate. The attacker was shot dead by the guard.')).toEqual([
      'other',
    ]);
    expect(mechanisms('Knife wound to the forearm; the gunman had been hit by the QRF and fled.')).toEqual(['other']);
    expect(mechanisms('The shooter got him in the right thigh, GSW, tourniquet on.')).toEqual(['gsw']);
  });
  it('keep care a partner gave this casualty, and a casualty said to be fine otherwise', () => {
    const excluded = (text: string): number[] => [...readDoc(text).excluded];
    expect(excluded('His partner applied a TQ to his left leg at 1402.')).toEqual([]);
    expect(excluded('Casualty is fine, minor lac to the right hand, pressure dressing applied.')).toEqual([]);
    expect(excluded("GSW left arm. He's fine otherwise, alert and talking, pulse 90.")).toEqual([]);
    expect(excluded('Disregard last, TQ is on the left leg.')).toEqual([]); // a radio correction, not someone else
  });
  it('end at the one being called in', () => {
    const doc = readDoc(
      'the one on the left her heart rate was ninety so not her the one I am calling in is a male pulse one twenty',
    );
    const signs = doc.mentions.filter((m) => tagOf(m, 'vital')).map((m) => doc.excluded.has(doc.sentence[m.start]));
    expect(signs).toEqual([true, false]);
  });
});

describe('self-corrections', () => {
  it('remove the corrected location', () => {
    const doc = readDoc('amputation on the left leg, correction, right leg');
    expect(doc.tokens.map((t) => t.norm).join(' ')).toBe('amputation on the right leg');
  });
  it('remove a corrected number', () => {
    const doc = readDoc('TXA 1 g, correction, 2 g');
    expect(doc.tokens.map((t) => t.norm).join(' ')).toBe('txa 2 g');
  });
});
