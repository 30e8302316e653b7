// `newskg export`: write a graph in another RDF syntax, deterministically, with the ontology's prefixes.
import { appendAll } from '../collections.js';
import type { Command } from 'commander';
import type { Quad } from '@rdfjs/types';
import { emit } from './output.js';
import { iri, oneOf } from './options.js';
import { DEFAULT_GRAPH } from './query.js';

const FORMATS = { ttl: 'turtle', nt: 'ntriples', nq: 'nquads', trig: 'trig', jsonld: 'jsonld' } as const;

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the whole graph as Turtle, N-Triples, N-Quads, TriG or JSON-LD')
    .option('-d, --data <file>', `graph file, repeatable (default: ${DEFAULT_GRAPH})`, (v: string, p: string[] = []) => [...p, v])
    .requiredOption('-f, --format <format>', Object.keys(FORMATS).join(', '), oneOf(Object.keys(FORMATS) as (keyof typeof FORMATS)[]))
    .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
    .option('--base <iri>', 'base IRI of the graph, for the data prefixes', iri)
    .addHelpText('after', '\nExample:\n  newskg export --format jsonld -o out/graph.jsonld\n')
    .action(async (flags: { data?: string[]; format: keyof typeof FORMATS; output?: string; base?: string }) => {
      const [{ readRdfFile, serializeQuads }, { queryPrefixes }, { toJsonLd }] = await Promise.all([import('../rdf/syntax.js'), import('../sparql/parse.js'), import('../sparql/results.js')]);
      const quads: Quad[] = [];
      for (const file of flags.data ?? [DEFAULT_GRAPH]) appendAll(quads, await readRdfFile(file));
      const prefixes = queryPrefixes(flags.base);
      const syntax = FORMATS[flags.format];
      await emit(syntax === 'jsonld' ? await toJsonLd(quads, prefixes) : await serializeQuads(quads, syntax, prefixes), flags.output);
    });
}
