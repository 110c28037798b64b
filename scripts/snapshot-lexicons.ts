/**
 * Build step: parse lexicons/*.yaml once into dist/lexicons.json, so that the CLI does not pay for
 * YAML parsing at every start. The snapshot records each file's hash and is ignored for any file
 * edited since (see src/data.ts readPackageData).
 */
import { join } from 'node:path';
import { makeSnapshot, packageRoot, SNAPSHOT } from '../src/data.js';
import { writeAtomic } from '../src/io/files.js';

writeAtomic(join(packageRoot(), SNAPSHOT), JSON.stringify(makeSnapshot()) + '\n');
