// `newskg serve`: a SPARQL 1.1 Protocol endpoint over a graph, for YASGUI, Jena or any SPARQL client.
import type { Command } from 'commander';
import { EmbeddedEngine } from '../sparql/embedded.js';
import { createSparqlServer } from '../sparql/server.js';
import { positiveInteger } from './options.js';
import { DEFAULT_GRAPH } from './query.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve a graph as a SPARQL 1.1 endpoint (read-only unless --writable)')
    .option('-d, --data <file>', `graph file, repeatable (default: ${DEFAULT_GRAPH})`, (v: string, p: string[] = []) => [...p, v])
    .option('--port <port>', 'port to listen on', positiveInteger, 7878)
    .option('--host <host>', 'address to bind (127.0.0.1 keeps it on this machine)', '127.0.0.1')
    .option('--writable', 'accept SPARQL updates')
    .addHelpText('after', '\nExample:\n  newskg serve --port 7878\n  curl -H "Accept: text/csv" "http://127.0.0.1:7878/sparql?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%203"\n')
    .action(async (flags: { data?: string[]; port: number; host: string; writable?: boolean }) => {
      const engine = await EmbeddedEngine.fromFiles(flags.data ?? [DEFAULT_GRAPH]);
      const server = createSparqlServer(engine, { writable: flags.writable });
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(flags.port, flags.host, resolve);
      });
      process.stderr.write(`SPARQL endpoint: http://${flags.host}:${flags.port}/sparql (${engine.store.size} triples${flags.writable ? ', writable' : ', read-only'}); Ctrl-C to stop\n`);
      await new Promise<void>((resolve) => {
        const stop = () => server.close(() => resolve());
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
