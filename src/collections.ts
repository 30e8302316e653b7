// Grouping into a map of lists without copying the list on every insert (which is quadratic in the group's size).

export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
