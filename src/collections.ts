// Grouping into a map of lists without copying the list on every insert (which is quadratic in the group's size).

export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Append every item: `list.push(...items)` passes items as arguments and overflows the stack past some 100,000. */
export function appendAll<T>(list: T[], items: Iterable<T>): void {
  for (const item of items) list.push(item);
}
