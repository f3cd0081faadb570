/**
 * A narrative laid out for the eye rather than said: a table read row by row (tracker-tables.ts) or, on its side,
 * column by column (transposed-tables.ts); a tracking system's audit log replayed, each patient's fields as they
 * stand at its end (audit-logs.ts); a card exported from an app as data (structured-exports.ts); a log table as log
 * lines (log-tables.ts); a tally of supplies as each casualty's words with what he was given (supply-tallies.ts); a
 * grid of vitals by time (vitals-grid.ts); a monitor's trend printout, a row of signs by time (monitor-trends.ts);
 * care reported by treatment, each heading listing casualties by name (care-sections.ts); a field record's interface
 * messages pasted off its feed (interface-messages.ts), its resources pasted as JSON (fhir-resources.ts) or its record
 * exported as XML (xml-records.ts). Each is rewritten as the casualties' own words, its evidence pointing back into
 * the layout.
 */
import { readAuditLog } from './audit-logs.js';
import { readCareSections } from './care-sections.js';
import { readLogTable } from './log-tables.js';
import type { RewrittenText } from './rewritten-text.js';
import { readTally } from './supply-tallies.js';
import { readTable } from './tracker-tables.js';
import { readTransposedTable } from './transposed-tables.js';
import { readVitalsGrid } from './vitals-grid.js';
import { readMonitorTrend } from './monitor-trends.js';
import { readStructuredExport } from './structured-exports.js';
import { readInterfaceMessages } from './interface-messages.js';
import { readFhirResources } from './fhir-resources.js';
import { readXmlRecord } from './xml-records.js';

/** The narrative's layout rewritten as words, or null when it is laid out in none of these ways. */
export const readLaidOut = (said: string): RewrittenText | null =>
  readInterfaceMessages(said) ??
  readFhirResources(said) ??
  readXmlRecord(said) ??
  readAuditLog(said) ??
  readStructuredExport(said) ??
  readTransposedTable(said) ??
  readTable(said) ??
  readLogTable(said) ??
  readTally(said) ??
  readVitalsGrid(said) ??
  readMonitorTrend(said) ??
  readCareSections(said);
