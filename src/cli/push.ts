// `newskg push`: upload a graph to a SPARQL store, in batches.
import { appendAll } from '../collections.js';
import type { Command } from 'commander';
import type { Quad } from '@rdfjs/types';
import { iri, oneOf, positiveInteger, refuseCredentialsIn } from './options.js';
import { progress } from './progress.js';
import { PUSH_DEFAULTS } from '../sparql/push.js';
import { DEFAULT_GRAPH } from './query.js';

export function registerPush(program: Command): void {
  program
    .command('push')
    .description('upload a graph to a SPARQL store: Graph Store HTTP Protocol, or SPARQL Update')
    .requiredOption('--endpoint <url>', 'graph store endpoint (gsp), or update endpoint (update)', iri)
    .requiredOption('--graph <iri>', 'the named graph to replace with this graph', iri)
    .option('-d, --data <file>', `graph file, repeatable (default: ${DEFAULT_GRAPH})`, (v: string, p: string[] = []) => [...p, v])
    .option('--protocol <protocol>', 'gsp (PUT, then POST per batch) or update (INSERT DATA per batch)', oneOf(['gsp', 'update'] as const), PUSH_DEFAULTS.protocol)
    .option('--batch-size <n>', 'triples per request', positiveInteger, PUSH_DEFAULTS.batchSize)
    .option('--timeout <ms>', 'give up on a request after this many milliseconds', positiveInteger)
    .option('-q, --quiet', 'no progress on stderr')
    .addHelpText('after', `
Credentials come from the environment, never from the command line:
  NEWSKG_SPARQL_USER=dba NEWSKG_SPARQL_PASSWORD=… newskg push \\
    --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth --graph https://example.org/news`)
    .action(async (flags: { endpoint: string; graph: string; data?: string[]; protocol: 'gsp' | 'update'; batchSize: number; timeout?: number; quiet?: boolean }) => {
      refuseCredentialsIn(flags.endpoint);
      const [{ readRdfFile }, { credentialsFromEnv }, { pushQuads }] = await Promise.all([import('../rdf/syntax.js'), import('../sparql/http.js'), import('../sparql/push.js')]);
      const quads: Quad[] = [];
      for (const file of flags.data ?? [DEFAULT_GRAPH]) appendAll(quads, await readRdfFile(file));
      const report = progress(flags.quiet ?? false);
      const sent = await pushQuads(flags.endpoint, quads, {
        graph: flags.graph,
        protocol: flags.protocol,
        batchSize: flags.batchSize,
        timeoutMs: flags.timeout,
        credentials: credentialsFromEnv(process.env),
        onBatch: (n, total) => report.update(`pushed ${n}/${total} triples`),
      });
      report.done(`pushed ${sent} triples to <${flags.graph}> at ${flags.endpoint}`);
    });
}
