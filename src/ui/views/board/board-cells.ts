/**
 * The words in each board cell, from a board row (`app/board-row.ts`): pure, so what the medic reads is tested in
 * Node. Each cell has a text and, where the clock makes it pressing, a level the view colours (the words say it too,
 * so it reads without colour).
 */
import type { BoardRow } from '../../../app/board-row.js';
import { TOURNIQUET_LIMIT_MIN, formatDuration, type TourniquetClock } from '../../../tccc/alerts/index.js';
import type { VitalsSet } from '../../../tccc/record.js';
import { AVPU_LABELS, EVAC_LABELS } from '../../../tccc/reports/labels.js';
import { casualtyTitle, clockOf } from '../../casualties/casualty-label.js';

/** How pressing a cell is: `alert` (act now), `warning` (act soon), or neither. */
type CellLevel = 'alert' | 'warning' | undefined;

export interface BoardCell {
  text: string;
  level?: CellLevel;
}

/** The texts of one row, in column order. */
export interface BoardCells {
  casualty: string;
  priority: BoardCell;
  sinceInjury: BoardCell;
  tourniquet: BoardCell;
  txa: BoardCell;
  vitals: BoardCell;
  evac: BoardCell;
  recordedBy: string;
}

const IN_DOUBT: BoardCell = { text: 'clock in doubt' };

function tourniquetText(t: TourniquetClock): BoardCell {
  const where = t.name.replace(/^Tourniquet ?/, '').replace(/^\((.*)\)$/, '$1');
  const label = where ? `${where}: ` : '';
  switch (t.stage) {
    case 'untimed':
      return { text: `${label}no time recorded`, level: 'warning' };
    case 'on':
      return { text: `${label}on ${formatDuration(t.minutes!)} since ${t.time}` };
    case 'near-limit':
      return {
        text: `${label}on ${formatDuration(t.minutes!)} since ${t.time}; 2 h mark in ${formatDuration(TOURNIQUET_LIMIT_MIN - t.minutes!)}`,
        level: 'warning',
      };
    case 'past-limit':
      return { text: `${label}on ${formatDuration(t.minutes!)} since ${t.time}; past the 2 h mark`, level: 'alert' };
    case 'no-removal':
      return { text: `${label}on ${formatDuration(t.minutes!)} since ${t.time}; over 6 h`, level: 'alert' };
  }
}

function tourniquetCell(row: BoardRow): BoardCell {
  if (row.tourniquets.length === 0) return { text: 'none' };
  if (row.clockDoubt && row.tourniquets.some((t) => t.stage !== 'untimed')) return IN_DOUBT;
  const cells = row.tourniquets.map(tourniquetText);
  const level = cells.some((c) => c.level === 'alert') ? 'alert' : cells.some((c) => c.level) ? 'warning' : undefined;
  return { text: cells.map((c) => c.text).join('; '), level };
}

function txaCell(row: BoardRow): BoardCell {
  const txa = row.txa;
  const estimated = (yes: boolean) => (yes ? ' (estimated)' : '');
  if (row.clockDoubt && txa.state !== 'not-indicated' && txa.state !== 'given') return IN_DOUBT;
  switch (txa.state) {
    case 'not-indicated':
      return { text: 'not indicated' };
    case 'given':
      return { text: txa.time ? `given ${txa.time}` : 'given' };
    case 'no-injury-time':
      return { text: 'not given; injury time unknown', level: 'warning' };
    case 'open':
      return {
        text: `not given; window closes in ${formatDuration(txa.minutesLeft)}${estimated(txa.estimated)}`,
        level: 'warning',
      };
    case 'closing':
      return {
        text: `not given; window closes in ${formatDuration(txa.minutesLeft)}${estimated(txa.estimated)}`,
        level: 'alert',
      };
    case 'passed':
      return { text: `window passed${estimated(txa.estimated)}` };
  }
}

/** "P 118 · BP 92/60 · RR 20 · SpO2 95% · AVPU V". */
function vitalsText(v: VitalsSet): string {
  const bp = v.systolic !== undefined ? `BP ${v.systolic}${v.diastolic !== undefined ? `/${v.diastolic}` : ''}` : '';
  const parts = [
    v.pulse !== undefined ? `P ${v.pulse}` : '',
    bp,
    v.resp_rate !== undefined ? `RR ${v.resp_rate}` : '',
    v.spo2 !== undefined ? `SpO2 ${v.spo2}%` : '',
    v.avpu ? `AVPU ${v.avpu}` : '',
    v.pain !== undefined ? `pain ${v.pain}/10` : '',
  ].filter(Boolean);
  return parts.join(' · ') || 'taken, no values';
}

function vitalsCell(row: BoardRow): BoardCell {
  if (!row.vitals) return { text: 'none recorded', level: row.sinceInjury ? 'warning' : undefined };
  const { set, minutes } = row.vitals;
  const age =
    minutes === undefined
      ? 'no time'
      : row.clockDoubt
        ? `at ${set.time}`
        : `${formatDuration(minutes)} ago (${set.time})`;
  const avpu = set.avpu && set.avpu !== 'A' ? ` (${AVPU_LABELS[set.avpu].toLowerCase()})` : '';
  return { text: `${vitalsText(set)}${avpu}; ${age}` };
}

/** Every cell of `row` in words. */
export function boardCells(row: BoardRow): BoardCells {
  const since = row.sinceInjury;
  return {
    casualty: casualtyTitle(row.summary, row.createdAt),
    priority: row.summary.evac
      ? { text: EVAC_LABELS[row.summary.evac], level: row.summary.evac.startsWith('urgent') ? 'alert' : undefined }
      : { text: 'not set' },
    sinceInjury: row.clockDoubt
      ? IN_DOUBT
      : since
        ? {
            text: since.estimated
              ? `at least ${formatDuration(since.minutes)} (no injury time)`
              : `${formatDuration(since.minutes)} (injured ${row.summary.timeOfInjury})`,
          }
        : { text: 'not known' },
    tourniquet: tourniquetCell(row),
    txa: txaCell(row),
    vitals: vitalsCell(row),
    evac: row.requestedAt ? { text: `on a 9-line, requested ${clockOf(row.requestedAt)}` } : { text: 'not requested' },
    recordedBy: row.recordedBy,
  };
}
