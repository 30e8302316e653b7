// MinHash signatures and locality-sensitive hashing: candidate pairs of similar sets without comparing all pairs.

/** FNV-1a, 32-bit, with a final avalanche: a fast, well-spread hash of a feature's text. */
export function hashFeature(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return mix(h);
}

/** A 32-bit integer mixer (murmur3's finaliser): close inputs give independent outputs. */
function mix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** A MinHash signature of a set of hashed features: for each of `size` hash functions, the least hash of a feature. */
export function minhash(features: Uint32Array, size: number): Uint32Array {
  const sig = new Uint32Array(size).fill(0xffffffff);
  for (const f of features) {
    for (let k = 0; k < size; k++) {
      const h = mix(f ^ Math.imul(k + 1, 0x9e3779b1));
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
