import { describe, expect, it } from 'vitest';
import { partsSayUnhurt } from './patient-parts.js';

/** Whether a casualty's words, one part labelled at its start ("Driver"), say he is unhurt. */
const labelledUnhurt = (text: string): boolean =>
  partsSayUnhurt(text, [{ start: 0, end: text.length }], [{ start: 0, end: text.indexOf("'") }], {});

describe('partsSayUnhurt', () => {
  it("reads a label's 's as 'is' of the one it labels (\"Driver's fine, Specialist Vo\")", () => {
    expect(labelledUnhurt("Driver's fine, Specialist Vo, walked over.")).toBe(true);
    expect(labelledUnhurt("Gunner's okay, no complaints.")).toBe(true);
    expect(labelledUnhurt("Driver's hurt, GSW left thigh.")).toBe(false);
  });
});
