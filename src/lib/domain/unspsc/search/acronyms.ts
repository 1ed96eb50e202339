/**
 * Short forms the code list itself spells out: "Point of sale POS terminal", "Global positioning
 * system GPS receiver", "Uninterruptible power supply UPS". A supplier types "pos" or "ups"; the
 * titles that spell the words out without the letters ("Point of sale software maintenance
 * service") match too. Found in the titles, so the list grows with the data and is not tuned to
 * any query.
 */
import { WORD_RE } from './normalize';

/** A title word written in capitals, 2 to 5 letters: a short form. */
const SHORT_FORM = /^[A-Z]{2,5}$/;

/**
 * Each short form found in `titles` (lowercase) with the words it stands for, as written: the
 * words just before it whose initials spell it (counting "of", "and"... or not).
 */
export function acronymsIn(titles: readonly string[]): Map<string, Set<string>> {
	const found = new Map<string, Set<string>>();
	// A short form that titles also use as a word ("Cargo vans", VAN: value added network) is
	// left out: the word is what most people mean.
	const plain = new Set<string>();
	const split = titles.map((title) => [...title.matchAll(WORD_RE)].map((m) => m[0]));
	for (const words of split)
		for (const w of words) if (!SHORT_FORM.test(w)) plain.add(w.toLowerCase().replace(/s$/, ''));
	for (const words of split) {
		for (let k = 1; k < words.length; k++) {
			const short = words[k]!;
			if (!SHORT_FORM.test(short) || plain.has(short.toLowerCase())) continue;
			const expansion = spelledOut(words.slice(0, k), short);
			if (!expansion) continue;
			const list = found.get(short.toLowerCase()) ?? new Set<string>();
			list.add(expansion.toLowerCase());
			found.set(short.toLowerCase(), list);
		}
	}
	return found;
}

/**
 * The last words of `before` whose initials spell `short`: every word counts, or (second try) a
 * short word inside the run that does not fit is passed over ("Point of sale" for PS).
 */
function spelledOut(before: readonly string[], short: string): string | undefined {
	const letters = short.toLowerCase();
	for (const passOver of [false, true]) {
		const picked: string[] = [];
		let j = letters.length - 1;
		for (let i = before.length - 1; i >= 0 && j >= 0; i--) {
			const word = before[i]!;
			const fits = word[0]!.toLowerCase() === letters[j];
			const inside = j < letters.length - 1 && j > 0;
			if (!fits && !(passOver && inside && word.length <= 3)) break;
			picked.unshift(word);
			if (fits) j--;
		}
		if (j < 0) return picked.join(' ');
	}
	return undefined;
}
