// Parsers for option values, so bad values fail before any work with a clear message.
import { NewskgError } from '../errors.js';
import { InvalidArgumentError } from 'commander';

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

export function oneOf<T extends string>(choices: readonly T[]) {
  return (value: string): T => {
    if (!(choices as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${choices.join(', ')}`);
    return value as T;
  };
}

export function iri(value: string): string {
  try {
    new URL(value);
  } catch {
    throw new InvalidArgumentError('expected an absolute IRI, such as https://example.org/news/');
  }
  return value;
}

/**
 * Refuse a user name or password written in an endpoint's URL, without echoing it (commander would quote a refused
 * argument): credentials come from the environment only.
 */
export function refuseCredentialsIn(url: string): void {
  const { username, password } = new URL(url);
  if (username || password) throw new NewskgError('EUSAGE', 'no credentials in the endpoint URL, please: set NEWSKG_SPARQL_USER and NEWSKG_SPARQL_PASSWORD instead');
}

export function confidenceValue(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
}
