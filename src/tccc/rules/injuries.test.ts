import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';
import { readDoc } from './document.js';
import { findEvacPriority } from './injuries.js';
import { findMechanisms } from './mechanisms.js';

const injuries = (text: string) => extractRecord(text).injuries ?? [];
const mechanisms = (text: string) => findMechanisms(readDoc(text)).map((f) => f.value);

describe('injuries', () => {
  it('reads a mortar naming the men who fire it ("our mortar team") as no mechanism, but mortar fire as one', () => {
    expect(extractRecord('Cpl Vance from our mortar team, GSW to the right arm.').mechanism).toEqual(['gsw']);
    expect(extractRecord('Sgt Ortiz, mortar crew chief, fell off the truck.').mechanism).toEqual(['fall']);
    expect(extractRecord('We took mortar fire at 0410, frag to the left leg.').mechanism).toEqual(['artillery']);
  });
  it("reads a translation's bullet as a ball only where it hit someone or came from a rifle", () => {
    const hit = extractRecord('The sergeant was touched by a ball in the right arm while crossing the road.');
    expect(hit.mechanism).toEqual(['gsw']);
    expect(hit.injuries).toEqual([{ type: 'gsw', location: 'right_arm' }]);
    expect(extractRecord('Wounded by a ball of AK in the left shoulder.').mechanism).toEqual(['gsw']);
    expect(extractRecord('He was kicking a ball when he fell from the wall.').mechanism).toEqual(['fall']);
  });
  it('maps body parts to regions and sides', () => {
    expect(injuries('GSW L thigh. Closed fx R wrist. Lac to the scalp.')).toEqual([
      { type: 'gsw', location: 'left_leg' },
      { type: 'fracture', location: 'right_arm' },
      { type: 'laceration', location: 'head' },
    ]);
  });
  it('reads "back of the head" as the head, and the back alone as the back', () => {
    expect(injuries('Lac to the back of the head.')).toEqual([{ type: 'laceration', location: 'head' }]);
    expect(injuries('frag to the lower back.')).toEqual([{ type: 'penetrating', location: 'back' }]);
  });
  it('reads lists, "both" and locations named before the injury word', () => {
    expect(injuries('burns both forearms and face. scalp lac 4 cm. pelvic fx.')).toEqual([
      { type: 'burn', location: 'left_arm' },
      { type: 'burn', location: 'right_arm' },
      { type: 'burn', location: 'face' },
      { type: 'laceration', location: 'head' },
      { type: 'fracture', location: 'pelvis' },
    ]);
  });
  it('takes no place for a wound from a clause with its own subject after it', () => {
    expect(
      injuries('partial thickness burns to the chest and she took in a lot of smoke, soot around her nose'),
    ).toEqual([{ type: 'burn', location: 'chest' }]);
    expect(injuries('burns to the back he coughed up soot from the mouth')).toEqual([
      { type: 'burn', location: 'back' },
    ]);
    expect(injuries('lac on the left forearm and he says his knee is sore')).toEqual([
      { type: 'laceration', location: 'left_arm' },
    ]);
  });
  it('follows "one to the..." continuations and self-corrections', () => {
    expect(
      injuries(
        'he took two rounds, one to the abdomen, and one to the left upper arm, uh correction, right upper arm.',
      ),
    ).toEqual([
      { type: 'gsw', location: 'abdomen' },
      { type: 'gsw', location: 'right_arm' },
    ]);
  });
  it('does not record negated or hedged injuries, or limbs without a side', () => {
    expect(injuries('no exit wound. no fracture. possible fx L femur. GSW to the arm.')).toEqual([]);
  });
  it('does not give an injury the place of an exit said not to be there, even unpunctuated', () => {
    expect(injuries('gunshot wound left chest entry only no exit on the back vented chest seal left chest')).toEqual([
      { type: 'gsw', location: 'chest' },
    ]);
    expect(injuries('GSW left chest no exit wound on the back.')).toEqual([{ type: 'gsw', location: 'chest' }]);
  });
  it('names fixed-location injuries', () => {
    expect(injuries('head injury, confused. so tension pneumo.')).toEqual([
      { type: 'tbi', location: 'head' },
      { type: 'tension_pneumothorax', location: 'chest' },
    ]);
  });
});

describe('injuries said without their name', () => {
  it('reads bruising where it is seen as a blunt injury there', () => {
    expect(injuries('Seatbelt bruising over the right chest.')).toEqual([{ type: 'blunt', location: 'chest' }]);
    expect(injuries('contusion to the left thigh')).toEqual([{ type: 'blunt', location: 'left_leg' }]);
  });
  it('reads "blunt" said with the part it struck as a blunt injury there, and as the mechanism after a label', () => {
    expect(injuries('Inj: blunt abdomen, guarding.')).toEqual([{ type: 'blunt', location: 'abdomen' }]);
    expect(mechanisms('MOI: blunt. Hit by the hatch.')).toEqual(['blunt']);
    expect(mechanisms('Blunt trauma to the pelvis after the fall.')).toEqual(['fall']);
  });
  it('reads no gunshot wound from a round named as the cause of a wound of another kind', () => {
    expect(injuries('A graze, laceration on the right cheek from the round that hit the door frame.')).toEqual([
      { type: 'laceration', location: 'face' },
    ]);
    // A wound not named by kind is the cause's kind.
    expect(injuries('He has a wound from a bullet in the left thigh.')).toEqual([
      { type: 'gsw', location: 'left_leg' },
    ]);
  });
  it('reads a limb or the part below a joint that is gone or missing as an amputation', () => {
    expect(injuries('Right arm below the elbow is gone.')).toEqual([{ type: 'amputation', location: 'right_arm' }]);
    expect(injuries("Left hand is crushed, the fingers, they're all gone")).toEqual([]);
    expect(injuries("left leg mangled, below the knee it's completely gone")).toEqual([
      { type: 'amputation', location: 'left_leg' },
    ]);
    expect(injuries("his right foot's missing")).toEqual([{ type: 'amputation', location: 'right_leg' }]);
  });
  it('reads no amputation where something else about the limb is gone, or the limb has no side', () => {
    expect(injuries('The pulse in the right foot is gone.')).toEqual([]);
    expect(injuries('Pain in his left leg is gone now.')).toEqual([]);
    expect(injuries('His arm is gone.')).toEqual([]);
  });
});

describe('mechanisms and evacuation priority', () => {
  it('lists each mechanism once and drops blast beside an explosive', () => {
    expect(mechanisms('IED detonated, blast came up through the floor. IED.')).toEqual(['ied']);
    expect(mechanisms('Fuel bladder exploded, knocked flat by the blast. Flash burns.')).toEqual(['blast', 'burn']);
    expect(mechanisms('MATV struck AT mine and rolled onto its side.')).toEqual(['landmine', 'mvc']);
  });
  it('does not read a burst of fire as a burn; reads a vehicle that rolled and an animal bite', () => {
    expect(mechanisms('Jones and Smith both hit by the same burst.')).toEqual([]);
    expect(mechanisms('he got thrown when his MRAP rolled')).toEqual(['mvc']);
    expect(mechanisms('Dog bite on patrol, deep lacerations to the right forearm.')).toEqual(['other']);
  });
  it('reads any land vehicle that crashes as a vehicle collision, and a planted bomb or a charge', () => {
    expect(mechanisms('His motorcycle skidded on gravel at the gate.')).toEqual(['mvc']);
    expect(mechanisms('the ATV went off the road into the wadi')).toEqual(['mvc']);
    expect(mechanisms('Roadside bomb under the culvert.')).toEqual(['ied']);
    expect(mechanisms('Breaching charge set off too close to him.')).toEqual(['blast']);
    // A vehicle that does something other than crash names no mechanism.
    expect(mechanisms('The truck went to the aid station.')).toEqual([]);
  });
  it('reads a priority the casualty will need as his priority (intended care is not, but a category is)', () => {
    expect(extractRecord('Will need urgent surgical evac. GSW abdomen.').evac_priority).toBe('urgent_surgical');
    expect(extractRecord('Requested urgent MEDEVAC. Requested TXA from the BAS.')).toMatchObject({
      evac_priority: 'urgent',
    });
    expect(extractRecord('Requested urgent MEDEVAC. Requested TXA from the BAS.').medications).toBeUndefined();
  });
  it('does not read a mortar round as a gunshot', () => {
    expect(mechanisms('mortar round impact')).toEqual(['artillery']);
  });
  it('reads a 9-line precedence letter as the priority', () => {
    expect(extractRecord('GSW R arm. Precedence: C.').evac_priority).toBe('priority');
    expect(extractRecord('Frag abdomen. precedence a').evac_priority).toBe('urgent');
  });
  it('reads the written shorthand "rtne" as routine', () => {
    expect(extractRecord('sprained L ankle, ice pack. rtne').evac_priority).toBe('routine');
  });
  it('takes the last priority stated', () => {
    expect(findEvacPriority(readDoc('initially routine. now urgent surgical, over.'))?.value).toBe('urgent_surgical');
  });
  it('reads "a cut" and "cuts" as lacerations but not cutting clothes', () => {
    expect(injuries('a cut on her chin, cuts to the left hand.')).toEqual([
      { type: 'laceration', location: 'face' },
      { type: 'laceration', location: 'left_arm' },
    ]);
    expect(injuries('cut away his sleeve on the right arm.')).toEqual([]);
  });
  it('leaves out an injury to a part with no region rather than guess one', () => {
    expect(injuries('looks like a broken collarbone, and a cut on her chin. Closed fx R clavicle.')).toEqual([
      { type: 'laceration', location: 'face' },
    ]);
  });
  it('names no burn mechanism for the burns of an explosive unless a fire is named', () => {
    expect(mechanisms('IED, burns to his face and neck.')).toEqual(['ied']);
    expect(mechanisms('IED, then a vehicle fire, burns to his face.')).toEqual(['ied', 'burn']);
    expect(mechanisms('Incoming arty round landed by the motor pool.')).toEqual(['artillery']);
  });
  it('names a burn mechanism only when what burned them is said: a fire, fuel, or burn given as the mechanism', () => {
    expect(mechanisms('Burns, partial thickness, across the chest and both arms.')).toEqual([]);
    expect(mechanisms('she has burns to both hands from the flash')).toEqual([]);
    expect(mechanisms('Burns to both legs from the fuel fire.')).toEqual(['burn']);
    expect(mechanisms('Burned when the stove fuel ignited.')).toEqual(['burn']);
    expect(mechanisms('MOI: burn. Burns to the left forearm.')).toEqual(['burn']);
    expect(mechanisms('Pulled from a burning truck, burns to the back.')).toEqual(['burn']);
  });
  it('reads the limb an above- or below-knee amputation names', () => {
    expect(extractRecord('cas 1/1 / IED / bilat BKA / TQ L thigh 0901').injuries).toEqual([
      { type: 'amputation', location: 'left_leg' },
      { type: 'amputation', location: 'right_leg' },
    ]);
  });
  it('reads a gash or a cut said with its place as a laceration, and a dressing "on it" goes there', () => {
    const r = extractRecord(
      'Big cut on the back of his left hand, pressure dressing on it. Deep gash on the right shin.',
    );
    expect(r.injuries).toEqual([
      { type: 'laceration', location: 'left_arm' },
      { type: 'laceration', location: 'right_leg' },
    ]);
    expect(r.interventions).toEqual([{ type: 'pressure_dressing', location: 'left_arm' }]);
  });
  it('gives no priority when a sentence gives two people theirs ("Father urgent surgical, boy priority.")', () => {
    expect(extractRecord('Frag to the abdomen, pulse 118. Father urgent surgical, boy priority.').evac_priority).toBe(
      undefined,
    );
    expect(extractRecord('Evac priority is urgent.').evac_priority).toBe('urgent');
    expect(extractRecord('Priority, correction, urgent surgical.').evac_priority).toBe('urgent_surgical');
  });
  it('keeps a category corrected and said again in the sentence ("Routine — no, urgent, she\'s urgent.")', () => {
    expect(extractRecord("Burns to both hands, pulse 104. Routine — no, urgent, she's urgent.").evac_priority).toBe(
      'urgent',
    );
    expect(extractRecord("Frag to the neck. Mother urgent, son routine, he's routine.").evac_priority).toBe(undefined);
  });
  it('keeps the category a changed call gives, not the call changed ("the TL called him priority, upgrading")', () => {
    expect(extractRecord('Burns to both legs, urgent. The TL called him priority, I am upgrading.').evac_priority).toBe(
      'urgent',
    );
    expect(extractRecord('GSW chest. Urgent, not priority.').evac_priority).toBe('urgent');
    expect(extractRecord('GSW chest. His squad leader called him urgent.').evac_priority).toBe('urgent');
    // A call said after the category it was changed to, in a note beside it.
    const note = 'Open fx R femur. MEDEVAC: URGENT (was called priority at first, bumped once the thigh swelled)';
    expect(extractRecord(note).evac_priority).toBe('urgent');
  });
  it('keeps the category a written field is set right to ("precedence on the card should say priority")', () => {
    expect(extractRecord('Frag R calf. Evac: routine. Precedence on the card should say priority.').evac_priority).toBe(
      'priority',
    );
    // A wish about a category that is no field ("would be urgent if") stays unread.
    expect(extractRecord('Frag R calf. He would be urgent if the bleed came back.').evac_priority).toBeUndefined();
  });
  it('reads a military vehicle that rolled, or rolled "when it" did, as a vehicle crash', () => {
    expect(extractRecord('both came off the same four-wheeler when it rolled').mechanism).toEqual(['mvc']);
    expect(extractRecord('At 1420 our lead MATV rolled into the wadi.').mechanism).toEqual(['mvc']);
    expect(extractRecord('rolled him onto his side, the truck is parked').mechanism).toBeUndefined();
  });
});

describe('a round pointed back to', () => {
  it('names no gunshot beside the artillery round it points back to', () => {
    const record = extractRecord('Incoming artillery round hit the DFAC at 1232, all five from that round.');
    expect(record.mechanism).toEqual(['artillery']);
    expect(record.injuries ?? []).toEqual([]);
    expect(extractRecord('Mortar landed by the gate at 0610; two hurt by that one round.').mechanism).toEqual([
      'artillery',
    ]);
  });
  it('names no gunshot for "the same round" that hurt them all', () => {
    expect(extractRecord('Mortar hit the TOC at 0405, all 3 pts from the same round.').mechanism).toEqual([
      'artillery',
    ]);
    expect(extractRecord('Tank round on the berm, both hit by the same round.').mechanism).toEqual(['artillery']);
  });

  it('reads a crash told by the rider ("rolled his quad") as a vehicle collision, and "round the" as no bullet', () => {
    expect(mechanisms('He rolled his quad into the wadi, no helmet.')).toEqual(['mvc']);
    expect(mechanisms('Scooter went under a parked lorry at speed.')).toEqual(['mvc']);
    expect(mechanisms('Drove the truck round the corner and hit a wall.')).not.toContain('gsw');
    expect(mechanisms('Took a round to the thigh.')).toEqual(['gsw']);
  });
  it('reads a fall told by its height ("slipped off the wall maybe three metres") and not a device that came off', () => {
    expect(mechanisms('Slipped off the wall maybe three metres, landed on his back.')).toEqual(['fall']);
    expect(mechanisms('Came down from the tower about 20 feet.')).toEqual(['fall']);
    expect(mechanisms('TQ came off at 1400, reapplied 5 cm higher.')).toEqual([]);
    expect(mechanisms('IED went off 50 m from the truck.')).toEqual(['ied']);
    expect(mechanisms('Leapt off the loading deck, a good four metres, onto the quay.')).toEqual(['fall']);
    expect(mechanisms('Jumped out of the cab and ran, about 30 m away from the wreck.')).toEqual([]);
  });
  it('reads an arc flash as what burned them, and a flash alone as nothing', () => {
    expect(mechanisms('Arc flash from the generator, burns to both hands.')).toEqual(['burn']);
    expect(mechanisms('Burns to both hands from the flash.')).toEqual([]);
  });
});

describe('an injury said in unstopped speech', () => {
  it('takes no place from a later clause with its own subject', () => {
    expect(extractRecord('she twisted and broke her left ankle, and she says her neck is sore').injuries).toEqual([
      { type: 'fracture', location: 'left_leg' },
    ]);
  });
});

describe('a check of a limb after an injury', () => {
  it('is a finding, not a place of the injury', () => {
    expect(extractRecord('bruising over the right hip, wiggles his toes on both feet').injuries).toEqual([
      { type: 'blunt', location: 'pelvis' },
    ]);
  });
});

describe('a splinter driven in', () => {
  it('is a penetrating wound where it went in', () => {
    expect(injuries('Wooden splinters in his left forearm from the door. Pulse 88.')).toEqual([
      { type: 'penetrating', location: 'left_arm' },
    ]);
    // Splinters that went into no one name no wound.
    expect(injuries('There were splinters everywhere on the floor.')).toEqual([]);
  });
});

describe('a limb said to be deformed', () => {
  it('reads it as broken where it is, once when the fracture is named too', () => {
    expect(injuries('His left shin is deformed and swollen, splinted it with a SAM.')).toEqual([
      { type: 'fracture', location: 'left_leg' },
    ]);
    expect(injuries('Right knee looks deformed, closed fracture of the right knee.')).toEqual([
      { type: 'fracture', location: 'right_leg' },
    ]);
  });
  it('reads nothing where it is said not to be', () => {
    expect(injuries('Left elbow not deformed, no swelling.')).toEqual([]);
  });
});

describe('signs listed after a wound', () => {
  it('are no more places of the wound ("pinpoint pupils", "chest tight", "twitching in both legs")', () => {
    expect(
      injuries('Shrapnel to the left calf, pinpoint pupils, runny nose, chest tight, twitching in both legs.'),
    ).toEqual([{ type: 'penetrating', location: 'left_leg' }]);
  });
  it('leave a list of wounded places whole', () => {
    expect(injuries('Shrapnel to the left calf, the right forearm, and the face.')).toEqual([
      { type: 'penetrating', location: 'left_leg' },
      { type: 'penetrating', location: 'right_arm' },
      { type: 'penetrating', location: 'face' },
    ]);
  });
});

describe('shot with the side said before the part', () => {
  it('is a gunshot wound where the part after it is ("shot right side of the neck")', () => {
    expect(injuries('Corporal Ames was shot right side of the neck at 2210, pressure held.')).toEqual([
      { type: 'gsw', location: 'neck' },
    ]);
  });
  it('is no gunshot for an injection given there', () => {
    expect(extractRecord('Gave the shot left side of the belly, enoxaparin, at 0300.').mechanism).toBeUndefined();
  });
});
