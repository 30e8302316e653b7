// Index the knowledge base for look-ups by folded alias, Twitter handle and web domain.
import { foldText, slugify } from '../document/normalize.js';
import { tokenize } from '../document/tokens.js';
import type { EntityType, KbEntity, KnowledgeBase } from './lexicons.js';

export interface KbIndex {
  byAlias: Map<string, KbEntity[]>;
  /** Folded home names (see `KbEntity.homeNames`): several countries' bodies under one key. */
  byHomeName: Map<string, KbEntity[]>;
  byHandle: Map<string, KbEntity>;
  /** Folded party adjectives (see `KbEntity.adjectives`): several countries' parties under one key. */
  byAdjective: Map<string, KbEntity[]>;
  byDomain: Map<string, KbEntity>;
  /** The longest alias, in words, so look-ups know how far to reach. */
  maxAliasWords: number;
  /** Every alias's and home name's first words ("front", "front national"): a look-up stops growing a key outside them. */
  prefixes: Set<string>;
}

function addPrefixes(prefixes: Set<string>, key: string): void {
  const words = key.split(' ');
  for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(' '));
}

const TYPE_SLUG: Record<EntityType, string> = { Person: 'person', Organisation: 'org', Outlet: 'outlet', Place: 'place' };

/** The stable key (and IRI path) of an entity: "person/donald-trump". */
export function entityKey(type: EntityType, name: string): string {
  return `${TYPE_SLUG[type]}/${slugify(name)}`;
}

export function allNames(entity: KbEntity): string[] {
  return [entity.name, ...(entity.aliases ?? [])];
}

const cache = new WeakMap<KnowledgeBase, KbIndex>();

/** A name's words as the text's tokens fold them, where that differs from the name folded whole (« 1ère » is « 1 » and « ère »). */
export function tokenKey(name: string): string {
  let key = tokenKeys.get(name);
  if (key === undefined) tokenKeys.set(name, (key = tokenize(name).map((t) => t.folded).filter((w) => w !== '').join(' ')));
  return key;
}
/** Names come from the knowledge base: a bounded set. */
const tokenKeys = new Map<string, string>();

/** The keys a name is found under: folded whole (for look-ups by name), and word by word (for look-ups in text). */
function keysOf(name: string): string[] {
  const key = foldText(name);
  const words = tokenKey(name);
  return words === key ? [key] : [key, words];
}

export function indexKb(kb: KnowledgeBase): KbIndex {
  let index = cache.get(kb);
  if (index) return index;
  index = { byAlias: new Map(), byHomeName: new Map(), byHandle: new Map(), byAdjective: new Map(), byDomain: new Map(), maxAliasWords: 1, prefixes: new Set() };
  for (const entity of kb.entities) {
    for (const key of allNames(entity).flatMap(keysOf)) {
      const list = index.byAlias.get(key) ?? [];
      if (!list.includes(entity)) list.push(entity);
      index.byAlias.set(key, list);
      addPrefixes(index.prefixes, key);
      index.maxAliasWords = Math.max(index.maxAliasWords, key.split(' ').length);
    }
    for (const key of (entity.homeNames ?? []).flatMap(keysOf)) {
      index.byHomeName.set(key, [...(index.byHomeName.get(key) ?? []), entity]);
      addPrefixes(index.prefixes, key);
      index.maxAliasWords = Math.max(index.maxAliasWords, key.split(' ').length);
    }
    for (const adjective of entity.adjectives ?? []) {
      const key = foldText(adjective);
      index.byAdjective.set(key, [...(index.byAdjective.get(key) ?? []), entity]);
    }
    for (const handle of entity.handles ?? []) index.byHandle.set(handle.toLowerCase(), entity);
    for (const domain of entity.domains ?? []) index.byDomain.set(domain.toLowerCase(), entity);
  }
  cache.set(kb, index);
  return index;
}

export function lookupDomain(index: KbIndex, domain: string): KbEntity | undefined {
  return index.byDomain.get(domain.toLowerCase().replace(/^www\./, ''));
}
