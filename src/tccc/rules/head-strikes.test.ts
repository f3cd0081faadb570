import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const injuries = (text: string) => extractRecord(text).injuries ?? [];
const tbi = { type: 'tbi', location: 'head' };

describe('a head injury told by the blow and the changed mind', () => {
  it('reads a TBI from a blow to the head and a sign of altered mind after it', () => {
    expect(injuries('Thrown against the door, banged her head, now disoriented and slow to answer.')).toContainEqual(
      tbi,
    );
    expect(injuries('He has a big lump on his head. GCS 13, keeps asking where his weapon is.')).toContainEqual(tbi);
    expect(injuries('Slammed his head on the hatch. Only opens his eyes to pain.')).toContainEqual(tbi);
  });
  it('reads the head thrown against something, and a knot or a cut on it, as a blow or a wound', () => {
    expect(injuries('The rollover threw her head against the door pillar. After that she was dazed.')).toContainEqual(
      tbi,
    );
    expect(injuries('Goose-sized knot on his head and he is groggy.')).toContainEqual(tbi);
    expect(injuries('Cut on her head from the glass, she is disoriented.')).toContainEqual(tbi);
  });
  it('reads a sign of altered mind said in the sentence just before the wound', () => {
    expect(injuries('She keeps asking what happened, dazed. Lump on the side of her head.')).toContainEqual(tbi);
    expect(
      injuries('He was confused an hour ago.\nNow alert. Later: pulse 80.\nScalp lac, head dressed.'),
    ).not.toContainEqual(tbi);
  });
  it('reads none from a blow alone, a mind said unchanged, or a wound with only a low level of response', () => {
    expect(injuries('Smacked his head on the ramp, not confused, GCS 15, alert.')).not.toContainEqual(tbi);
    expect(injuries('Bumped his head getting out. Pulse 80.')).not.toContainEqual(tbi);
    expect(injuries('Deep scalp laceration, pelvis unstable. Responds to voice.')).not.toContainEqual(tbi);
  });
  it('reads none when the medic rules a head injury out', () => {
    expect(injuries("Hit his head, he's dazed, but I'm not calling it a head injury.")).not.toContainEqual(tbi);
  });
});
