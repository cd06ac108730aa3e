const numberFormat = new Intl.NumberFormat('en');

/** "1 word", "1,204 words": counts in the library and panels. */
export function formatCount(count: number, noun: string): string {
  return `${numberFormat.format(count)} ${noun}${count === 1 ? '' : 's'}`;
}
