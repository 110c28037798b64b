/**
 * The package's own enumerators and aligner settings (lexicons/*.yaml), as ingest uses them.
 */
import { readPackageData } from '../../src/data.js';
import type { AlignerSettings } from '../../src/align/clauses.js';
import type { Enumerators } from '../../src/ingest/segment.js';

export const enumerators: Enumerators = readPackageData<Enumerators>('enumerators');
export const alignerSettings: AlignerSettings = readPackageData<AlignerSettings>('aligner');
