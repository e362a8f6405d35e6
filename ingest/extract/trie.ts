/**
 * A character trie for dictionary lookup in running text: at each position the longest dictionary word
 * starting there is found in O(longest word), so scanning a sentence is linear in its length.
 *
 * This is the extractor's hot path (every pass probes it at every character), so the walk is kept
 * allocation-free: children are keyed by UTF-16 code unit (`charCodeAt`, no one-character strings made per
 * probe), a table of first characters and a hashed filter of first pairs reject most positions with a
 * read or two, small nodes keep their children in two short arrays (a few compares beat a hash lookup),
 * and a lookup remembers only the best end, building one result object at the end instead of one per hit.
 */

export class Trie<V> {
  private readonly root = new TrieNode<V>();
  /**
   * first[code] = 1 + the index in `firstNodes` of the root's child for that UTF-16 unit, 0 when no word
   * starts with it. Most positions of running text start no word, and one typed-array read rejects them
   * before any lookup; the others find the first node with it, without asking the (wide) root.
   */
  private readonly first = new Uint32Array(0x10000);
  private readonly firstNodes: Array<TrieNode<V>> = [];
  /**
   * Bit h(a, b) set when some word of two or more units starts with a then b: where no one-unit word
   * matches (or the caller wants only longer ones), a clear bit means no word starts here. Hashed, so a
   * set bit may be shared by other pairs; the walk confirms.
   */
  private readonly pairs = new Uint8Array(PAIR_BITS >>> 3);
  /** single[code] = 1 when that unit alone is a word: a lookup where it is not may use the pair filter. */
  private readonly single = new Uint8Array(0x10000);

  add(word: string, value: V): void {
    if (word.length === 0) return;
    // Lookups step one UTF-16 unit at a time, so a word with an astral character could never be reached
    // by them (the original per-code-point keys made that so); it is skipped rather than made newly
    // matchable, which keeps every result identical to the string-keyed trie this replaced.
    if (hasAstral(word)) return;
    if (word.length >= 2) {
      const h = pairHash(word.charCodeAt(0), word.charCodeAt(1));
      this.pairs[h >>> 3]! |= 1 << (h & 7);
    } else this.single[word.charCodeAt(0)] = 1;
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      node = node.child(code) ?? node.addChild(code);
    }
    const firstCode = word.charCodeAt(0);
    if (this.first[firstCode] === 0) {
      this.firstNodes.push(this.root.child(firstCode)!);
      this.first[firstCode] = this.firstNodes.length;
    }
    // A fresh array per add: a caller may still hold the previous one from an earlier lookup.
    node.values = node.values ? [...node.values, value] : [value];
  }

  /** Longest word starting at `start`, or null. */
  longestAt(text: string, start: number): { end: number; values: V[] } | null {
    const end = this.longestEnd(text, start);
    return end < 0 ? null : { end, values: this.lastValues as V[] };
  }

  /** End of the longest word starting at `start`, or -1: `longestAt` for callers that need only where it ends. */
  longestEndAt(text: string, start: number): number {
    return this.longestEnd(text, start);
  }

  /** Every word starting at `start`, longest first. */
  allAt(text: string, start: number): Array<{ end: number; values: V[] }> {
    const out: Array<{ end: number; values: V[] }> = [];
    if (start >= text.length || this.first[text.charCodeAt(start)] === 0) return out;
    let node: TrieNode<V> | undefined = this.root;
    for (let i = start; i < text.length; i++) {
      node = node.child(text.charCodeAt(i));
      if (node === undefined) break;
      if (node.values !== undefined) out.push({ end: i + 1, values: node.values });
    }
    return out.reverse();
  }

  /**
   * Ends of every word of at least `minLength` units starting at `start`, shortest first, written into
   * `ends[0..count)` (and their values into `values`, when given); returns count. `allAt` without an object
   * per hit or a fresh array, for scans that probe every position.
   */
  endsAt(text: string, start: number, ends: number[], values?: V[][], minLength = 1): number {
    if (start >= text.length) return 0;
    const firstAt = this.first[text.charCodeAt(start)]!;
    if (firstAt === 0) return 0;
    if ((minLength >= 2 || this.single[text.charCodeAt(start)] === 0) && !this.pairAt(text, start)) return 0;
    let count = 0;
    let node: TrieNode<V> | undefined = this.root;
    for (let i = start; i < text.length; i++) {
      // the first step reads the node found with the filter instead of asking the root
      node = i === start ? this.firstNodes[firstAt - 1] : node.child(text.charCodeAt(i));
      if (node === undefined) break;
      if (node.values !== undefined && i + 1 - start >= minLength) {
        if (values !== undefined) values[count] = node.values;
        ends[count++] = i + 1;
      }
    }
    return count;
  }

  /** Non-overlapping longest matches, left to right. */
  scan(text: string): Array<{ start: number; end: number; values: V[] }> {
    const out: Array<{ start: number; end: number; values: V[] }> = [];
    for (let i = 0; i < text.length; ) {
      const end = this.longestEnd(text, i);
      if (end >= 0) {
        out.push({ start: i, end, values: this.lastValues as V[] });
        i = end;
      } else i++;
    }
    return out;
  }

  /** Every match (overlapping allowed), longest per start position. */
  scanAll(text: string): Array<{ start: number; end: number; values: V[] }> {
    const out: Array<{ start: number; end: number; values: V[] }> = [];
    for (let i = 0; i < text.length; i++) {
      const end = this.longestEnd(text, i);
      if (end >= 0) out.push({ start: i, end, values: this.lastValues as V[] });
    }
    return out;
  }

  /** Whether a word of two or more units may start at `start` (false: certainly none does). */
  private pairAt(text: string, start: number): boolean {
    if (start + 1 >= text.length) return false;
    const h = pairHash(text.charCodeAt(start), text.charCodeAt(start + 1));
    return (this.pairs[h >>> 3]! & (1 << (h & 7))) !== 0;
  }

  /** Values of the word found by the last `longestEnd` that found one (read right after the call). */
  private lastValues: V[] | undefined;

  /** End of the longest word starting at `start` (its values left in `lastValues`), or -1. */
  private longestEnd(text: string, start: number): number {
    if (start >= text.length) return -1;
    const firstAt = this.first[text.charCodeAt(start)]!;
    if (firstAt === 0) return -1;
    if (this.single[text.charCodeAt(start)] === 0 && !this.pairAt(text, start)) return -1;
    let node: TrieNode<V> | undefined = this.firstNodes[firstAt - 1]!;
    let end = -1;
    if (node.values !== undefined) {
      end = start + 1;
      this.lastValues = node.values;
    }
    for (let i = start + 1; i < text.length; i++) {
      node = node.child(text.charCodeAt(i));
      if (node === undefined) break;
      if (node.values !== undefined) {
        end = i + 1;
        this.lastValues = node.values;
      }
    }
    return end;
  }
}

/** Size of the pair filter in bits (128 KB): a few percent of false hits for the largest dictionary. */
const PAIR_BITS = 1 << 20;

/** A well-mixed 20-bit hash of two UTF-16 units (the top bits of a multiplicative hash). */
function pairHash(a: number, b: number): number {
  return Math.imul(a * 0x10000 + b, 0x9e3779b1) >>> 12;
}

/** Above this many children a node looks them up in a map instead of comparing codes one by one. */
const WIDE = 8;

/** One node; a class so every node has the same shape (monomorphic property access in the walk). */
class TrieNode<V> {
  /** Codes and nodes of the children while there are at most WIDE of them (most nodes have one or two). */
  codes: number[] | undefined = undefined;
  kids: Array<TrieNode<V>> | undefined = undefined;
  /** The children of a wide node (the root, and the first characters of a large dictionary). */
  wide: Map<number, TrieNode<V>> | undefined = undefined;
  values: V[] | undefined = undefined;

  child(code: number): TrieNode<V> | undefined {
    const codes = this.codes;
    if (codes !== undefined) {
      for (let k = 0; k < codes.length; k++) if (codes[k] === code) return (this.kids as Array<TrieNode<V>>)[k];
      return undefined;
    }
    return this.wide?.get(code);
  }

  addChild(code: number): TrieNode<V> {
    const node = new TrieNode<V>();
    if (this.wide !== undefined) {
      this.wide.set(code, node);
    } else if (this.codes === undefined) {
      this.codes = [code];
      this.kids = [node];
    } else if (this.codes.length < WIDE) {
      this.codes.push(code);
      this.kids!.push(node);
    } else {
      this.wide = new Map(this.codes.map((c, k) => [c, this.kids![k]!]));
      this.wide.set(code, node);
      this.codes = undefined;
      this.kids = undefined;
    }
    return node;
  }
}

/** Whether `word` holds a character outside the Basic Multilingual Plane (a well-formed surrogate pair). */
function hasAstral(word: string): boolean {
  for (const ch of word) if (ch.length > 1) return true;
  return false;
}
