export const MAX_TAG_LENGTH = 60;

/**
 * Adds the tags typed into a tag field ("a, b" or "a،b" — the Arabic comma counts too) to a
 * highlight's tags: trimmed, inner whitespace collapsed, no duplicates, order kept.
 */
export function addTags(existing: readonly string[], typed: string): string[] {
  const result = [...existing];
  for (const raw of typed.split(/[,،\n]/)) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH);
    if (tag && !result.includes(tag)) result.push(tag);
  }
  return result;
}
