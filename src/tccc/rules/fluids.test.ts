import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const fluids = (text: string) => extractRecord(text).fluids;

describe('fluids counted in units', () => {
  it('gives each unit its own time when the ordinals come a little after the fluid', () => {
    expect(
      fluids(
        'whole blood two units through the eye oh the first at zero three one five the second at zero three two five',
      ),
    ).toEqual([
      { name: 'whole_blood', volume_ml: 500, route: 'IO', time: '03:15' },
      { name: 'whole_blood', volume_ml: 500, route: 'IO', time: '03:25' },
    ]);
  });
  it('reads blood counted in units with no time as one fact per unit, and a count with one time as their total', () => {
    const unit = { name: 'whole_blood', volume_ml: 500, route: 'IO' };
    expect(fluids('Sternal IO placed. Three units whole blood IO. Pulse 130.')).toEqual([unit, unit, unit]);
    expect(fluids('2 units LTOWB IO 1322, TXA 2 g IO.')).toEqual([
      { name: 'whole_blood', volume_ml: 1000, route: 'IO', time: '13:22' },
    ]);
  });
  it('reads a volume set off by commas right after its fluid, but no number that runs on', () => {
    expect(fluids('Hextend, five hundred, going in IV now.')).toEqual([
      { name: 'hextend', volume_ml: 500, route: 'IV' },
    ]);
    expect(fluids('Hextend, 500 of them were ordered IV.')?.[0].volume_ml).toBeUndefined();
  });
  it('reads "unit 2" after a fluid as its next unit, never two of the access that follows', () => {
    const record = extractRecord('IO R humerus 0703. WB unit 1 IO 0706, unit 2 IO 0718.');
    expect(record.fluids).toEqual([
      { name: 'whole_blood', volume_ml: 500, route: 'IO', time: '07:06' },
      { name: 'whole_blood', volume_ml: 500, route: 'IO', time: '07:18' },
    ]);
    expect(record.interventions).toEqual([{ type: 'io', location: 'right_arm', time: '07:03' }]);
  });
  it('reads a unit said right after the fluid named again ("LTOWB unit 2 IO") as that one unit, not a second fact', () => {
    const record = extractRecord('1402 whole blood unit 1 via IO. 1409 TXA 2 g IO. 1417 whole blood unit 2 via IO.');
    expect(record.fluids).toEqual([
      { name: 'whole_blood', volume_ml: 500, route: 'IO', time: '14:02' },
      { name: 'whole_blood', volume_ml: 500, route: 'IO', time: '14:17' },
    ]);
  });
});

describe('crystalloids by their other names', () => {
  it('reads "Ringer" without the possessive, "NaCl" and "sodium chloride" as a crystalloid, not as IV access', () => {
    const record = extractRecord('IV left forearm 0802. 500 ml NaCl IV, 0805. Then half a liter Ringer IV at 0820.');
    expect(record.fluids).toEqual([
      { name: 'crystalloid', volume_ml: 500, route: 'IV', time: '08:05' },
      { name: 'crystalloid', volume_ml: 500, route: 'IV', time: '08:20' },
    ]);
    expect(record.interventions).toEqual([{ type: 'iv', location: 'left_arm', time: '08:02' }]);
    expect(fluids('sodium chloride one liter IV')).toEqual([{ name: 'crystalloid', volume_ml: 1000, route: 'IV' }]);
  });
  it('reads saline and the line it runs in by the names a translated report gives them', () => {
    const record = extractRecord('Venous line left hand at 0712. Physiological saline 250 ml IV at 0718.');
    expect(record.interventions).toEqual([{ type: 'iv', location: 'left_arm', time: '07:12' }]);
    expect(record.fluids).toEqual([{ name: 'crystalloid', volume_ml: 250, route: 'IV', time: '07:18' }]);
    expect(fluids('Physiological serum not given, no line.')).toBeUndefined();
  });
});

describe('a fluid said right after the line it runs through', () => {
  it('runs through the IV or IO placed just before it in its sentence', () => {
    expect(fluids('Sternal IO at 1410, five hundred of Hextend.')).toEqual([
      { name: 'hextend', volume_ml: 500, route: 'IO' },
    ]);
    expect(fluids('got a 20 gauge IV in his left hand and hung a liter of lactated ringers')).toEqual([
      { name: 'crystalloid', volume_ml: 1000, route: 'IV' },
    ]);
  });
  it('takes no route from a line placed in another sentence or with another thing between', () => {
    expect(fluids('IV right forearm. Then 500 ml saline.')).toEqual([{ name: 'crystalloid', volume_ml: 500 }]);
    expect(fluids('IO left tibia, TQ right leg, 1 liter NS')).toEqual([{ name: 'crystalloid', volume_ml: 1000 }]);
  });
});

describe("Hartmann's", () => {
  it('is a crystalloid, by its British and Australian name', () => {
    expect(fluids('1 litre of Hartmanns IV at 1205')).toEqual([
      { name: 'crystalloid', volume_ml: 1000, route: 'IV', time: '12:05' },
    ]);
    expect(fluids("hung five hundred mils Hartmann's through the IO")).toEqual([
      { name: 'crystalloid', volume_ml: 500, route: 'IO' },
    ]);
  });
});

describe('units of blood timed as a list', () => {
  it('gives each unit one time of the list, in order', () => {
    expect(extractRecord('Whole blood, two units IO, 1105 and 1121.').fluids).toEqual([
      { name: 'whole_blood', volume_ml: 500, route: 'IO', time: '11:05' },
      { name: 'whole_blood', volume_ml: 500, route: 'IO', time: '11:21' },
    ]);
    expect(
      extractRecord('LTOWB 3 units through the sternal IO, 0402, 0415, and 0431.').fluids?.map((f) => f.time),
    ).toEqual(['04:02', '04:15', '04:31']);
  });
});

describe('units of blood with only the first one timed', () => {
  it('times the first unit and runs the others untimed through the same line', () => {
    const unit = { name: 'whole_blood', volume_ml: 500, route: 'IO' };
    expect(fluids('Humeral IO on the left. Three units LTOWB through it, the first at 0412.')).toEqual([
      { ...unit, time: '04:12' },
      unit,
      unit,
    ]);
  });
  it('leaves a count said with one time, or a second unit timed later, as before', () => {
    expect(fluids('2 units whole blood IO starting 0940.')).toEqual([
      { name: 'whole_blood', volume_ml: 1000, route: 'IO', time: '09:40' },
    ]);
    expect(fluids('Two units whole blood IO, the first at 0412, the second at 0425.')?.map((f) => f.time)).toEqual([
      '04:12',
      '04:25',
    ]);
  });
});

describe('the way in said again for the next unit', () => {
  it('reads "also IO" after a second unit as its route, not another IO', () => {
    const record = extractRecord(
      'Sternal IO at 0510. First unit of LTOWB IO at 0512, then a second unit, also IO, 0530.',
    );
    expect(record.interventions).toEqual([{ type: 'io', location: 'chest', time: '05:10' }]);
    expect(record.fluids?.map((f) => f.route)).toEqual(['IO', 'IO']);
  });
});

describe('the letters of a grid square or a roster number', () => {
  it('are no whole blood', () => {
    expect(extractRecord('Pickup at 38S WB 4410 2291, LZ is the soccer field.').fluids).toBeUndefined();
    expect(extractRecord('Cas roster WB-5523, shrapnel R calf, pressure dressing.').fluids).toBeUndefined();
  });
});

describe('a volume given per kilogram', () => {
  it('is a rate, never the volume given; the total said is read', () => {
    expect(fluids('Pushed ten mils a kilo of Hextend through the IV.')).toEqual([{ name: 'hextend', route: 'IV' }]);
    expect(fluids('NS bolus 20 ml/kg IO, 300 ml total.')).toEqual([
      { name: 'crystalloid', volume_ml: 300, route: 'IO' },
    ]);
  });
});

describe('a fluid named with a capital possessive', () => {
  it('is the fluid, not a sentence about someone named Ringer', () => {
    expect(extractRecord("Cpl Haynes: IV left AC at 0910; lactated Ringer's 500 ml IV at 0912.").fluids).toEqual([
      { name: 'crystalloid', volume_ml: 500, route: 'IV', time: '09:12' },
    ]);
  });
});

describe('a fluid said again whole with the same time', () => {
  it('is the one fluid', () => {
    expect(extractRecord('Hextend 500 ml IV at 0722. Writing it down: Hextend, 500 ml, IV, 0722.').fluids).toEqual([
      { name: 'hextend', volume_ml: 500, route: 'IV', time: '07:22' },
    ]);
  });
  it('keeps a second bag hung at another time', () => {
    expect(extractRecord('LR 500 ml IV at 0722. LR 500 ml IV at 0740.').fluids).toHaveLength(2);
  });
});

describe('blood written on a card', () => {
  it('reads a unit numbered with "#" after the fluid as one unit, and "Bld" as blood', () => {
    expect(extractRecord('Fluids: FWB #2 IV 2214. Whole Bld 1 unit IO 2230.').fluids).toEqual([
      { name: 'whole_blood', volume_ml: 500, route: 'IV', time: '22:14' },
      { name: 'whole_blood', volume_ml: 500, route: 'IO', time: '22:30' },
    ]);
  });
  it('reads no count a scan left as a letter ("l unit") where the card is read unrepaired', () => {
    expect(extractRecord('Whole blood l unit IV 2230.').fluids?.[0].volume_ml).toBeUndefined();
  });
  it('reads no unit from a "#" that is not right after the fluid', () => {
    expect(extractRecord('Whole blood IV 2214, bed #2.').fluids?.[0].volume_ml).toBeUndefined();
  });
});

describe('a fluid held back or running by a line', () => {
  it('reads no fluid the medic is told to hold', () => {
    expect(
      extractRecord('No blood on the truck. Roger, hold the LR unless her pressure drops. Pulse 112.').fluids,
    ).toBeUndefined();
  });
  it('reads "running IO" said late after the fluid as its way in, not a second line', () => {
    const r = extractRecord(
      'IO in the right tibia, 0512. Five hundred mils of Hextend, warmed on the engine block first, running IO, 0516.',
    );
    expect(r.interventions).toEqual([{ type: 'io', location: 'right_leg', time: '05:12' }]);
    expect(r.fluids).toEqual([{ name: 'hextend', volume_ml: 500, route: 'IO', time: '05:16' }]);
  });
});

describe('a volume with its thousands set apart by a space', () => {
  it('reads "1 000 ml" as one litre, never a bare thousand or none', () => {
    expect(extractRecord('0712 Ringer lactate 1 000 ml IV.').fluids).toEqual([
      { name: 'crystalloid', volume_ml: 1000, route: 'IV', time: '07:12' },
    ]);
  });
});
