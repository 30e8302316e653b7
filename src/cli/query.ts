// `newskg query`: run a stored or ad-hoc SPARQL query on a graph file or a remote endpoint.
import path from 'node:path';
import type { Command } from 'commander';
import { NewskgError } from '../errors.js';
import type { ResultFormat } from '../sparql/results.js';
import type { StoredQuery } from '../sparql/stored.js';
import { emit } from './output.js';
import { iri, oneOf, positiveInteger, refuseCredentialsIn } from './options.js';

export const DEFAULT_GRAPH = 'out/graph.ttl';
const FORMATS = ['table', 'csv', 'tsv', 'json', 'xml', 'ttl', 'nt', 'jsonld'] as const;
const BY_EXTENSION: Record<string, ResultFormat> = { '.csv': 'csv', '.tsv': 'tsv', '.json': 'json', '.srj': 'json', '.xml': 'xml', '.srx': 'xml', '.ttl': 'ttl', '.nt': 'nt', '.jsonld': 'jsonld' };

interface QueryFlags {
  expression?: string;
  data: string[];
  param: string[];
  format?: ResultFormat;
  output?: string;
  endpoint?: string;
  graph?: string;
  timeout?: number;
  base?: string;
  wide?: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('run a stored query (by name) or a .rq file, or -e an ad-hoc query, on a graph or a SPARQL endpoint')
    .argument('[query]', 'stored query name (see: newskg queries) or path to a .rq file')
    .option('-e, --expression <sparql>', 'an ad-hoc query instead of a stored one')
    .option('-d, --data <file>', `graph file to query, repeatable (.ttl, .nt, .nq, .trig, .jsonld) (default: ${DEFAULT_GRAPH})`, collect)
    .option('-p, --param <name=value>', 'bind a parameter of the query, repeatable', collect, [])
    .option('-f, --format <format>', `${FORMATS.join(', ')} (default: from -o's extension, else table)`, oneOf(FORMATS))
    .option('-o, --output <file>', 'write the results to this file (atomically) instead of stdout')
    .option('--endpoint <url>', 'run the query on this SPARQL 1.1 endpoint instead of a local graph', iri)
    .option('--graph <iri>', 'with --endpoint: the graph to query (default-graph-uri)', iri)
    .option('--timeout <ms>', 'stop the query after this many milliseconds', positiveInteger)
    .option('--base <iri>', 'base IRI of the graph, for the person:, event:… prefixes', iri)
    .option('--wide', 'print table cells whole, even wider than the terminal')
    .addHelpText('after', `
Examples:
  newskg query who-responded-to-whom
  newskg query person-statements --param person=person:marco-rubio --format csv -o rubio.csv
  newskg query -e 'SELECT ?name WHERE { ?p a nkg:Person ; schema:name ?name }'
  newskg query timeline --endpoint http://127.0.0.1:8890/sparql --graph https://example.org/news

Prefixes of the ontology (nkg:, schema:, prov:, owl:, wd:…) and of the data (person:, org:, outlet:,
event:, statement:, article:…) are declared for you. Credentials for an endpoint come from the
environment: NEWSKG_SPARQL_USER and NEWSKG_SPARQL_PASSWORD.`)
    .action(async (name: string | undefined, flags: QueryFlags) => {
      // Only what this run needs is loaded: a local query never loads the HTTP client, nor a remote one the engine.
      const [{ queryPrefixes }, { formatResult }, { prepareQuery }, { resolveQuery }] = await Promise.all([
        import('../sparql/parse.js'),
        import('../sparql/results.js'),
        import('../sparql/run.js'),
        import('../sparql/stored.js'),
      ]);
      if ((name === undefined) === (flags.expression === undefined)) throw new NewskgError('EUSAGE', 'name a stored query (newskg queries lists them) or give -e SPARQL, not both');
      if (flags.endpoint) refuseCredentialsIn(flags.endpoint);
      const query: Pick<StoredQuery, 'text' | 'file' | 'params'> = flags.expression !== undefined ? { text: flags.expression, file: '-e', params: [] } : await resolveQuery(name!);
      // Everything about the query is checked before any data is read.
      const prepared = prepareQuery(query, flags.param, flags.base);
      const format = flags.format ?? (flags.output ? BY_EXTENSION[path.extname(flags.output).toLowerCase()] : undefined) ?? 'table';
      const files = flags.data ?? [DEFAULT_GRAPH];
      let result;
      if (flags.endpoint) {
        const [{ RemoteEngine }, { credentialsFromEnv }] = await Promise.all([import('../sparql/remote.js'), import('../sparql/http.js')]);
        result = await new RemoteEngine(flags.endpoint, { defaultGraph: flags.graph, credentials: credentialsFromEnv(process.env) }).query(prepared.text, { timeoutMs: flags.timeout });
      } else if (flags.timeout) {
        const { queryInWorker } = await import('../sparql/in-worker.js');
        result = await queryInWorker(files, prepared.text, flags.timeout);
      } else {
        await (await import('../sparql/quick-start.js')).quickStartFor(files);
        const { EmbeddedEngine } = await import('../sparql/embedded.js');
        result = await (await EmbeddedEngine.fromFiles(files)).query(prepared.text);
      }
      // A table on a terminal fits its width; in a file, a pipe or with --wide, cells stay whole.
      const width = !flags.output && !flags.wide && process.stdout.isTTY ? (process.stdout.columns ?? 100) : undefined;
      await emit(await formatResult(result, format, queryPrefixes(flags.base), width), flags.output);
    });
}
