/** What a search result highlights in its title: the words and word starts the query matched. */
import { tokenize } from './normalize';

/** What to highlight: whole words (normalized) and word starts (normalized prefix, typed length). */
export interface Highlighter {
	words: Set<string>;
	prefixes: Array<{ norm: string; length: number }>;
}

/** [start, end) ranges of `title` to highlight, ascending, not overlapping. */
export function highlight(title: string, h: Highlighter): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	for (const t of tokenize(title)) {
		if (h.words.has(t.norm)) {
			out.push([t.start, t.end]);
			continue;
		}
		let len = 0;
		for (const p of h.prefixes) {
			if (t.norm.startsWith(p.norm) || t.folded.startsWith(p.norm))
				len = Math.max(len, Math.min(p.length, t.end - t.start));
		}
		if (len > 0) out.push([t.start, t.start + len]);
	}
	return out;
}
