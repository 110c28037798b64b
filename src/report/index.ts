/**
 * The reporting stage: pure functions from a `Report` to text. The CLI picks a renderer by format
 * name and writes what it returns (`md` returns several files: relative path → content).
 */
import { renderCsv } from './csv.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTei } from './tei.js';

export const renderers = { md: renderMarkdown, json: renderJson, tei: renderTei, csv: renderCsv } as const;

export type ReportFormat = keyof typeof renderers;

export { renderCsv, renderJson, renderMarkdown, renderTei };
export { canonicalReport } from './json.js';
export { renderDiff, type DiffOptions } from './terminal.js';
export { compareReports, type ReportChanges } from './summary.js';
export { csvCell, markdownCell, markdownText, terminalText, xml, xmlAttr } from './escape.js';
