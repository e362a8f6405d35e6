/**
 * A character trie for dictionary lookup in running text: at each position the longest dictionary word
 * starting there is found in O(longest word), so scanning a sentence is linear in its length.
 */

export class Trie<V> {
  private readonly root: TrieNode<V> = { next: new Map() };

  add(word: string, value: V): void {
    if (word.length === 0) return;
    let node = this.root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.values = [...(node.values ?? []), value];
  }

  /** Longest word starting at `start`, or null. */
  longestAt(text: string, start: number): { end: number; values: V[] } | null {
    let node: TrieNode<V> | undefined = this.root;
    let best: { end: number; values: V[] } | null = null;
    for (let i = start; i < text.length && node; i++) {
      node = node.next.get(text.charAt(i));
      if (node?.values) best = { end: i + 1, values: node.values };
    }
    return best;
  }

  /** Every word starting at `start`, longest first. */
  allAt(text: string, start: number): Array<{ end: number; values: V[] }> {
    const out: Array<{ end: number; values: V[] }> = [];
    let node: TrieNode<V> | undefined = this.root;
    for (let i = start; i < text.length && node; i++) {
      node = node.next.get(text.charAt(i));
      if (node?.values) out.push({ end: i + 1, values: node.values });
    }
    return out.reverse();
  }

  /** Non-overlapping longest matches, left to right. */
  scan(text: string): Array<{ start: number; end: number; values: V[] }> {
    const out: Array<{ start: number; end: number; values: V[] }> = [];
    for (let i = 0; i < text.length; ) {
      const hit = this.longestAt(text, i);
      if (hit) {
        out.push({ start: i, end: hit.end, values: hit.values });
        i = hit.end;
      } else i++;
    }
    return out;
  }

  /** Every match (overlapping allowed), longest per start position. */
  scanAll(text: string): Array<{ start: number; end: number; values: V[] }> {
    const out: Array<{ start: number; end: number; values: V[] }> = [];
    for (let i = 0; i < text.length; i++) {
      const hit = this.longestAt(text, i);
      if (hit) out.push({ start: i, end: hit.end, values: hit.values });
    }
    return out;
  }
}

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values?: V[];
}
