// Start a real Virtuoso (Debian's virtuoso-opensource) on 127.0.0.1 with a temporary database, for one test file.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const BINARY = '/usr/bin/virtuoso-t';
const INI = '/etc/virtuoso-opensource-7/virtuoso.ini';
const ISQL = '/usr/bin/isql-vt';

export interface Virtuoso {
  sparql: string;
  graphStore: string;
  /** A folder the server may bulk-load files from (in its DirsAllowed). */
  loadDir: string;
  /** Run SQL (and Virtuoso's procedures: ld_dir, rdf_loader_run…) through isql as dba; its output. */
  isql(sql: string): string;
  stop(): Promise<void>;
}

/** Why Virtuoso cannot run here, or undefined when it can. Under CI=true a missing package is an error, not a skip. */
export function virtuosoMissing(): string | undefined {
  if (existsSync(BINARY) && existsSync(INI) && existsSync(ISQL)) return undefined;
  const reason = 'virtuoso-opensource is not installed (apt-get install virtuoso-opensource; .ci/run does it)';
  if (process.env.CI === 'true') throw new Error(reason);
  return reason;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitFor(url: string, child: ChildProcess, log: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`virtuoso exited with ${child.exitCode}: ${existsSync(log) ? readFileSync(log, 'utf8').slice(-800) : ''}`);
    try {
      const r = await fetch(`${url}?query=${encodeURIComponent('ASK {}')}`, { headers: { accept: 'application/sparql-results+json' } });
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`virtuoso did not answer at ${url} within ${timeoutMs} ms`);
}

export async function startVirtuoso(): Promise<Virtuoso> {
  const dir = mkdtempSync(path.join(tmpdir(), 'newskg-virtuoso-'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  const ini = readFileSync(INI, 'utf8')
    .replaceAll('/var/lib/virtuoso-opensource-7/db/', `${dir}/`)
    .replace(/^ServerPort\s*=\s*1111$/m, `ServerPort = 127.0.0.1:${sqlPort}`)
    .replace(/^ServerPort\s*=\s*8890$/m, `ServerPort = 127.0.0.1:${httpPort}`)
    .replace(/^DirsAllowed\s*=\s*(.*)$/m, `DirsAllowed = $1, ${dir}`);
  writeFileSync(path.join(dir, 'virtuoso.ini'), ini);
  const child = spawn(BINARY, ['+foreground', '+configfile', path.join(dir, 'virtuoso.ini')], { cwd: dir, stdio: 'ignore' });
  const base = `http://127.0.0.1:${httpPort}`;
  try {
    await waitFor(`${base}/sparql`, child, path.join(dir, 'virtuoso.log'), 90_000);
  } catch (err) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    sparql: `${base}/sparql`,
    graphStore: `${base}/sparql-graph-crud-auth`,
    loadDir: dir,
    isql(sql: string): string {
      const r = spawnSync(ISQL, [`127.0.0.1:${sqlPort}`, 'dba', 'dba', `exec=${sql}`], { encoding: 'utf8' });
      if (r.status !== 0 || /\*\*\* Error/.test(r.stdout + r.stderr)) throw new Error(`isql: ${r.stdout}${r.stderr}`);
      return r.stdout;
    },
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
