// `newskg serve`: a SPARQL 1.1 Protocol endpoint over a graph, for YASGUI, Jena or any SPARQL client.
import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { positiveInteger } from './options.js';
import { DEFAULT_GRAPH } from './query.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve a graph as a SPARQL 1.1 endpoint (read-only unless --writable)')
    .option('-d, --data <file>', `graph file, repeatable (default: ${DEFAULT_GRAPH})`, (v: string, p: string[] = []) => [...p, v])
    .option('--port <port>', 'port to listen on', positiveInteger, 7878)
    .option('--host <host>', 'address to bind (127.0.0.1 keeps it on this machine)', '127.0.0.1')
    .option('--timeout <ms>', 'stop a query after this many milliseconds', positiveInteger, 30_000)
    .option('--workers <n>', 'queries run at once, each in its own thread with its own copy of the graph', positiveInteger, Math.max(4, availableParallelism()))
    .option('--max-results <n>', 'refuse results with more solutions or triples than this', positiveInteger, 100_000)
    .option('--max-body <bytes>', 'refuse request bodies larger than this', positiveInteger, 1_000_000)
    .option('--allow-service', 'run SERVICE clauses, which fetch other endpoints (refused by default)')
    .option('--writable', 'accept SPARQL updates (queries then run one at a time on the main thread, with no time limit)')
    .addHelpText(
      'after',
      '\nQueries run in a pool of worker threads: a heavy query never blocks a light one, and a query over --timeout or whose\nclient disconnects is stopped. Answers 400 to a malformed query, 403 to SERVICE or an update (unless allowed), 413 to\na result over --max-results, 503 to a query over --timeout.\n\nExample:\n  newskg serve --port 7878\n  curl -H "Accept: text/csv" "http://127.0.0.1:7878/sparql?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%203"\n',
    )
    .action(async (flags: { data?: string[]; port: number; host: string; timeout: number; workers: number; maxResults: number; maxBody: number; allowService?: boolean; writable?: boolean }) => {
      const files = flags.data ?? [DEFAULT_GRAPH];
      // Updates must reach the one store every query reads: a writable endpoint keeps a single store on the main thread.
      const [{ EmbeddedEngine }, { createSparqlServer }, { QueryPool }] = await Promise.all([import('../sparql/embedded.js'), import('../sparql/server.js'), import('../sparql/pool.js')]);
      const engine = flags.writable ? await EmbeddedEngine.fromFiles(files) : new QueryPool(files, { size: flags.workers, timeoutMs: flags.timeout, maxResults: flags.maxResults });
      if (engine instanceof QueryPool) await engine.ready();
      const server = createSparqlServer(engine, { writable: flags.writable, timeoutMs: flags.timeout, maxBodyBytes: flags.maxBody, allowService: flags.allowService });
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(flags.port, flags.host, resolve);
      });
      const mode = flags.writable ? 'writable, one query at a time' : `read-only, ${flags.workers} query threads`;
      process.stderr.write(`SPARQL endpoint: http://${flags.host}:${flags.port}/sparql (${mode}); Ctrl-C to stop\n`);
      await new Promise<void>((resolve) => {
        const stop = () => server.close(() => resolve());
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      if (engine instanceof QueryPool) await engine.close();
    });
}
