/** npm run bench: prints the figures the issues ask for. Timings vary with the machine's load. */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { benchAnchoring } from './anchoring';
import { benchExport } from './export';
import { benchNotes } from './notes';
import { benchReaderUi } from './paint';
import { benchSearch, formatSearchTable } from './search';
import { benchSearchBrowser, formatBrowserTable } from './search-browser';

function print(title: string, figures: Record<string, number | string>): void {
  console.log(`\n${title}`);
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  for (const [name, value] of Object.entries(figures)) console.log(`  ${name.padEnd(width)}  ${value}`);
}

print('Anchoring (Node)', await benchAnchoring());
if (!existsSync(new URL('../../out/web/index.html', import.meta.url))) execSync('npm run build:web', { stdio: 'inherit' });
print('Reader UI (Chromium, web build)', await benchReaderUi());
print('Notes (Chromium, web build)', await benchNotes());
print('Export and backup (Node)', await benchExport());
print('Library with 2,000 imported articles (Chromium, web build)', await (await import('./library')).benchLibrary());
console.log('\nSearch: today’s scan, the ranked index (MiniSearch) and FlexSearch on the same items and queries (Node)');
for (const line of formatSearchTable(await benchSearch())) console.log(line);
console.log('\nSearch with 2,000 articles, 10,000 highlights and 5,000 notes (Chromium, web builds of today and of the working tree)');
for (const line of formatBrowserTable(await benchSearchBrowser())) console.log(line);
print('Books: a 10 MB book with 2,000 highlights and a 1 MB paragraph, today beside new (Chromium, web builds)', await (await import('./book')).benchBook());
