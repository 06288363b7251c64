/**
 * A clerk's search text as terms: split on spaces and Chinese or Latin punctuation, each term
 * must appear (AND). Terms of one character cannot use the bigram index and are matched alone.
 */
export const MAX_TERMS = 5;

const SEPARATORS = /[\s,.;:!?'"()[\]{}<>/\\|，。、；：？！“”‘’（）《》〈〉【】…—·～]+/u;

export function searchTerms(q: string): string[] {
  const seen = new Set<string>();
  for (const raw of q.split(SEPARATORS)) {
    const term = raw.trim().toLowerCase();
    if (term) seen.add(term);
  }
  return [...seen].slice(0, MAX_TERMS);
}

/** `%term%` for ILIKE, with its wildcards escaped. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
