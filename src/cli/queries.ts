// `newskg queries`: list the stored queries with their titles and parameters.
import type { Command } from 'commander';

export function registerQueries(program: Command): void {
  program
    .command('queries')
    .description('list the stored queries, with their parameters')
    .option('--verbose', 'also print each description and example')
    .action(async (flags: { verbose?: boolean }) => {
      const { listStoredQueries } = await import('../sparql/stored.js');
      const queries = await listStoredQueries();
      const width = Math.max(...queries.map((q) => q.name.length));
      for (const q of queries) {
        const params = q.params.map((p) => `${p.name}${p.required ? '' : '?'}${p.default ? `=${p.default}` : ''}`).join(' ');
        process.stdout.write(`${q.name.padEnd(width)}  ${q.title}${params ? `  [${params}]` : ''}\n`);
        if (flags.verbose) {
          process.stdout.write(`${' '.repeat(width + 2)}${q.description}\n`);
          for (const p of q.params) process.stdout.write(`${' '.repeat(width + 4)}--param ${p.name}=… (${p.type}${p.required ? ', required' : ''}) ${p.description}\n`);
          for (const e of q.examples) process.stdout.write(`${' '.repeat(width + 4)}$ ${e}\n`);
        }
      }
    });
}
