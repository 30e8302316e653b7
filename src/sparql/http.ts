// HTTP for SPARQL endpoints: time-outs, clear errors (exit 3), and Basic or Digest authentication
// with credentials from the environment (NEWSKG_SPARQL_USER, NEWSKG_SPARQL_PASSWORD), never from the command line.
import { createHash, randomBytes } from 'node:crypto';
import { NewskgError } from '../errors.js';

export interface Credentials {
  user: string;
  password: string;
}

export function credentialsFromEnv(env: Record<string, string | undefined>): Credentials | undefined {
  const user = env.NEWSKG_SPARQL_USER;
  return user ? { user, password: env.NEWSKG_SPARQL_PASSWORD ?? '' } : undefined;
}

const md5 = (s: string) => createHash('md5').update(s).digest('hex');

/** A URL, or a message quoting one, with any user name and password in it masked. */
function withoutCredentials(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/giu, '$1***@');
}

/** RFC 7616 Digest (MD5, qop=auth), as Virtuoso asks for on its authenticated endpoints. */
function digestHeader(challenge: string, method: string, url: URL, c: Credentials): string {
  const field = (name: string) => new RegExp(`${name}="?([^",]*)"?`, 'i').exec(challenge)?.[1];
  const realm = field('realm') ?? '';
  const nonce = field('nonce') ?? '';
  const qop = field('qop')?.split(/\s*,\s*/).includes('auth') ? 'auth' : undefined;
  const opaque = field('opaque');
  const uri = url.pathname + url.search;
  const ha1 = md5(`${c.user}:${realm}:${c.password}`);
  const ha2 = md5(`${method}:${uri}`);
  const cnonce = randomBytes(8).toString('hex');
  const nc = '00000001';
  const response = qop ? md5(`${ha1}:${nonce}:${nc}:${cnonce}:${qop}:${ha2}`) : md5(`${ha1}:${nonce}:${ha2}`);
  const parts = [`username="${c.user}"`, `realm="${realm}"`, `nonce="${nonce}"`, `uri="${uri}"`, `response="${response}"`, 'algorithm=MD5'];
  if (qop) parts.push(`qop=${qop}`, `nc=${nc}`, `cnonce="${cnonce}"`);
  if (opaque) parts.push(`opaque="${opaque}"`);
  return `Digest ${parts.join(', ')}`;
}

export interface RequestOptions {
  method: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  credentials?: Credentials;
}

/** A request that answers with a Response, or throws EREMOTE (unreachable, HTTP error) or ETIMEOUT. */
export async function request(url: string, options: RequestOptions): Promise<Response> {
  const target = new URL(url);
  const send = async (authorization?: string) => {
    const signal = options.timeoutMs ? AbortSignal.timeout(options.timeoutMs) : undefined;
    try {
      return await fetch(target, { method: options.method, headers: { ...options.headers, ...(authorization ? { authorization } : {}) }, body: options.body, signal });
    } catch (err) {
      const e = err as Error & { cause?: { code?: string; message?: string } };
      if (e.name === 'TimeoutError' || e.name === 'AbortError') throw new NewskgError('ETIMEOUT', `${url} did not answer within ${options.timeoutMs} ms`);
      throw new NewskgError('EREMOTE', `cannot reach ${withoutCredentials(url)}: ${withoutCredentials(String(e.cause?.code ?? e.cause?.message ?? e.message))}`);
    }
  };
  let response = await send();
  const challenge = response.headers.get('www-authenticate');
  if (response.status === 401 && options.credentials && challenge) {
    await response.body?.cancel();
    const header = /^digest/i.test(challenge)
      ? digestHeader(challenge, options.method, target, options.credentials)
      : `Basic ${Buffer.from(`${options.credentials.user}:${options.credentials.password}`).toString('base64')}`;
    response = await send(header);
  }
  if (!response.ok) {
    const text = (await response.text()).replace(/\s+/g, ' ').trim().slice(0, 200);
    const hint = response.status === 401 || response.status === 403 ? ' (set NEWSKG_SPARQL_USER and NEWSKG_SPARQL_PASSWORD)' : '';
    throw new NewskgError('EREMOTE', `${url} answered ${response.status} ${response.statusText}${hint}${text ? `: ${text}` : ''}`);
  }
  return response;
}
