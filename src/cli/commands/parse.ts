/** `ombuds parse <paths...> [--format json|text]`: each file as a structured document. */
import { Command, Option } from 'commander';
import { readAndParse, toFailure } from '../../parse/file.js';
import { expandPaths } from '../../ingest/index.js';
import type { Paragraph, ParsedDocument, RawDocument } from '../../types.js';
import { err, out } from '../output.js';

export function parseCommand(): Command {
  return new Command('parse')
    .description('parse decision files (.txt, .html, .pdf; files, directories or globs) into header fields and sections')
    .argument('<paths...>', 'files, directories or globs')
    .addOption(new Option('--format <format>', 'json: one JSON object per line; text: an outline').choices(['json', 'text']).default('json'))
    .action(async (paths: string[], opts: { format: 'json' | 'text' }) => {
      let failed = 0;
      for await (const path of expandPaths(paths)) {
        try {
          const { raw, doc } = await readAndParse(path);
          await out(opts.format === 'json' ? `${JSON.stringify(documentJson(raw, doc))}\n` : outline(doc));
        } catch (e) {
          failed++;
          err(toFailure(path, e).message);
        }
      }
      if (failed) process.exitCode = 1;
    });
}

export function documentJson(raw: RawDocument, doc: ParsedDocument) {
  const { header } = doc;
  return {
    file: doc.file,
    path: doc.path,
    format: doc.format,
    encoding: raw.encoding,
    sha256: raw.sha256,
    layout: doc.layout,
    complete: doc.complete,
    header: {
      organisations: header.organisations.map((o) => o.value),
      case_number: header.caseNumber?.value ?? null,
      category: header.category?.value ?? null,
      outcome: header.outcome?.value ?? null,
      decision_date: header.decisionDate?.value ?? null,
      summary: header.summary?.value ?? null,
      spans: header,
    },
    sections: doc.sections.map((s) => ({
      kind: s.kind,
      heading: s.heading?.text ?? null,
      start: s.start,
      end: s.end,
      subsections: s.subsections.map((sub) => ({ heading: sub.heading.text, start: sub.start, end: sub.end, paragraphs: sub.paragraphs })),
      paragraphs: s.paragraphs,
    })),
    text: doc.text,
  };
}

function outline(doc: ParsedDocument): string {
  const h = doc.header;
  const lines = [
    `== ${doc.file} (${doc.format}, ${doc.layout}${doc.complete ? '' : ', partial'})`,
    `organisation: ${h.organisations.map((o) => o.value).join(' | ') || '-'}`,
    `case number:  ${h.caseNumber?.value ?? '-'}`,
    `category:     ${h.category?.value ?? '-'}`,
    `decision:     ${h.outcome?.value ?? '-'}`,
    `date:         ${h.decisionDate?.value ?? '-'}`,
  ];
  const para = (p: Paragraph, indent: string) => {
    const text = doc.text.slice(p.start, p.end);
    lines.push(`${indent}${p.number ? `${p.number}.` : p.bullet ?? '¶'} ${text.length > 90 ? `${text.slice(0, 89)}…` : text}`);
    for (const item of p.items) para(item, `${indent}    `);
  };
  for (const s of doc.sections) {
    lines.push(`[${s.kind}] ${s.heading?.text ?? ''}`);
    for (const p of s.paragraphs) para(p, '  ');
    for (const sub of s.subsections) {
      lines.push(`  -- ${sub.heading.text}`);
      for (const p of sub.paragraphs) para(p, '    ');
    }
  }
  return `${lines.join('\n')}\n\n`;
}
