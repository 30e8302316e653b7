// MinHash signatures and locality-sensitive hashing: candidate pairs of similar sets without comparing all pairs.

/** FNV-1a, 32-bit, with a seed folded in: a fast, well-spread string hash. */
function hash(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // A final avalanche so that close seeds give independent hashes.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

export function minhash(features: ReadonlySet<string>, size: number): Uint32Array {
  const sig = new Uint32Array(size).fill(0xffffffff);
  for (const f of features) {
    for (let k = 0; k < size; k++) {
      const h = hash(f, k * 0x9e3779b1);
      if (h < sig[k]!) sig[k] = h;
    }
  }
  return sig;
}

/**
 * Pairs of items that share a band of their signatures: with one row per band, sets of Jaccard J
 * meet with probability 1 - (1 - J)^bands. In a bucket larger than maxBucket (a statement reported thousands of
 * times, or a feature everything shares) each member is paired with the bucket's first only: the work stays linear.
 */
export function candidatePairs(signatures: readonly Uint32Array[], rowsPerBand: number, maxBucket: number): [number, number][] {
  const size = signatures[0]?.length ?? 0;
  const pairs = new Set<string>();
  for (let band = 0; band + rowsPerBand <= size; band += rowsPerBand) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((sig, i) => {
      const key = Array.from(sig.subarray(band, band + rowsPerBand)).join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    });
    for (const bucket of buckets.values()) {
      if (bucket.length < 2) continue;
      const firsts = bucket.length > maxBucket ? 1 : bucket.length;
      for (let a = 0; a < firsts; a++) for (let b = a + 1; b < bucket.length; b++) pairs.add(`${bucket[a]},${bucket[b]}`);
    }
  }
  return [...pairs].map((p) => p.split(',').map(Number) as [number, number]);
}
