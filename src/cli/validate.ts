// `newskg validate`: check a graph against the SHACL shapes of the ontology.
import type { Command } from 'commander';
import { SHAPES_FILE } from '../paths.js';
import { oneOf } from './options.js';

interface ValidateFlags {
  shapes: string;
  format: 'text' | 'json';
}

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check a graph against the SHACL shapes (exit 1 when it does not conform)')
    .argument('<graph>', 'graph file (.ttl, .nt, .nq, .trig)')
    .option('--shapes <file>', 'SHACL shapes to use', SHAPES_FILE)
    .option('--format <format>', 'report as text or json', oneOf(['text', 'json'] as const), 'text')
    .action(async (graph: string, flags: ValidateFlags) => {
      const [{ readRdfFile }, { validateQuads }] = await Promise.all([import('../rdf/syntax.js'), import('../rdf/shacl.js')]);
      const [data, shapes] = await Promise.all([readRdfFile(graph), readRdfFile(flags.shapes)]);
      const report = await validateQuads(data, shapes);
      if (flags.format === 'json') {
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      } else if (report.conforms) {
        process.stdout.write(`${graph}: conforms (${data.length} triples)\n`);
      } else {
        for (const v of report.violations) {
          process.stdout.write(`${graph}: ${v.severity}: <${v.focusNode}>${v.path ? ` ${v.path}` : ''}: ${v.message}\n`);
        }
        process.stdout.write(`${graph}: ${report.violations.length} violations\n`);
      }
      if (!report.conforms) process.exitCode = 1;
    });
}
