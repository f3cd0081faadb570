import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const mechanisms = (text: string) => extractRecord(text).mechanism ?? [];

describe('words that name no mechanism', () => {
  it('reads "mine" the pronoun as no landmine, and the shot given in a limb as no gunshot', () => {
    expect(mechanisms("Mortar hit the berm, two of ours down, mine's only a graze.")).toEqual(['artillery']);
    expect(mechanisms('A buddy of mine caught grenade frag in the arm.')).toEqual(['grenade']);
    expect(mechanisms('Grenade frag. Kowalski is mine, the other two are mine too, both mine urgent.')).toEqual([
      'grenade',
    ]);
    expect(mechanisms('Mine strike on the track, I gave her the shot in the thigh for pain.')).toEqual(['landmine']);
    expect(extractRecord('Frag to the chest. Put the shot in the arm, morphine.').injuries).toEqual([
      { type: 'penetrating', location: 'chest' },
    ]);
  });
});

describe('a munition that fell', () => {
  it('reads a shell or round that fell as the explosive alone, no one falling', () => {
    expect(mechanisms('At 0530 a mortar round fell inside the compound, frag to his left calf.')).toEqual([
      'artillery',
    ]);
    expect(mechanisms('The rocket that fell behind the wall sprayed fragments.')).toEqual(['rpg']);
  });
  it('still reads the casualty falling after a blast', () => {
    expect(mechanisms('An artillery shell hit the roof and he fell two meters onto the road.')).toEqual([
      'artillery',
      'fall',
    ]);
  });
});

describe('mechanisms told by what happened rather than named', () => {
  it('reads a fall said in the perfect with its height ("has come off"), not a device that came off', () => {
    expect(mechanisms("She's come off the balcony, about four metres, landed on her side.")).toEqual(['fall']);
    expect(mechanisms("The dressing's come off his arm, re-wrapping it.")).toEqual([]);
  });
  it('reads a vehicle crash when the vehicle is said again by "that" or "it"', () => {
    expect(mechanisms('Pulled him out of the MRAP that rolled into the canal.')).toEqual(['mvc']);
    expect(mechanisms('two of them came off the side-by-side it flipped on the track')).toEqual(['mvc']);
  });
  it('reads a crash of an armoured vehicle, or one that went off the shoulder', () => {
    expect(mechanisms('Our Stryker went off the shoulder near the bridge.')).toEqual(['mvc']);
    expect(mechanisms('The JLTV flipped at the checkpoint, driver hurt.')).toEqual(['mvc']);
  });
  it('reads a crash said as "and rolled" after the vehicle\'s own clause, but not past a pause', () => {
    expect(mechanisms('Their humvee clipped the berm by the bridge and flipped onto its roof.')).toEqual(['mvc']);
    expect(mechanisms('The truck stopped, and rolled him onto the litter.')).toEqual([]);
  });
  it('reads a crash of a vehicle named by its number in the convoy ("Truck 5 rolled")', () => {
    expect(mechanisms('Truck 5 rolled off the canal road into the bank at 1512.')).toEqual(['mvc']);
    expect(mechanisms('Loaded him on truck 5, rolled out at 1530.')).toEqual([]);
  });
  it('reads a collision named by its parties, and the British names for a vehicle crash', () => {
    expect(mechanisms('Scooter vs delivery van near the souk, rider down.')).toEqual(['mvc']);
    expect(mechanisms('Road traffic collision on the MSR, she was the passenger.')).toEqual(['mvc']);
    expect(mechanisms('RTC at the junction, he was thrown clear.')).toEqual(['mvc']);
  });
  it('reads a crush when the casualty is held between two things or a weight comes down on them', () => {
    expect(mechanisms('His leg got pinned between the ramp and the hull.')).toEqual(['crush']);
    expect(mechanisms('The shelf came down on him in the storeroom.')).toEqual(['crush']);
    // A landing on one's own limb is no crush.
    expect(mechanisms('He came down on his ankle wrong.')).toEqual([]);
  });
  it('reads a collapse as the event, not a crush of everyone in it', () => {
    // The crush is read from what held the casualty; the collapse names only what happened.
    expect(mechanisms('Wall collapse by the bazaar; laceration to the scalp from a tile, pressure dressing.')).toEqual(
      [],
    );
    expect(mechanisms('Wall collapse at 0415, she was pinned under the rubble, left leg.')).toEqual(['crush']);
    expect(mechanisms('Building collapse during the search. Crushed pelvis, binder on.')).toEqual(['crush']);
  });
  it('reads a jump from a height as a fall', () => {
    expect(mechanisms('He jumped from the second-floor window to get away from the fire.')).toContain('fall');
  });
});

describe('a blade used on the casualty', () => {
  it('is an other mechanism, a knife alone is not', () => {
    expect(mechanisms('detainee got cut in a knife fight, laceration left forearm')).toEqual(['other']);
    expect(mechanisms('Hit with a machete across the right shoulder.')).toEqual(['other']);
    expect(mechanisms('Cut his sleeve off with a knife, laceration left forearm.')).toEqual([]);
  });
});

describe('a blast beside an explosive', () => {
  it('is a mechanism of its own only when a card has its box checked', () => {
    expect(mechanisms('MOI: IED box checked, blast box also checked. Frag L leg.')).toEqual(['ied', 'blast']);
    expect(mechanisms('IED blast on the route, frag L leg.')).toEqual(['ied']);
  });
});

describe('a round said to land or impact', () => {
  it('names no gunshot: the weapon said with it gives the mechanism', () => {
    expect(mechanisms('Two rounds landed by the motor pool at 1130, mortar, one casualty.')).toEqual(['artillery']);
    expect(mechanisms('Took a round through the left forearm.')).toEqual(['gsw']);
  });
});

describe("a unit's branch and a breath's movement", () => {
  it('reads no artillery from a field or royal artillery unit, and no fall from the chest rising and falling', () => {
    expect(mechanisms('SPC Ito, Bravo Battery, 2-77 Field Artillery, shot through the left calf at 1540.')).toEqual([
      'gsw',
    ]);
    expect(mechanisms('Gunner Shaw, 4th Regiment Royal Artillery. Vehicle rollover at 0205.')).toEqual(['mvc']);
    expect(mechanisms('Shot in the flank. Chest: equal rise and fall, no crepitus.')).toEqual(['gsw']);
    expect(mechanisms('Artillery round landed by the gun pit at 1410.')).toEqual(['artillery']);
  });
});

describe('a casualty said to be pinned', () => {
  it('reads a crush from whatever held him, but not from being pinned down by fire', () => {
    expect(mechanisms('The generator tipped and she was pinned for ten minutes, right hip deformed.')).toEqual([
      'crush',
    ]);
    expect(mechanisms('PFC Lowe pinned by a steel door across both shins.')).toEqual(['crush']);
    expect(mechanisms('We were pinned down by the PKM, he took a round in the left arm.')).toEqual(['gsw']);
  });
  it("reads no crush from a vehicle's own parts pinning its driver, nor from a pinning taken back", () => {
    expect(mechanisms('Humvee rolled. The driver is pinned behind the steering wheel, chest bruised.')).toEqual([
      'mvc',
    ]);
    expect(mechanisms('He was pinned no, he walked out of it, ankle swollen.')).toEqual([]);
  });
});

describe('a round that fell short', () => {
  it('is no fall', () => {
    expect(extractRecord('Our own mortar round fell short at 0915. Frag R arm.').mechanism).toEqual(['artillery']);
    expect(extractRecord('He fell off the wall at 0915. Ankle deformed.').mechanism).toEqual(['fall']);
  });
});

describe('burn listed in the mechanism field after another mechanism', () => {
  it('reads "MOI: grenade / burn" as both, and a burn wound after another field as no mechanism', () => {
    expect(mechanisms('MOI: grenade / burn. Inj: burns to the neck, frag L arm.')).toEqual(['grenade', 'burn']);
    expect(mechanisms('Mech: mortar and burn. Inj: burns to the neck.')).toEqual(['artillery', 'burn']);
    expect(mechanisms('MOI: mortar. Inj: burns to the neck.')).toEqual(['artillery']);
  });
});

describe('a head-on collision', () => {
  it('is a motor vehicle collision', () => {
    expect(mechanisms('Their sedan met a fuel truck head-on at dusk.')).toEqual(['mvc']);
  });
  it('is not his head hit on something', () => {
    expect(mechanisms('Knocked his head on the turret ring, dazed.')).not.toContain('mvc');
  });
});

describe('an aircraft coming down', () => {
  it('reads a hard landing or a crashed helicopter as "other", beside what else hurt the casualty', () => {
    expect(mechanisms('Blackhawk crashed on the ridge at 2240. Pax thrown from his seat, closed fx L femur.')).toEqual([
      'other',
    ]);
    expect(
      mechanisms('Crew chief burned in the fire after the hard landing, partial thickness burns both hands.'),
    ).toEqual(['burn', 'other']);
    expect(mechanisms('We flew the bird down to the pad and he took a GSW to the L arm on the ground.')).toEqual([
      'gsw',
    ]);
  });
  it('keeps the mechanism a medic fills in, and reads no crush from landing gear that collapsed on touchdown', () => {
    expect(mechanisms('Hard landing at the FARP, 0412. Mech: blunt. Bruised ribs L side.')).toEqual(['blunt']);
    expect(mechanisms('Left gear collapsed on landing, loadmaster thrown forward, lac to the scalp.')).toEqual([]);
  });
});

describe('a non-battle injury the list has no mechanism for', () => {
  it('is "other" for a snake bite, an electric shock and heat stroke', () => {
    expect(extractRecord('DNBI. Snake bite to the right ankle at 0610, splinted.').mechanism).toEqual(['other']);
    expect(extractRecord('Electrocuted on a downed power line, 1420. Burn left hand.').mechanism).toEqual(['other']);
    expect(extractRecord('Went down with heat stroke on the ruck march, temp 105, cooling started.').mechanism).toEqual(
      ['other'],
    );
  });
  it('is none for heat said of the weather or the body', () => {
    expect(extractRecord('Heat index 110 today, he is sweating, fell off the truck.').mechanism).toEqual(['fall']);
  });
});

describe('cold and poison gas as the mechanism', () => {
  it('is "other" for frostbite, an avalanche, a nerve agent and chlorine', () => {
    expect(mechanisms('Toes on his left foot are black, frostbitten after two nights out.')).toEqual(['other']);
    expect(mechanisms('Caught in an avalanche on the pass at 0930, dug out after ten minutes.')).toEqual(['other']);
    expect(mechanisms('Mortar round landed near the trench, nerve agent, she has pinpoint pupils.')).toEqual([
      'artillery',
      'other',
    ]);
    expect(mechanisms('Chlorine released when the tanker was hit, he is coughing and wheezing.')).toEqual(['other']);
  });
  it('is none for a cold or a gas denied', () => {
    expect(mechanisms('Fell from the tower, no frostbite, no nerve agent exposure.')).toEqual(['fall']);
  });
});

describe('a burning felt as a symptom', () => {
  it('names no burn in stinging eyes or a burning pain', () => {
    expect(mechanisms('Grenade went off by the gate, eyes burning, a burning pain in his throat.')).toEqual([
      'grenade',
    ]);
  });
  it('still names the fire of a burning vehicle', () => {
    expect(mechanisms('Pulled the gunner out of the burning truck, burns to both hands.')).toEqual(['burn']);
  });
});

describe('a round that hit a thing', () => {
  it('names no gunshot where the round hit the doorframe, and reads spall it threw off as a penetrating wound', () => {
    const record = extractRecord('The round hit the doorframe next to his head and spall went into his right cheek.');
    expect([record.mechanism, record.injuries]).toEqual([undefined, [{ type: 'penetrating', location: 'face' }]]);
    expect(mechanisms('The round hit the left thigh.')).toEqual(['gsw']);
  });
});

describe('rockets and rounds fired at a base from afar', () => {
  it('reads a rocket attack and rockets by their calibre as indirect fire, an RPG still as one', () => {
    expect(mechanisms('Rocket attack on FOB Hadley at 0120. Frag L thigh.')).toEqual(['artillery']);
    expect(mechanisms('Two 122mm rockets hit the yard at 2340. Frag L calf.')).toEqual(['artillery']);
    expect(mechanisms('Hit by a rocket at 1400, frag to the chest.')).toEqual(['rpg']);
  });
  it('reads rounds walking across a camp, hitting a tower or setting off fuel as no gunshot', () => {
    expect(mechanisms('Mortars at 0150, rounds walking across the FOB. Frag R calf.')).toEqual(['artillery']);
    expect(mechanisms('Mortars. A round hit the base of the tower by the gate, frag R calf.')).toEqual(['artillery']);
    expect(mechanisms('Mortars. A round set off the ammo crates, frag L arm.')).toEqual(['artillery']);
  });
});

describe('a rocket attack', () => {
  it('is the RPG named with it, no indirect fire; a base rocket attack with no RPG named is', () => {
    expect(mechanisms('Convoy hit by a rocket attack at 1300, RPG hit the lead truck. Frag to his L arm.')).toEqual([
      'rpg',
    ]);
    expect(mechanisms('Rocket attack on the FOB at 0120, frag to his L thigh.')).toEqual(['artillery']);
  });

  it('is indirect fire when the RPG is named in another sentence', () => {
    const said =
      'Rocket attack on the FOB at 0120, 107mm impacted by the DFAC. Earlier patrol saw an RPG team, no contact. ' +
      'SPC Hill frag to L thigh, TQ 0125.';
    expect(mechanisms(said)).toContain('artillery');
  });
});

describe('rounds walking up', () => {
  it('are indirect fire unless a direct-fire weapon is named in the same sentence', () => {
    expect(mechanisms('Incoming at 0150, rounds walking up the hill toward the OP. SPC Diaz frag to L calf')).toEqual([
      'artillery',
    ]);
    const said = 'PKM opened up at 1415, rounds walking up the wall toward us. PFC Ruiz took one in the L thigh.';
    expect(mechanisms(said)).not.toContain('artillery');
  });
});
