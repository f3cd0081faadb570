import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const mechanisms = (text: string) => extractRecord(text).mechanism ?? [];

describe('a rock or brick thrown at the casualty', () => {
  it('reads the blow as blunt, though no one says blunt', () => {
    expect(mechanisms('At about 2112 a rock came over the shields and hit him on the side of the helmet.')).toEqual([
      'blunt',
    ]);
    expect(mechanisms('He took a half brick to the face over the top of his shield, nose broken.')).toEqual(['blunt']);
    expect(mechanisms('Hit in the head with a rock ~1400, scalp lac.')).toEqual(['blunt']);
    expect(mechanisms('1932: rocks and bottles started coming over. Cut over the L eye.')).toEqual(['blunt']);
  });
  it('reads the rocks a fall ended on, and a stone a mine threw up, as no blow', () => {
    expect(mechanisms('He fell in the wadi, head hit a rock, scalp lac.')).toEqual(['fall']);
    expect(mechanisms('Slipped and fell about eight meters onto the rocks.')).toEqual(['fall']);
    expect(mechanisms('Mine strike on the track. A stone caught her on the cheek, small cut.')).toEqual(['landmine']);
    expect(mechanisms('Abdomen is rock hard, pulse 130.')).toEqual([]);
  });
  it('reads a rock beside another mechanism as no second one', () => {
    expect(mechanisms('GSW R thigh at 1410. Dragged him behind a rock for cover, TQ on at 1412.')).toEqual(['gsw']);
    expect(mechanisms('Rollover at 1410, he was thrown from the truck into a ditch full of rocks.')).toEqual(['mvc']);
  });
});
