/**
 * Guards every annotated set narrative by narrative: no narrative may score worse than its line in
 * fixtures/scores.json (fewer true positives, more false positives or misses, any more dangerous or
 * mixed facts), so no set-wide average hides a regression on one line. After an improvement, rewrite
 * the file with `UPDATE_SCORES=1 npx vitest run src/tccc/rules/fixtures.test.ts` and commit it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareRecords } from '../facts-match.js';
import type { TcccRecord } from '../record.js';
import { extractCasualties, readEveryCasualty } from './casualties.js';

interface Score {
  tp: number;
  fp: number;
  fn: number;
  dangerous: number;
  mixed: number;
}
// Sets whose number slips (dangerous) and crossed facts (mixed) are recorded, not yet forbidden; the guard above still
// keeps any narrative of them from getting worse, and every other set is held to no slip and no crossed fact. Each
// outside author's batch is committed as scored unseen and listed here, then tuned on in a later stop and taken out
// once it reaches neither (the history of each is in this file's log). commentary6 (stop 22) is out since h-rules26m
// read a wall collapse as the event, not a crush of both casualties in it; holdout34-multi (stop 27) since h-rules26m
// ended a wound's phrase at a clause with its own subject ('burns to the neck and he breathed … soot in the mouth').
// Batch L's holdout38-multi (7 crossed facts) and commentary16 (one), scored unseen at stop 29, were tuned on at
// h-rules14m and reached no slip and no crossed fact: both are out. So is batch M (stop 30): holdout40-multi (26
// crossed facts unseen) and commentary17 (3 slips, 3 crossed facts unseen), tuned on at h-rules15m and h-rules15s.
// Batch N (stop 31), scored unseen on the engine tuned on batch M: holdout42-multi (27 crossed facts) and
// commentary18 (2 slips). Both reached no slip and no crossed fact and are out: commentary18 at h-rules17s ('HR 120s,
// call it 124' read as a decade; a dose taken back by 'no' before an aside that says the new dose), holdout42-multi at
// h-rules17m.
// Batch O (stop 31), written beside N and scored unseen on the engine tuned on N: holdout44-multi (2 slips, 5 crossed
// facts) and commentary19 (3 slips, 14 crossed facts). holdout44-multi reached no slip and no crossed fact at stop 32
// (h-rules19s, h-rules20m) and is out.
// Batch P (stop 32), written at the start of the stop and scored on its start engine: holdout45-single (1 slip),
// holdout46-multi (2 slips, 9 crossed facts) and commentary20 (3 slips). All three reached no slip and no crossed fact
// at stop 33 (h-rules21v, h-rules21m, h-rules21d) and are out.
// Batch Q (stop 33), written at the start of the stop and scored on its start engine: holdout47-single (1 slip),
// holdout48-multi (23 slips, 25 crossed facts; most from timeline logs, '0415 Cas A HR 130') and commentary21 (2
// crossed facts). holdout47-single (h-rules23v) and commentary21 (h-rules23c) reached no slip and no crossed fact at
// stop 34 and are out; holdout48-multi at h-rules26m (its last two, crush from 'Building collapse' given to all three).
// Batch R (stop 34), written at the start of the stop and scored on its start engine: holdout49-single (2 slips),
// holdout50-multi (11 slips, 54 crossed facts; card forms, dialogue handovers and net logs) and commentary22 (9
// slips, 5 crossed facts). holdout49-single reached no slip and no crossed fact at h-rules24n (both slips were the
// net log's: a grid corrected, a stamp read as the time of injury) and is out; commentary22 too, after h-rules24f,
// h-rules24t and h-rules24n were merged; holdout50-multi at h-rules26m (its last four: 'Driver's NKDA', 'the assailant
// was shot', 'IED 2058 for T1 and T3'). commentary19 is out since h-rules29m (w31-c12, two casualties read as one:
// 'Murphy, … wait, he's bleeding too … Back to Garza'; the names triaged or turned back to now open each one's words).
// Batch S (stop 35), written at the start of the stop and scored on its start engine f77b851: holdout51-single
// (no slip and no crossed fact, so it is guarded at once), holdout52-multi (31 crossed facts; NATO radio numbers,
// English and Spanish mixed, supply tallies) and commentary23 (1 slip, 6 crossed facts). holdout52-multi reached no
// slip and no crossed fact at h-rules29m (its last, w35-m06: 'this one first: … Now Sánchez, …') and is out; so is
// commentary23 (its last, w35-c12: 'Hernandez, what's Diaz got?' asked of a helper turns to Diaz).
// Batch T (stop 36), written at the start of the stop and scored on its start engine 5e9db18: holdout53-single (no
// slip and no crossed fact, so it is guarded at once), holdout54-multi (2 slips, 79 crossed facts; CCP walks by tag
// colour, radio nets of several medics, pasted tracker tables) and commentary24 (5 slips, 8 crossed facts).
// Batch U (stop 37), written at the start of the stop and scored on its start engine 5beccad: holdout55-single
// (1 slip; text threads, a scribe reading back, a lifesaver's slang), holdout56-multi (1 slip, 62 crossed facts; seats
// in a vehicle, interleaved aid-station logs, beds, interpreters, roster numbers) and commentary25 (5 crossed facts).
// commentary24 reached no slip and no crossed fact at h-rules30m/h-rules30r and is out; so is holdout55-single, at
// h-rules30u (its slip, '1635 - correction, having gone back through my notes, it was 1638').
// Batch V (stop 38), written at the start of the stop and scored on its start engine 95de0e2: holdout57-single
// (2 slips; voice memos, flight-medic handovers, plain-text card forms with checkboxes), holdout58-multi (3 slips, 84
// crossed facts; triage tags, whiteboard tables, litters, numbered SITREPs, a family at a checkpoint) and
// commentary26 (1 slip, 2 crossed facts). holdout57-single and commentary26 reached no slip and no crossed fact at
// h-rules32d/h-rules32r and are out.
// Batch W (stop 39), written at the start of the stop and scored on its start engine f25252f: holdout59-single
// (2 slips; SOAP notes, radio 9-lines with NATO numerals, British handovers, lane graders, smudged cards),
// holdout60-multi (1 slip, 51 crossed facts; radio calls by patient, medics' group chats, shift handovers by bed,
// sworn statements, nicknames) and commentary27 (9 slips, 16 crossed facts). holdout59-single reached no slip and no
// crossed fact at h-rules33w, commentary25 at h-rules33m/h-rules33d, and are out. holdout60-multi is out since
// h-rules35m (its last two: 'the combat gauze is not on kilo mike, it went on the second patient'; a statement's
// opening IED given to a soldier hit at a time of his own by rifle fire). commentary27 is out since h-rules35r/h-rules35m
// (its last two: a time read again off the watch, a roster corrected on the recogniser's next line).
// Batch X (stop 40), written at the start of the stop and scored on its start engine 89357f1: holdout61-single
// (7 slips; dictated punctuation, a nurse's receiving note, a collection-point log table, texts to a PA, a phone
// patch with a doctor), holdout62-multi (3 slips, 52 crossed facts; crews by seat, a flight medic's litters in Zulu,
// a triage officer's tags, an after-action review, casualties known only by roster) and commentary28 (3 slips, 11
// crossed facts; helmet-camera transcripts, a buddy's questions, an unpunctuated recogniser, a moving vehicle).
// holdout61-single is out since h-rules37d (its last slip: 'wait not 1950 for the fent, it was 1945').
// Batch Y (stop 41), written at the start of the stop and scored on its start engine d983200: holdout63-single
// (1 slip; an investigator's question-and-answer interview, a radio MIST in voice procedure, numbered step lists, a
// first sergeant relaying the medic's call, date-time groups), holdout64-multi (8 slips, 47 crossed facts; an
// operations-centre log by callsign, a forwarded e-mail thread with quoted replies, a medic switching between
// casualties mid-sentence, a markdown handover sheet, training accidents by lane) and commentary29 (3 slips, 17 crossed
// facts; a casualty answering the medic, a stopwatch, room-by-room clearing, a recorder that drops first words, a monitor).
// Batch Z (stop 42), written at the start of the stop and scored on its start engine 5b7da06: holdout65-single
// (3 slips; machine-translated partner-force notes, a Guard medic's handover to civilians in am/pm, an instructor's
// case with teaching points, OCR'd cards, a notes-app export with checkboxes), holdout66-multi (3 slips, 59 crossed
// facts; civilian mass casualties by description, a sustain/improve hot wash, a phone call read back, a story told
// backwards, a packed request form with remarks) and commentary30 (3 slips, 10 crossed facts; through a gas mask, a
// Spanish-English medic, a medic counting aloud, a radio relay of the medic's words, a medic teaching a lifesaver).
// Batch AA (stop 43), written at the start of the stop and scored on its start engine c98fe9e: holdout67-single
// (3 slips; an SBAR handoff, a non-medic's sworn witness statement, shorthand with symbols, an all-caps telegraphic
// message, names and numbers spelled in the phonetic alphabet), holdout68-multi (2 slips, 60 crossed facts; a table
// with a column per casualty, a patient-tracking audit log, casualties who share a surname, casualties reported by
// priority not finding order, casualties known by chem-light colour) and commentary31 (7 crossed facts; a medic hit
// himself, a medic sending the 9-line between acts, a medic working in the dark, a detainee through an interpreter, a
// dog team).
// Batch AB (stop 44), written at the start of the stop and scored on its start engine aff7a37: holdout69-single
// (2 slips; electronic cards exported as YAML or key=value with old values kept, a medic who hedges, a physician's
// arrival note, a radio read-back corrected, a timeline in T+ minutes), holdout70-multi (4 slips, 56 crossed facts; a
// convoy report by bumper number, care reported by treatment, CSV exports, swapped tags corrected, an expectant
// casualty) and commentary32 (10 slips, 5 crossed facts; a recogniser's homophones, a walking blood bank, a
// transcript with recording stamps, care inherited from others, a collapsed building).
// commentary32 is out since h-rules44r (its slips: recording stamps read as clock times, a recogniser's sound-alike
// numbers; its crossed facts went at h-lead44: a second casualty found deeper in the rubble).
// Batch AC (stop 45), written at the start of the stop and scored on its start engine b2934f8: holdout71-single
// (1 slip; a casualty's own first-person account, a prolonged field care flowsheet, a note full of negatives, brand
// and kit names, a NATO partner's comma decimals and 14h30 times), holdout72-multi (9 slips, 63 crossed facts; ZAP
// numbers, a commander's contact report with enemy dead and a detainee, MARCH blocks, a medic between two sites, an
// ambulance exchange handover) and commentary33 (3 slips, 34 crossed facts; app dictation with spoken commands, doses
// and burns worked out aloud, reassessment rounds, other units' radio chatter, a fall in the mountains).
// Batch AD (stop 46), written at the start of the stop and scored on its start engine ff599db: holdout73-single
// (no slip and no crossed fact, so it is guarded at once; a note addressed to the next provider, medical history
// beside the injury, concussion screening scores, non-battle injuries, a police tactical medic), holdout74-multi (2
// slips, 56 crossed facts; care given to several in one sentence, a helicopter crew by position, role-players in
// moulage among the really hurt, numbered paragraphs referring back, evacuation in lifts) and commentary34 (7 slips,
// 8 crossed facts; sides corrected on the fly, two medics talking unlabelled, under fire, shouted numbers in a
// helicopter, procedures narrated step by step).
// Batch AE (stop 47), written at the start of the stop and scored on its start engine 9591f92: holdout75-single
// (no slip and no crossed fact, so it is guarded at once; a combat lifesaver's misspelt texts, cold-weather casualties,
// chemical exposure with autoinjectors, a Navy corpsman aboard ship, a local child dosed by weight), holdout76-multi
// (25 crossed facts; a casualty who dies during care, update messages amending earlier ones, a maritime attack,
// casualties renamed by number, name and wound, a count that changes) and commentary35 (20 crossed facts;
// telemedicine orders read back, tourniquets that change, a transcript with gaps, cold and dark, a medic interrupted
// by a second casualty).
// Batch AF (stop 48), written at the start of the stop and scored on its start engine f3b7ab7: holdout77-single
// (no slip and no crossed fact, so it is guarded at once; Commonwealth ATMIST handovers, medication administration
// records with held and refused entries, a pocket notebook with crossings-out, a close-protection medic, imperial
// units), holdout78-multi (4 slips, 145 crossed facts; casualties known by initials or a last four, a drawn-out
// engagement, DD 1380 cards transcribed back to back, a report grouped by injury, casualties who correct the medic)
// and commentary36 (2 slips, 16 crossed facts; doses worked from a vial's strength, whispered under noise
// discipline, a body camera narrating teammates' care, impaled objects and eviscerations, two casualties in a tight
// space).
// Batch AG (stop 49), written at the start of the stop and scored on its start engine 3dd35a8: holdout79-single
// (16 slips; a reservist paramedic's CHART run report, an embedded journalist's dispatch, late entries and addenda, a
// European partner's '14.32' and '0,5 mg', a messaging-app export with emoji), holdout80-multi (1 slip, 63 crossed
// facts; two medics' numbering reconciled, tables with ditto marks, a next-day letter with cross-references, an
// evacuation told vehicle by vehicle, buddy aid among the wounded) and commentary37 (12 crossed facts; remote coaching
// by radio, options weighed and declined, kit slang, relative times, a vehicle extrication).
// Batch AH (stop 50), written at the start of the stop and scored on its start engine 3b02109: holdout81-single
// (no slip and no crossed fact, so it is guarded at once; an investigating officer's summary in reported speech, care
// reconstructed from what is on the casualty, a francophone partner's 'garrot' and 'TA', a pasted monitor trend, a note
// addressed to the casualty), holdout82-multi (4 slips, 29 crossed facts; a daily report of separate incidents, supplies
// redirected between casualties, overnight field care of several, casualties known by role, a wounded leader's own
// account) and commentary38 (2 slips, 32 crossed facts; disfluent speech, clock times in words, a litter carry with
// halts, a swift-water rescue, two casualties' identities mixed up and corrected).
// Batch AI (stop 51), written at the start of the stop and scored on its start engine 8857e9d: holdout83-single
// (4 slips; a field record's pipe-delimited interface messages, a paramedic's head-to-toe survey, care past midnight
// over two dates, a typed-up note with [illegible] and footnotes, a German partner's 'li. Oberschenkel' and 'RR'),
// holdout84-multi (2 slips, 55 crossed facts; casualties known by clothing until named, a debrief to a trainee in
// the second person, two medics who split and swap casualties, one run-on paragraph, a CCP log referring back by line)
// and commentary39 (2 slips, 19 crossed facts; recaps after pauses, a timekeeper calling times, bystanders directed,
// gallows humour with numbers that are no facts, a casualty who is a medic directing his own care).
// Batch AJ (stop 52), written at the start of the stop and scored on its start engine e4070c2: holdout85-single
// (24 slips; a field record's FHIR-style JSON export, an Italian partner's 'laccio emostatico coscia sx' and 'PA', a
// phone note with autocorrect slips fixed by '*left', a valor award citation, a physician's review of a card),
// holdout86-multi (2 slips, 27 crossed facts; a report by TCCC phase, jumpers known by stick and order, an
// investigator's interview, a slide outline with a summary slide, a family known by relationship through an
// interpreter) and commentary40 (5 crossed facts; a body camera's caption cues, one side of a phone call, a medic
// talking to the casualty as 'you', closed-loop call-outs echoed back, a medic planning aloud and changing plans).
// Batch AK (stop 53), written at the start of the stop and scored on its start engine 98d4693: holdout87-single
// (9 slips; a field record's XML export, a Brazilian partner's 'garrote coxa esquerda às 14h20' and 'PA 90x60', a
// controlled-medication log with doses drawn, given and wasted, a problem-oriented note, numbered chat posts),
// holdout88-multi (1 slip, 61 crossed facts; casualties identified from their ID tags partway, a night attack on a
// base by building, casualties known by order until a closing roster, a squad leader's lay account with the medic's
// bracketed corrections, a lifesaver's report retold and contradicted) and commentary41 (2 slips, 5 crossed facts; a
// recogniser that breaks at every pause, diarised speaker labels, prolonged care converting a tourniquet, MARCH-PAWS
// as a spoken checklist, a hand-off to a second medic mid-care).
// Batch AL (stop 54), written at the start of the stop and scored on its start engine 29d688f: holdout89-single
// (4 slips; a Dutch partner's 'tourniquet linkerbovenbeen om 14.20 uur' and 'RR 95/60', a pre-mission medical plan
// pasted above what was done, a flight nurse's note by organ system, a quality-review checklist answered Y/N, a note
// in the medic's own codes with a key at the bottom), holdout90-multi (9 slips, 112 crossed facts; a roster first and
// care in another order, care to several in one sentence with 'respectively' and 'both', a sleeping-tent fire by cot,
// a report built on numbered phone photos, a shield line by position) and commentary42 (1 slip; a partner medic's
// second-language English, a recogniser's mixed number formats, a medic narrating himself in the third person, a
// casualty whose consciousness keeps changing, an active-shooter response inside a building).
// Batch AM (stop 55), written at the start of the stop and scored on its start engine 9ec3e01: holdout91-single
// (4 slips; a Polish partner's 'opaska uciskowa udo lewe godz. 14:20' and 'tętno 118', numbered satellite-messenger
// texts with replies, point-of-care numbers that are no vitals, a shared document's ~~struck~~ values and [edit]
// notes, a card's body diagram described in words), holdout92-multi (5 slips, 41 crossed facts; a lightning strike on
// a range by firing lane, a drone's grenades on a trench by bay, a chemical attack's decontamination line, an aid
// station's intake of battle and minor injuries, a minefield with engineers reaching casualties one by one) and
// commentary43 (6 slips, 15 crossed facts; a Filipino partner's English and Tagalog, a card filled in aloud box by box,
// guesses replaced by counts, a deafened casualty answering on a notepad, every number said the radio way).
// Batch AN (stop 56), written at the start of the stop and scored on its start engine 4127a9b: holdout93-single
// (8 slips; a Ukrainian partner's Cyrillic 'турнікет ліве стегно 14:20' and 'ЧСС 118', a self-critique against the
// guideline's doses, a head-to-toe table by region, an app's summary with the medic's corrections, a corpsman's heat
// casualty in Celsius and Fahrenheit), holdout94-multi (3 slips, 61 crossed facts; an avalanche by beacon and dig
// order, heat casualties on a ruck march by checkpoint, a mortar gun pit by gun and crew position, an investigation's
// numbered findings of fact, a ship's fire by compartment and repair party) and commentary44 (11 slips, 4 crossed
// facts; a Quebec medic's French and English, a child dosed by weight with the parent, an Australian's slang, a long
// ground evacuation by places passed, a medic relaying a second medic's hands-on care).
// holdout89-single and holdout91-single are out since stop 55 (holdout89's last slip: a code's vital set in a key,
// 'V1 140 / 78/p / 30', read at h-rules67s; holdout91's last: a Polish note's 'nie,' taking back a time, h-rules67p).
// commentary40 and commentary41 are out since h-rules66c (their last: a call's other end read as a casualty,
// 'Sergeant Mbeki, it's Doc. Two hit …'; a priority changed in its sentence, 'was priority, changing him to urgent
// surgical'); commentary42 since 2e524c7 (its slip: 'at 14 13, correction, 14 15' read as 14:14).
// holdout87-single is out since h-rules65i (its last slips: a controlled-drug log's amount drawn or wasted read as the
// dose, 'Ketamine 100 mg drawn 1421, 50 mg IM given 1422'); holdout85-single since h-rules64s (its last slip: an
// Italian note's taken-back pulse, 'FC 128 – scusate, 118').
// holdout83-single is out since h-rules62s (its last slip: 'trailer off him at 2031', a crush's release read as the
// tourniquet's time).
// commentary38 is out since h-rules60s (its last crossed facts: 'So the one by the well is Bashir. Going to him.', a
// turn to the casualty just named).
// holdout79-single is out since h-rules59s (its last slips: 'Ringer lactate 1 000 ml' read as 0 ml; an emoji after a
// corrected time, 'TQ was 11:04 not 11:05 😅', kept the old one).
// commentary36 is out since h-rules56c (its slips: a vial's strength read as the dose, 'fifty a mil, drawing one mil';
// its crossed facts: a man and a woman in a tight space the medic turns between by pronoun, 'Her right calf … His …').
// commentary35 is out since h-rules54r (its last crossed facts: a casualty called by his first name after his full name,
// 'Lance Corporal Hana Kobayashi, … Hana: pulse ninety').
// commentary34 is out since h-rules52c (its last crossed facts: two medics talking unlabelled, '— Gunner's Aiyana
// Redcloud, female, …'); commentary30 too (its last, w42-c07: 'This one's the driver, Specialist Ana Delgado').
// holdout69-single is out since h-rules49s (its slip: 'I say again bandage time, one one four FIVE, my mistake earlier').
// holdout65-single is out since h-rules46s (its last slip: 'Actually, hang on, the card says zero one forty-eight').
// holdout71-single is out since h-rules47r (its slip: a partner's decimal comma, 'Fentanyl 0,1 mg i.v.').
// holdout63-single is out since h-rules39d (its last slip: an interview's quoted IO time the answer denied);
// holdout67-single since h-rules42r (its last slips: a name and numbers spelled in the phonetic alphabet).
const HELD_OUT = [
  'holdout54-multi.jsonl',
  'holdout56-multi.jsonl',
  'holdout58-multi.jsonl',
  'holdout62-multi.jsonl',
  'holdout64-multi.jsonl',
  'holdout66-multi.jsonl',
  'holdout68-multi.jsonl',
  'holdout70-multi.jsonl',
  'holdout72-multi.jsonl',
  'holdout74-multi.jsonl',
  'holdout76-multi.jsonl',
  'holdout78-multi.jsonl',
  'holdout80-multi.jsonl',
  'holdout82-multi.jsonl',
  'holdout84-multi.jsonl',
  'holdout86-multi.jsonl',
  'holdout88-multi.jsonl',
  'holdout90-multi.jsonl',
  'holdout92-multi.jsonl',
  'holdout93-single.jsonl',
  'holdout94-multi.jsonl',
  'commentary28.jsonl',
  'commentary29.jsonl',
  'commentary31.jsonl',
  'commentary33.jsonl',
  'commentary37.jsonl',
  'commentary39.jsonl',
  'commentary43.jsonl',
  'commentary44.jsonl',
];
const DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));
const SCORES = `${DIR}scores.json`;
const sets = readdirSync(DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .sort();

/** Narratives where a reader threw, so that extractCasualties fell back to one record without a word. */
const threw: string[] = [];

function scoreOf(key: string, text: string, gold: TcccRecord | TcccRecord[]): Score {
  let read;
  try {
    read = readEveryCasualty(text);
  } catch (error) {
    threw.push(`${key}: ${String(error)}`);
    read = extractCasualties(text);
  }
  const cmp = compareRecords(
    read.casualties.map((c) => c.record),
    Array.isArray(gold) ? gold : [gold],
  );
  return { ...cmp.counts, dangerous: cmp.dangerous.length, mixed: cmp.mixed.length };
}

const now: Record<string, Score> = {};
for (const set of sets) {
  for (const line of readFileSync(`${DIR}${set}`, 'utf8').trim().split('\n')) {
    const { id, text, gold } = JSON.parse(line) as { id: string; text: string; gold: TcccRecord | TcccRecord[] };
    now[`${set}:${id}`] = scoreOf(`${set}:${id}`, text, gold);
  }
}
if (process.env.UPDATE_SCORES) writeFileSync(SCORES, `${JSON.stringify(now, null, 0).replaceAll('},"', '},\n"')}\n`);
const baseline = JSON.parse(readFileSync(SCORES, 'utf8')) as Record<string, Score>;

describe('every annotated narrative', () => {
  it('has a recorded score', () => {
    expect(Object.keys(now).filter((k) => !baseline[k])).toEqual([]);
  });
  it.each(sets)('%s: no narrative scores worse than its recorded line', (set) => {
    const worse = Object.entries(now)
      .filter(([k]) => k.startsWith(`${set}:`))
      .filter(([k, s]) => {
        const b = baseline[k];
        return b && (s.tp < b.tp || s.fp > b.fp || s.fn > b.fn || s.dangerous > b.dangerous || s.mixed > b.mixed);
      })
      .map(([k, s]) => `${k} now ${JSON.stringify(s)}, was ${JSON.stringify(baseline[k])}`);
    expect(worse).toEqual([]);
  });
  it('is read without a reader throwing (which would silently give one record)', () => {
    expect(threw).toEqual([]);
  });
  it("has no number slip and no fact on another casualty's record on any narrative", () => {
    const offending = Object.entries(now)
      .filter(([k]) => !HELD_OUT.some((set) => k.startsWith(`${set}:`)))
      .filter(([, s]) => s.dangerous > 0 || s.mixed > 0);
    expect(offending.map(([k]) => k)).toEqual([]);
  });
});
