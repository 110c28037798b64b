#!/usr/bin/env node
/**
 * The `variorum` command. The only place that calls process.exit: commands return data or throw;
 * a UserError becomes one line on stderr and exit 2, anything else is a bug (stack, exit 70).
 */
import { Command, CommanderError, Option } from 'commander';
import { UserError, EXIT } from '../errors.js';
import { ingest } from './ingest.js';
import { corpusListing, renderCorpusText } from './corpus.js';
import { loadCorpus } from '../corpus/load.js';
import { registerReportCommands } from './commands.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot, readPackageData } from '../data.js';
import type { AlignerSettings } from '../align/clauses.js';

// The YAML parser warns about oddities in a user's metadata (an unknown `!tag`, an ambiguous alias)
// through process warnings, which Node prints as several lines on stderr: that would break the one
// line of a UserError. Such input either parses or fails with a UserError, so YAML warnings are not
// shown; any other warning is shown on one line.
// a reader that stops early (`variorum diff a b | head`) is not an error: stop quietly
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
process.removeAllListeners('warning');
process.on('warning', (w) => {
  if (w.name !== 'YAMLWarning') process.stderr.write(`variorum: warning: ${w.message.split('\n')[0]}\n`);
});

/** The version in the package's package.json. */
function version(): string {
  try {
    return String((JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: unknown }).version ?? 'unknown');
  } catch {
    return 'unknown';
  }
}

const program = new Command('variorum')
  .version(version(), '-V, --version', 'print the version of variorum')
  .description('Compare the versions of a policy text and report, clause by clause, how their wording diverges.')
  .showSuggestionAfterError(false)
  .exitOverride()
  .addHelpText('after', '\nExamples:\n  npx variorum ingest && npx variorum report   # what `npm start` does\n  npx variorum diff un-a75 paraphrase --unit C4\n\nExit codes: 0 ok, 1 differences found by check, 2 bad input or usage, 70 internal error.\n')
  .configureOutput({
    // commander's own errors become one line; help text (shown on stderr when no command is given) stays as it is
    writeErr: (s) => process.stderr.write(s.startsWith('error: ') ? s.replace(/\n(?!$)/g, ' ').replace(/^error: /, 'variorum: ') : s),
  });

const corpusOption = () => new Option('--corpus <dir>', 'corpus directory').default('corpus');

program
  .command('ingest')
  .description('extract the witnesses from the raw sources into corpus/witnesses/*.md, aligned with the base text')
  .addOption(corpusOption())
  .option('--force', 'overwrite witness files edited by hand (hand-set tags are still kept)', false)
  .addHelpText('after', '\nExample:\n  variorum ingest --corpus corpus\n')
  .action(async (opts: { corpus: string; force: boolean }) => {
    const warnings: string[] = [];
    let outcomes;
    try {
      outcomes = await ingest(opts, warnings);
    } finally {
      // (also before a fatal error, which a warning may explain: an end marker that matches a page
      // footer cuts the base short, and then units.starts finds no clause to start a block)
      for (const w of warnings) process.stderr.write(`variorum: warning: ${w}\n`);
    }
    for (const o of outcomes) {
      if (o.status === 'kept-hand-edited') {
        process.stderr.write(`${o.file}: edited by hand, not overwritten (use --force); ingest would change:\n`);
        for (const c of o.changes) process.stderr.write(`  ${c}\n`);
      } else process.stdout.write(`${o.file}: ${o.status}\n`);
    }
  });

program
  .command('corpus')
  .description('list the witnesses and the unit × witness coverage matrix')
  .addOption(corpusOption())
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .addHelpText('after', '\nExample:\n  variorum corpus --format json | jq ".witnesses[].id"\n')
  .action((opts: { corpus: string; format: string }) => {
    const corpus = loadCorpus(opts.corpus);
    const settings = readPackageData<AlignerSettings>('aligner');
    const weak = settings.review_below ?? settings.gap_confidence;
    process.stdout.write(opts.format === 'json' ? JSON.stringify(corpusListing(corpus), null, 2) + '\n' : renderCorpusText(corpus, weak));
  });

registerReportCommands(program, corpusOption);

async function main(argv: string[]): Promise<number> {
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.ok;
      return EXIT.usage; // commander already printed its one-line message
    }
    if (e instanceof UserError) {
      process.stderr.write(`variorum: ${e.message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`variorum: internal error — this is a bug, please report it with the command you ran:\n${(e as Error)?.stack ?? String(e)}\n`);
    return EXIT.internal;
  }
}

// no top-level await: the CLI is bundled as CommonJS (see launch.ts)
void main(process.argv).then((code) => {
  process.exitCode = code;
});
