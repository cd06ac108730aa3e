import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const RENDERER = fileURLToPath(new URL('..', import.meta.url));

function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? cssFiles(full) : name.endsWith('.css') ? [full] : [];
  });
}

// Properties that pin a side: in the mirrored Arabic chrome they would stay where they are.
const PHYSICAL = /(?:^|[;{\s])(?:margin-(?:left|right)|padding-(?:left|right)|border-(?:left|right)(?:-\w+)?|(?:left|right)|float|clear|text-align)\s*:\s*([^;}]*)/g;

describe('the stylesheets', () => {
  it('use logical properties, so the chrome mirrors in Arabic without a second stylesheet', () => {
    const offending: string[] = [];
    for (const file of cssFiles(RENDERER)) {
      const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      for (const match of css.matchAll(PHYSICAL)) {
        const declaration = match[0].trim();
        const value = match[1]!.trim();
        // Centring (left: 50% with a translate) is the same in both directions; float/clear/text-align only matter with a side.
        if (/^left\s*:\s*50%/.test(declaration)) continue;
        if (/^(?:float|clear|text-align)/.test(declaration) && !/\b(?:left|right)\b/.test(value)) continue;
        // The search excerpt is Arabic text, always set right to left.
        if (declaration === 'text-align: right' && file.endsWith('app.css') && css.includes('.search-excerpt')) {
          const before = css.slice(0, match.index);
          if (before.lastIndexOf('.search-excerpt') > before.lastIndexOf('}')) continue;
        }
        offending.push(`${path.relative(RENDERER, file)}: ${declaration}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
