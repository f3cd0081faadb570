import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('drug shorthand in notes', () => {
  it('reads the lozenge on its stick called a "lolli" as fentanyl by the cheek', () => {
    expect(extractRecord('Fent lolly 800 mcg in her cheek at 2231.').medications).toEqual([
      { name: 'fentanyl', dose: '800 mcg', route: 'OTFC', time: '22:31' },
    ]);
    expect(extractRecord('Fentanyl, 400 mcg lolli, 0107.').medications).toEqual([
      { name: 'fentanyl', dose: '400 mcg', route: 'OTFC', time: '01:07' },
    ]);
  });
  it('reads the whole word "fentanyl" before "lolly", and "lolly" after the dose, as the lozenge', () => {
    expect(extractRecord('Fentanyl lolly, four hundred micrograms, at 1612.').medications).toEqual([
      { name: 'fentanyl', dose: '400 mcg', route: 'OTFC', time: '16:12' },
    ]);
    expect(extractRecord('Fentanyl 800 mcg lolly 0448.').medications).toEqual([
      { name: 'fentanyl', dose: '800 mcg', route: 'OTFC', time: '04:48' },
    ]);
  });
  it('reads "Keta" as ketamine with its dose, route and time', () => {
    expect(extractRecord('Keta 50mg IM 0258. Ertapenem 1g IM 0300.').medications).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IM', time: '02:58' },
      { name: 'ertapenem', dose: '1 g', route: 'IM', time: '03:00' },
    ]);
  });

  it('reads "ertap" as ertapenem, as "cefaz" is cefazolin', () => {
    expect(extractRecord('moxi held, ertap 1 gm IM @ 0615').medications).toEqual([
      { name: 'ertapenem', dose: '1 g', route: 'IM', time: '06:15' },
    ]);
  });

  it("gives a form said after the drug's dose no amount, route or time of the next giving", () => {
    expect(
      extractRecord('Fentanyl lozenge 400 mcg OTFC at 2210, then two grams IV at 2214. Pulse 88.').medications,
    ).toEqual([{ name: 'fentanyl', dose: '400 mcg', route: 'OTFC', time: '22:10' }]);
    expect(extractRecord('fentanyl 800 mcg OTFC; 1 g IM 0930').medications).toEqual([
      { name: 'fentanyl', dose: '800 mcg', route: 'OTFC' },
    ]);
  });

  it('reads the fentanyl lollipop written as two words as the lozenge it is', () => {
    expect(extractRecord('Fentanyl lolly pop 800 mcg at 1310.').medications).toEqual([
      { name: 'fentanyl', dose: '800 mcg', route: 'OTFC', time: '13:10' },
    ]);
  });

  it('reads a form name said again without a dose or time as no second giving', () => {
    expect(
      extractRecord('Fentanyl 400 mcg OTFC at 0905. He got sleepy so the OTFC came out. RR 10.').medications,
    ).toEqual([{ name: 'fentanyl', dose: '400 mcg', route: 'OTFC', time: '09:05' }]);
  });
});

describe('a drug named twice at once, by its form and its name', () => {
  it('takes the dose said before its first naming', () => {
    expect(extractRecord('Medic handed him a 400 milligram moxi (moxifloxacin) tab.').medications).toEqual([
      { name: 'moxifloxacin', dose: '400 mg' },
    ]);
    expect(extractRecord('Placed a 1600 microgram OTFC fentanyl lozenge in his cheek.').medications).toEqual([
      { name: 'fentanyl', dose: '1600 mcg', route: 'OTFC' },
    ]);
  });
  it('reads calcium shortened to "cal" before its salt, and never "cal" alone', () => {
    expect(extractRecord('Pushed cal gluconate, 2 grams, IV at 0412.').medications).toEqual([
      { name: 'calcium', dose: '2 g', route: 'IV', time: '04:12' },
    ]);
    expect(extractRecord('Cal, call it 1 g IV.').medications).toBeUndefined();
  });
  it('reads a recogniser\'s spellings: "moxy" and "moxy flocks a sin", a dose\'s hundreds after "for"', () => {
    expect(extractRecord('gave him the moxy flocks a sin for hundred milligrams by mouth').medications).toEqual([
      { name: 'moxifloxacin', dose: '400 mg', route: 'PO' },
    ]);
    expect(extractRecord('moxy 400 mg PO at 1020').medications).toEqual([
      { name: 'moxifloxacin', dose: '400 mg', route: 'PO', time: '10:20' },
    ]);
    expect(extractRecord('cefazolin to thousand milligrams i v').medications).toEqual([
      { name: 'cefazolin', dose: '2000 mg', route: 'IV' },
    ]);
  });
  it('reads hypothermia care a recogniser split in two words', () => {
    expect(extractRecord('wrapped him in a hypo thermia blanket').interventions).toEqual([
      { type: 'hypothermia_prevention' },
    ]);
  });
});

describe('a chemical casualty masked against gas', () => {
  it('reads the nerve-agent antidotes as other drugs, each with its own dose', () => {
    expect(
      extractRecord('Nerve agent signs. 2-PAM 600 mg IM right thigh. Then Valium 10 mg IM for the seizure at 1104.')
        .medications,
    ).toEqual([
      { name: 'other', dose: '600 mg', route: 'IM' },
      { name: 'other', dose: '10 mg', route: 'IM', time: '11:04' },
    ]);
  });

  it('gives no drug ruled out or not got, and reads no chest seal in a mask seal', () => {
    const r = extractRecord(
      "Gas mask seal checked, tight. OTFC is out with the mask on, so morphine 10 mg IM. She doesn't get the DuoDote, no signs.",
    );
    expect(r.medications).toEqual([{ name: 'morphine', dose: '10 mg', route: 'IM' }]);
    expect(r.interventions).toBeUndefined();
  });
});

describe('drugs offered as a choice', () => {
  it('gives neither drug of an "or" said with no dose, and the one chosen with its dose', () => {
    expect(
      extractRecord('For the pain there is morphine or a ketamine pen. She is hypotensive, so ketamine 20 mg IV.')
        .medications,
    ).toEqual([{ name: 'ketamine', dose: '20 mg', route: 'IV' }]);
    expect(extractRecord('Options: ondansetron or promethazine. Neither given.').medications).toBeUndefined();
  });
});
