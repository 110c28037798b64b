/**
 * The analysis commands' argument parsing and printing: report, check, diff.
 */
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Option, type Command } from 'commander';
import { EXIT, UserError } from '../errors.js';
import { readIfExists } from '../io/files.js';
import { check, diffWitnesses, FORMATS, renderOne, reportFiles, runAnalysis, staleFiles, writeReports, type Format } from './report.js';

export function registerReportCommands(program: Command, corpusOption: () => Option): void {
  program
    .command('report')
    .description('analyse the corpus and write the reports (Markdown, JSON, TEI, CSV) to reports/, or one format to stdout')
    .addOption(corpusOption())
    .option('--base <id>', 'base witness (default: from the corpus metadata)')
    .option('--witness <ids>', 'only these witnesses (comma-separated)')
    .option('--unit <ids>', 'only these units (comma-separated), e.g. C4,C5')
    .addOption(new Option('--format <format>', 'one format; printed to stdout unless --out is given').choices([...FORMATS]))
    .option('--out <dir>', 'write the report files into this directory (default with no --format: reports)')
    .addHelpText('after', '\nExamples:\n  variorum report                         # write reports/\n  variorum report --format json --unit C5 # one JSON document on stdout\n  variorum report --base mfa --witness paraphrase --format csv > c.csv\n')
    .action((opts: { corpus: string; base?: string; witness?: string; unit?: string; format?: Format; out?: string }) => {
      const report = runAnalysis(opts);
      if (opts.format && !opts.out) {
        process.stdout.write(renderOne(report, opts.format));
        return;
      }
      const out = opts.out ?? 'reports';
      const files = reportFiles(report, opts.format ? [opts.format] : FORMATS);
      const { written, unchanged } = writeReports(out, files);
      const stale = opts.format ? [] : staleFiles(out, files);
      for (const rel of stale) rmSync(join(out, rel), { force: true });
      process.stdout.write(`${out}: ${written.length} file(s) written, ${unchanged.length} unchanged${stale.length ? `, ${stale.length} stale removed` : ''}\n`);
    });

  program
    .command('check')
    .description('recompute the reports and compare them with the committed reports/ (exit 1 if they differ)')
    .addOption(corpusOption())
    .option('--reports <dir>', 'the committed reports (default: the reports/ next to the corpus directory, else inside it, else ./reports)')
    .option('--out <dir>', 'the same as --reports: the directory `variorum report --out` wrote')
    .option('--update', 'rewrite reports/ with the new results', false)
    .addHelpText('after', '\nExample:\n  variorum check            # after editing a witness: what changed in the analysis?\n  variorum check --update   # accept the changes\n')
    .action((named: { corpus: string; reports?: string; out?: string; update: boolean }) => {
      if (named.reports !== undefined && named.out !== undefined && named.reports !== named.out) {
        throw new UserError(`--reports ${named.reports} and --out ${named.out} name two directories: give one`);
      }
      const given = { corpus: named.corpus, reports: named.reports ?? named.out, update: named.update };
      const found = given.reports ?? defaultReports(given.corpus);
      const opts = { corpus: given.corpus, reports: found ?? reportsBeside(given.corpus), update: given.update };
      // nothing committed to compare with: say so, rather than "the corpus now gives different results"
      if (!opts.update && !existsSync(join(opts.reports, 'variorum.json'))) {
        const corpus = opts.corpus !== 'corpus' ? ` --corpus ${opts.corpus}` : '';
        const where = given.reports !== undefined ? opts.reports : [...new Set([reportsBeside(opts.corpus), join(opts.corpus, 'reports'), 'reports'])].join(', ');
        // (the reports to write, unless named: those inside the corpus directory, which belong to
        // it alone and travel with it; check finds them there. The reports/ beside it are shared by
        // every corpus in the same directory, and beside a corpus directory not named "corpus",
        // drafts/treaty, they would be drafts/reports)
        const write = given.reports ?? join(opts.corpus, 'reports');
        throw new UserError(`no committed reports here (no variorum.json in ${where}): write them with \`variorum report${corpus} --out ${write}\`, or name them with --reports DIR`, { file: opts.reports });
      }
      const report = runAnalysis({ corpus: opts.corpus });
      // reports of another corpus (another title): comparing, or --update, would be a mistake
      const committed = readIfExists(join(opts.reports, 'variorum.json'));
      if (committed !== undefined) {
        let title: unknown;
        try {
          title = (JSON.parse(committed) as { title?: unknown }).title;
        } catch {
          title = undefined;
        }
        if (typeof title === 'string' && title !== report.title) {
          throw new UserError(`these are the reports of "${title}", not of this corpus ("${report.title}"): name this corpus's reports with --reports DIR`, { file: opts.reports });
        }
      }
      const result = check(opts, report);
      if (result.same) {
        process.stdout.write(`${opts.reports}: up to date with the corpus\n`);
        return;
      }
      if (opts.update) {
        const files = reportFiles(report);
        writeReports(opts.reports, files);
        for (const rel of staleFiles(opts.reports, files)) rmSync(join(opts.reports, rel), { force: true });
        process.stdout.write(`${opts.reports}: updated (${result.files.length} file(s))\n`);
        for (const line of result.summary) process.stdout.write(`  ${line}\n`);
        return;
      }
      process.stdout.write(`${opts.reports}: the corpus now gives different results.\n\nWhat changed in the analysis ('base words' ] 'witness words'; + added, - removed, ~ relabelled):\n`);
      for (const line of result.summary) process.stdout.write(`  ${line}\n`);
      process.stdout.write(`\nFiles: ${result.files.map((f) => `${f.path} (${f.status})`).join(', ')}\n`);
      // the same corpus and reports directories as this run
      // (--reports only when given: the default finds the same directory again)
      const flags = `${opts.corpus !== 'corpus' ? ` --corpus ${opts.corpus}` : ''}${given.reports !== undefined && given.reports !== 'reports' ? ` --reports ${opts.reports}` : ''}`;
      process.stdout.write(`Accept with \`variorum check --update${flags}\`${flags ? '' : ' (npm run check -- --update)'}.\n`);
      process.exitCode = EXIT.differences;
    });

  program
    .command('diff')
    .description('show two witnesses side by side in the terminal, unit by unit (the first is the base)')
    .argument('<witnessA>', 'witness read as the base')
    .argument('<witnessB>', 'witness compared with it')
    .addOption(corpusOption())
    .option('--unit <ids>', 'only these units (comma-separated)')
    .addHelpText('after', '\nExample:\n  variorum diff un-a75 paraphrase --unit C4,C5\n  NO_COLOR=1 variorum diff mfa embassy-text\n')
    .action((a: string, b: string, opts: { corpus: string; unit?: string }) => {
      const color = Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
      process.stdout.write(diffWitnesses({ corpus: opts.corpus, a, b, unit: opts.unit, color }));
    });
}

/** The reports/ directory next to a corpus directory ("corpus" → "reports", "a/corpus" → "a/reports"). */
function reportsBeside(corpus: string): string {
  return join(dirname(corpus), 'reports');
}

/**
 * The committed reports of a corpus when --reports is not given: the first directory with a
 * variorum.json among the reports/ next to the corpus directory (the project's layout: `npm run
 * check` reads ./reports beside ./corpus), the reports/ inside it (`corpus/reports`, where a user
 * may keep them with `report --out corpus/reports`), and ./reports (where `report` writes by
 * default). undefined when none has one. (A directory of another corpus's reports is refused later
 * by its title.)
 */
function defaultReports(corpus: string): string | undefined {
  for (const dir of [reportsBeside(corpus), join(corpus, 'reports'), 'reports']) if (existsSync(join(dir, 'variorum.json'))) return dir;
  return undefined;
}
