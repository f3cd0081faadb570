import { describe, expect, it } from 'vitest';
import { findCasualty } from './casualty.js';
import { readDoc } from './document.js';
import { extractRecord } from './index.js';

const casualty = (text: string) => findCasualty(readDoc(text))?.value;

describe('the casualty name', () => {
  it('reads the name after a rank across a hesitation set off by commas, not across a comma the speaker meant', () => {
    expect(casualty('okay this is Corporal, um, Dana Whitlock, shot in the left arm.')?.name).toBe('Dana Whitlock');
    expect(casualty('Our Corporal, the gunner, took frag to the neck.')?.name).toBeUndefined();
  });
  it('keeps a hyphened surname or first name whole, and the sex letter after it', () => {
    expect(casualty('Cas: PFC Lena Ortiz-Brandt, F, 22. Closed fx R wrist. Routine.')).toEqual({
      name: 'Lena Ortiz-Brandt',
      sex: 'female',
    });
    expect(casualty('SGT Min-jun Seo, M. Frag L calf.')).toEqual({
      name: 'Min-jun Seo',
      sex: 'male',
    });
    // A dash set off by a space ends the name.
    expect(casualty('SGT Seo - frag L calf.')?.name).toBe('Seo');
  });
  it('reads a rank written with a digit between its letters ("A1C") as a rank', () => {
    expect(casualty('A1C Dana Whitlock, female, burn to the left hand.')).toEqual({
      name: 'Dana Whitlock',
      sex: 'female',
    });
  });
  it('reads a rank written with a digit before its letters ("1LT", "1SG") as a rank, a gauge ("18g") as none', () => {
    expect(casualty('1LT Priya Sandoval, female. GSW R shoulder, 18g IV L AC.')).toEqual({
      name: 'Priya Sandoval',
      sex: 'female',
    });
    expect(casualty('Pt is 1SG Okoro. Burns both hands.')?.name).toBe('Okoro');
  });
  it('never takes the speaker who names himself and his unit before "casualty is" for the casualty', () => {
    expect(
      casualty(
        'this is corporal diaz from the scout platoon patient is specialist mara quinn female she fell off the wall',
      ),
    ).toEqual({ name: 'mara quinn', sex: 'female' });
    // With no casualty named after him, "this is" and a rank may still name the casualty.
    expect(casualty('this is specialist quinn she fell off the wall')?.name).toBe('quinn');
  });
  it('never takes the station asking for the report, or the sender of an update, for the casualty', () => {
    expect(
      casualty('This is Captain Orlov at the aid station, go ahead. Casualty is Specialist Tara Nunes, burns.')?.name,
    ).toBe('Tara Nunes');
    expect(casualty("sir it's cpl ibsen, update on spc dale moreau. frag left calf.")?.name).toBe('dale moreau');
  });
  it('keeps the small lower-case words inside a surname ("van", "de la")', () => {
    expect(casualty('This is Sergeant Pieter van der Berg, male. Burn R hand.')?.name).toBe('Pieter van der Berg');
    expect(casualty('PFC Lucia de Souza, F, frag L thigh.')).toEqual({
      name: 'Lucia de Souza',
      sex: 'female',
    });
    // A lower-case word with no capitalized name after it ends the name.
    expect(casualty('Sgt Tomas van the truck hit')?.name).toBe('Tomas');
  });
});

describe('an unranked name set off after what the casualty is', () => {
  it('reads a first name and surname right after a role a patient has', () => {
    expect(casualty('#2 LN mechanic Karim Nadiri, M: burns both hands.')).toEqual({
      name: 'Karim Nadiri',
      sex: 'male',
    });
    expect(casualty('Patient is a forty year old female contractor, Dana Whitfield, slipped on the ramp.')?.name).toBe(
      'Dana Whitfield',
    );
  });
  it('never takes the name of an interpreter or guard said the same way', () => {
    expect(
      casualty('Our interpreter, Omar Saleh, is unhurt. Casualty has a GSW to the left leg.')?.name,
    ).toBeUndefined();
  });
});

describe('a name in a transcript with no capitals', () => {
  it('reads a name after "name is" when it plainly ends within two words', () => {
    expect(casualty('local guy name is omid farahi shrapnel wound to the right calf')?.name).toBe('omid farahi');
    expect(casualty('casualty is a male sergeant name is lopez roster kilo mike one one two two')?.name).toBe('lopez');
    expect(casualty('his name is going to be hard to get')?.name).toBeUndefined();
  });
  it('reads three words after a rank when the roster or the sex ends them, and a name before "shes" or "hes"', () => {
    expect(casualty('patient is corporal mary ann kowal battle roster kilo alpha one two three four')?.name).toBe(
      'mary ann kowal',
    );
    expect(casualty('patient is specialist dana ruiz shes got a burn on the left hand')?.name).toBe('dana ruiz');
    expect(casualty('specialist tran fell down he hit his head')?.name).toBe('tran');
  });
  it('leaves an order said after the name out of it', () => {
    expect(casualty('Alright, Corporal Mensah first. Frag to the left calf.')?.name).toBe('Mensah');
  });
  it('reads no name where the medic says he does not know it ("last name I don\'t know", "name unknown")', () => {
    expect(casualty('Local driver, last name I dont know. Burns to the left forearm.')?.name).toBeUndefined();
    expect(casualty('local national name unknown female cut to the right hand')?.name).toBeUndefined();
  });
  it('reads a Commonwealth rank said in full ("Trooper", "Rifleman") as a rank before the name', () => {
    expect(casualty('Trooper Amir Khan, frag to the left calf, pressure dressing.')?.name).toBe('Amir Khan');
    expect(casualty('Rifleman Dev Gurung has a burn to the right hand.')?.name).toBe('Dev Gurung');
  });
  it('puts a first name said after the surname between commas first ("SSG Okafor, Ryan, 3/75")', () => {
    expect(casualty('Casualty is CPL Brandt, Nina, 1/87, female, frag to the right hand.')?.name).toBe('Nina Brandt');
    expect(casualty('Second patient, name Ferris, Alan, civilian, fell.')?.name).toBe('Alan Ferris');
    expect(casualty('SGT Cole, Dunn, Ames and Roy carried the litter.')?.name).toBe('Cole');
  });
  it('reads the name answered after "name?", and after a word for a soldier where a rank would stand', () => {
    expect(casualty('Splint on. Name? Dmytro Hnatiuk. Pulse 96.')?.name).toBe('Dmytro Hnatiuk');
    expect(casualty("Ma'am, what's your name? ...Irene Castell, okay.")?.name).toBe('Irene Castell');
    expect(casualty('Casualty is soldier Yusuf Abdi Farah, 3rd Company.')?.name).toBe('Yusuf Abdi Farah');
    expect(casualty('Name? Unknown. Pulse 90.')?.name).toBeUndefined();
  });
});

describe('a name read off a card surname first', () => {
  it('reads "Last name X, first Y" and "Last name X, first name Y" as the first name then the surname', () => {
    expect(casualty('Last name Okoro, first Chidi. Unit, Bravo Battery.')?.name).toBe('Chidi Okoro');
    expect(casualty('Last name Okoro, first name Chidi.')?.name).toBe('Chidi Okoro');
    expect(casualty('Last name Okoro, first TQ on the left leg.')?.name).toBe('Okoro');
  });
  it('reads "Name X, first name Y" as the first name then the surname, and spelled ones the same way', () => {
    expect(casualty('Name Lindqvist, first name Petra, unit Alpha Battery.')?.name).toBe('Petra Lindqvist');
    expect(casualty('Name, I spell: Foxtrot Oscar Romeo Delta, first name Juliet India Mike. Over.')?.name).toBe(
      'Jim Ford',
    );
  });
});

describe('a name whose surname is spelled out after it', () => {
  it('reads the first name and the surname when the letters of the surname follow it', () => {
    const said = (text: string) => casualty(text)?.name;
    expect(said('casualty is private first class maria okonkwo o k o n k w o she has a gsw to the left thigh')).toBe(
      'maria okonkwo',
    );
    expect(said('uh patient is sergeant tomas nunez n u n e z frag to the face at one two one zero')).toBe(
      'tomas nunez',
    );
  });
  it('reads "Officer" before a capitalized name as a police rank, and "officer down" as no name', () => {
    expect(casualty('Officer Priya Nandakumar, GSW to the right shoulder, HR 112.')?.name).toBe('Priya Nandakumar');
    expect(casualty('Shots fired, Officer Down, Officer Down! GSW left thigh, TQ 2241.')?.name).toBeUndefined();
    expect(casualty('officer down, officer needs help, bleeding from the neck.')?.name).toBeUndefined();
  });
  it('reads a capitalized Gunner or Driver right before a capitalized name as his rank', () => {
    expect(casualty('Cas B is Gunner Tariq Mahmood, 4 RA, blast injury to the left ear.')?.name).toBe('Tariq Mahmood');
    expect(casualty('Driver Holly Briggs, 27 Regt RLC, whiplash, alert.')?.name).toBe('Holly Briggs');
    // The role with a comma before the ranked name, or said as a word, is no rank.
    expect(casualty('Gunner, LCpl Ivo Marsh, frag to the neck.')?.name).toBe('Ivo Marsh');
    expect(casualty('The gunner Was thrown clear, frag to the neck.')?.name).toBeUndefined();
  });
  it('reads a sailor\'s rate before his name as a rank ("GM2 …", "YN3 …", "SN …")', () => {
    expect(casualty('GM2 Rhea Santos, burns to both hands, HR 104.')?.name).toBe('Rhea Santos');
    expect(casualty('Patient is YN3 Colby, fell down the ladder, head lac.')?.name).toBe('Colby');
    expect(casualty('SN Owen Pike, frag to the left calf, TQ on.')?.name).toBe('Owen Pike');
  });
});

describe('names written with accents or with the surname in capitals', () => {
  it('reads a ranked name with accented letters whole', () => {
    expect(casualty('SGT José Núñez, GSW to the left thigh, TQ at 1410.')?.name).toBe('José Núñez');
    expect(casualty('PFC Zoë Ångström took frag to the face.')?.name).toBe('Zoë Ångström');
  });
  it('reads "SURNAME, First" and "SURNAME First" as the first name then the surname', () => {
    expect(casualty('Stabsgefreiter KELLER, Mia, female, frag wound of the right thigh.')?.name).toBe('Mia KELLER');
    expect(casualty('Kapral LINDQVIST Erik was hit in the chest, chest seal applied.')?.name).toBe('Erik LINDQVIST');
    expect(casualty('Sotilas VAN DAM, Pieter, burns of both hands.')?.name).toBe('Pieter VAN DAM');
  });
  it('reads no name from capitals that name a place or a unit, nor from a text all in capitals', () => {
    expect(casualty('Burn at FOB Anvil, TOI 1840. Pt M, burns chest.')?.name).toBeUndefined();
    expect(casualty('PF pax, 3rd ISOF Bn, GSW abdomen.')?.name).toBeUndefined();
    expect(casualty('GSW LEFT LEG, TQ APPLIED, HR 120.')?.name).toBeUndefined();
  });
});

describe('a lower-case word after a capitalized name', () => {
  it('is no part of the name', () => {
    expect(casualty('The round got Cpl Henley badly, frag to the left leg.')?.name).toBe('Henley');
    expect(casualty('He stabbed Pvt Osei twice in the arm.')?.name).toBe('Osei');
    // Said all in lower case, the second word is the surname when the name plainly ends after it.
    expect(casualty('specialist amy tran female gsw left leg')?.name).toBe('amy tran');
  });
  it('reads the name after "name\'s", and the ranked name in full when it follows', () => {
    expect(casualty("Burns to both hands, name's Dario, pulse 100.")?.name).toBe('Dario');
    expect(casualty("GSW left thigh. Name's Reyes, Corporal Ana Reyes, Bravo Company.")?.name).toBe('Ana Reyes');
  });
});

describe('a name or rank stuttered in speech', () => {
  it('reads a word of the name said twice running once, in speech written with no capitals', () => {
    expect(casualty('patient is corporal nina nina ostrowski battle roster november oscar one two')?.name).toBe(
      'nina ostrowski',
    );
    expect(casualty('casualty is lance corporal um ortega ortega gunshot wound left thigh')?.name).toBe('ortega');
  });
  it('reads the last words of a rank said again as the rank still', () => {
    expect(casualty('patient is staff sergeant staff sergeant omar haddad, male')?.name).toBe('omar haddad');
    expect(casualty('casualty is private first class first class jo reyes female')?.name).toBe('jo reyes');
  });
});

describe('a name said again in full', () => {
  it('reads the surname said alone first, then in full with the first name, as the full name', () => {
    expect(casualty('Re: CPL Haddad. Here is what was done for CPL Omar Haddad after the blast.')?.name).toBe(
      'Omar Haddad',
    );
    // Another surname said in full later is someone else's name: the first stays.
    expect(casualty('CPL Haddad was hit. SGT Lena Ortiz treated him.')?.name).toBe('Haddad');
  });
  it('reads a first name said again to start over, now with the surname', () => {
    expect(casualty('This is Private Maya, Maya Lindqvist. Frag to the right calf.')?.name).toBe('Maya Lindqvist');
  });
  it('passes over who grades a training lane or is graded on it, for the casualty the card names', () => {
    const lane =
      'Station 2. Instructor: SSG Mia Torres. Student: CPL Ben Adler. Manikin tagged PFC Omar Haddad, male. ' +
      "GSW R thigh, CAT applied at 0912: GO. Student's MEDEVAC request said priority: GO.";
    expect(casualty(lane)?.name).toBe('Omar Haddad');
    expect(extractRecord(lane).evac_priority).toBe('priority');
  });
  it("keeps the casualty's own signs said as the casualty's or the patient's", () => {
    const record = extractRecord("SGT Ivy Moss, frag L calf. Casualty's pulse 104. Patient's resps 18.");
    expect(record.vitals?.[0]).toMatchObject({ pulse: 104, resp_rate: 18 });
  });
  it("keeps what a sentence opening on a group's \"'s\" says of the casualty's wounding", () => {
    const record = extractRecord(
      "Platoon's pushing up the wadi when a mortar round lands beside PFC Dana Reyes at 0615. Frag to her right calf.",
    );
    expect(record.casualty?.name).toBe('Dana Reyes');
    expect(record.mechanism).toEqual(['artillery']);
    expect(record.time_of_injury).toBe('06:15');
  });
  it('ends a name said in lower case at the cause of the wound said next', () => {
    expect(casualty('next one sergeant mia okonkwo ied blast burns to the face')?.name).toBe('mia okonkwo');
  });
  it('reads a rank that is also a word, in lower case ending a sentence, as the word', () => {
    expect(casualty('Sprained ankle, we rest him at the col. Pickup at the hut.')?.name).toBeUndefined();
  });
  it('reads the name said after a call that someone is down ("Man down, it\'s Okoro"), never a body part', () => {
    expect(casualty("Man down, it's Okoro. Frag to the left calf, pressure dressing.")?.name).toBe('Okoro');
    expect(casualty('One down, Vasquez, took one in the hip.')?.name).toBe('Vasquez');
    expect(casualty('Man down, left calf, pressure dressing on.')?.name).toBeUndefined();
  });
  it('passes over the one asked the name after a rank trailing off, and reads the name said after', () => {
    expect(casualty("It's Private First Class... Sarge, what is her name? ...PFC Dana Whitfield.")?.name).toBe(
      'Dana Whitfield',
    );
    expect(casualty("Corporal... Doc, what's his name? Corporal Eli Marsh, burns.")?.name).toBe('Eli Marsh');
  });
  it("reads what the medic is said to be doing as the casualty's, relayed by someone else on the net", () => {
    const record = extractRecord(
      "Patient is SPC Tom Reyes. Medic's packing the wound. Doc's got a line in his right arm.",
    );
    expect(record.casualty?.name).toBe('Tom Reyes');
    expect(record.interventions?.map((i) => i.type)).toContain('iv');
  });
});

describe("the medic's own care said with his possessive", () => {
  it('keeps the device the medic put on the named casualty ("Doc\'s TQ")', () => {
    const record = extractRecord("Patient is CPL Ana Ruiz. Medic's CAT is on at 1302, left arm.");
    expect(record.casualty?.name).toBe('Ana Ruiz');
    expect(record.interventions).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '13:02' }]);
  });
  it("still leaves out the medic's own wound", () => {
    const record = extractRecord("Patient is CPL Ana Ruiz. Doc's hand got cut, gauze on it.");
    expect(record.injuries ?? []).toEqual([]);
  });
});

describe('a word a speaker turns on, set off by a comma', () => {
  it('is no name called ("Well, hold on")', () => {
    expect(extractRecord('Frag to the left calf. Well, hold on, it is the right calf.').casualty?.name).toBeUndefined();
    expect(extractRecord('Actually, hang on, pulse is 96.').casualty?.name).toBeUndefined();
  });
  it('leaves a name called so ("Jensen, hang on")', () => {
    expect(extractRecord('Frag to the left calf. Jensen, hang on, buddy.').casualty?.name).toBe('Jensen');
  });
});

describe('a surname said alone after "last name" and a comma', () => {
  it('is the name ("I only caught a last name, Okafor")', () => {
    expect(
      extractRecord('Burns to both hands, dressed. I only caught a last name, Okafor, rest to follow.').casualty,
    ).toEqual({ name: 'Okafor' });
  });
  it('is no name when what follows the comma is no name word', () => {
    expect(extractRecord('Burns to both hands, dressed. No last name, he was out cold.').casualty).toBeUndefined();
  });
});

describe('the writer of the notes', () => {
  it('is no casualty when named in the possessive of his notebook or notes', () => {
    const r = extractRecord(
      "From Cpl Hana Voss's notes, typed up later.\nLCpl Jory Teague - frag R shin, TQ R leg 0620",
    );
    expect(r.casualty?.name).toBe('Jory Teague');
    const s = extractRecord("SGT Bram Elliot's field notebook, p. 3.\nPvt Nils Orr, burns both hands 1130");
    expect(s.casualty?.name).toBe('Nils Orr');
  });
  it('is the casualty when the possessive is of his wound or his own card', () => {
    expect(extractRecord("PFC Lila Moss's left arm was hit, TQ 0910.").casualty?.name).toBe('Lila Moss');
    expect(extractRecord("Cpl Dev Rana's card: GSW R thigh.").casualty?.name).toBe('Dev Rana');
  });
});

describe('names with no rank, and the one who signs the note', () => {
  const name = (text: string) => extractRecord(text).casualty?.name;
  it('reads a first name and surname after "Pt:", or before a labelled roster number', () => {
    expect(name('C: c/o L arm pain. Pt: Farida Nasser, roster FN-3318. GSW L arm.')).toBe('Farida Nasser');
    expect(name('GSW L arm. Allergies: none. Tomasz Wrobel, zap TW-1190, 2-5 CAV.')).toBe('Tomasz Wrobel');
  });
  it('does not read two capitalized words before something other than a roster', () => {
    expect(name('GSW L arm. Tomasz Wrobel, 2-5 CAV, was driving.')).toBeUndefined();
  });
  it('skips the signature closing the note, but not a dashed entry that says a wound', () => {
    expect(name('GSW L arm, TQ 1410.\n- SSG H. Mbeki, NREMT-P')).toBeUndefined();
    expect(name('Casualties:\n- SGT Lena Ruiz, GSW L arm, TQ 1410')).toBe('Lena Ruiz');
  });
});
