import type { Command, Option } from 'commander';

/** Placeholder until the analyser and the reports land: says so instead of pretending. */
export function registerReportCommands(program: Command, _corpusOption: () => Option): void {
  program
    .command('report')
    .description('analyse the corpus and write reports (not implemented yet)')
    .allowUnknownOption()
    .action(() => {
      process.stdout.write('variorum report: the analyser and reports are not built yet; nothing written to reports/.\n');
    });
}
