/**
 * The per-index runtime cache of UNSPSC search: lookup maps, spelling-correction buckets with
 * their Fuse instances, and scratch buffers for scoring. Built lazily on the first query (or by
 * `warmSearchIndex`) and cached per index; not part of the serializable index.
 */
import Fuse from 'fuse.js';
import { rootOf } from './normalize';
import type { CompiledSynonym, SearchIndex } from './search-index';

interface Bucket {
	ids: number[];
	fuse?: Fuse<string>;
}

export interface Runtime {
	vocabId: Map<string, number>;
	synonymsByFirst: Map<string, CompiledSynonym[]>;
	/** `rootOf(word)` → vocabulary ids. */
	roots: Map<string, number[]>;
	/**
	 * Vocabulary ids bucketed for spelling correction, with a Fuse instance each (lazy): key
	 * `1<letter><length>` groups words by first letter and length, `2<letter><length>` by second
	 * letter and length.
	 */
	buckets: Map<string, Bucket>;
	best: Float32Array;
	clauseDocs: Uint32Array;
	matched: Float32Array;
	quality: Float32Array;
	flags: Uint8Array;
	/** For a curated synonym target, its place among the synonym's codes (1 = first), else 0. */
	curatedAt: Uint8Array;
	touched: Uint32Array;
}

const runtimes = new WeakMap<SearchIndex, Runtime>();

function addToBucket(buckets: Map<string, Bucket>, key: string, id: number): void {
	const bucket = buckets.get(key);
	if (bucket) bucket.ids.push(id);
	else buckets.set(key, { ids: [id] });
}

export function runtime(index: SearchIndex): Runtime {
	let rt = runtimes.get(index);
	if (rt) return rt;
	const n = index.codes.length;
	const vocabId = new Map<string, number>();
	const buckets = new Map<string, Bucket>();
	const roots = new Map<string, number[]>();
	index.vocab.forEach((w, i) => {
		vocabId.set(w, i);
		const root = rootOf(w);
		const same = roots.get(root);
		if (same) same.push(i);
		else roots.set(root, [i]);
		if (w.length < 2) return;
		addToBucket(buckets, `1${w[0]}${w.length}`, i);
		addToBucket(buckets, `2${w[1]}${w.length}`, i);
	});
	const synonymsByFirst = new Map<string, CompiledSynonym[]>();
	for (const syn of index.synonyms) {
		const first = syn.key[0]!;
		const list = synonymsByFirst.get(first);
		if (list) list.push(syn);
		else synonymsByFirst.set(first, [syn]);
	}
	rt = {
		vocabId,
		synonymsByFirst,
		roots,
		buckets,
		best: new Float32Array(n),
		clauseDocs: new Uint32Array(n),
		matched: new Float32Array(n),
		quality: new Float32Array(n),
		flags: new Uint8Array(n),
		curatedAt: new Uint8Array(n),
		touched: new Uint32Array(n)
	};
	runtimes.set(index, rt);
	return rt;
}

/**
 * Builds the lazy parts (vocabulary map, scratch buffers and, with `fuzzy`, every Fuse
 * instance) now rather than on the first query. Optional.
 */
export function warmSearchIndex(index: SearchIndex, fuzzy = true): void {
	const rt = runtime(index);
	if (fuzzy) for (const key of rt.buckets.keys()) fuseFor(index, rt, key);
}

export function fuseFor(index: SearchIndex, rt: Runtime, key: string): Fuse<string> | undefined {
	const bucket = rt.buckets.get(key);
	if (!bucket) return undefined;
	if (!bucket.fuse) {
		bucket.fuse = new Fuse(
			bucket.ids.map((id) => index.vocab[id]!),
			{
				includeScore: true,
				isCaseSensitive: true,
				ignoreLocation: true,
				threshold: 0.4,
				shouldSort: false
			}
		);
	}
	return bucket.fuse;
}
