// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { RawIntlProvider } from 'react-intl';
import { afterEach, describe, expect, it } from 'vitest';
import { importFile } from '../../core/import/import-file';
import type { ImportFailure } from '../../core/import/import-types';
import { createFormatter } from '../../i18n/current-intl';
import type { Language } from '../../i18n/languages';
import { ImportReport } from './ImportReport';
import type { Importer } from './use-import';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let host: HTMLElement | null = null;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = host = null;
});

async function failureOf(name: string, bytes: Uint8Array): Promise<ImportFailure> {
  const outcome = await importFile(name, bytes);
  if (outcome.ok) throw new Error(`expected ${name} to be refused`);
  return outcome.failure;
}

function importerWith(failures: ImportFailure[]): Importer {
  const summary = { total: failures.length + 1, processed: failures.length + 1, added: 1, duplicates: [], newVersions: [], failures, incomplete: [], cancelled: false };
  return { state: { status: 'finished', summary }, start: () => {}, cancel: () => {}, resolveNewVersions: async () => {}, dismiss: () => {} };
}

/** The report as the user sees it in `language`; rendering again in the other language reformats the same reasons. */
function render(importer: Importer, language: Language): HTMLElement {
  if (!host) {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  }
  act(() => root!.render(<RawIntlProvider value={createFormatter(language, language)}>{<ImportReport importer={importer} />}</RawIntlProvider>));
  return host;
}

const reasons = (element: HTMLElement) => [...element.querySelectorAll('[data-testid="error"]')].map((item) => item.textContent);

describe('the import report gives each refused file its reason in the interface language', () => {
  it('in Arabic, an empty file and a PDF, naming each file', async () => {
    const importer = importerWith([await failureOf('فارغ.txt', new Uint8Array()), await failureOf('report.pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj'))]);
    const shown = reasons(render(importer, 'ar'));
    expect(shown).toEqual(['فارغ.txtالملف «فارغ.txt» فارغ، فليس فيه ما يُستورد.', expect.stringContaining('report.pdfالملف «report.pdf» مستند PDF.')]);
    expect(shown.join(' ')).not.toMatch(/is empty|document|imported/);
  });

  it('the same reasons in English after the language changes, as they were worded before', async () => {
    const importer = importerWith([await failureOf('فارغ.txt', new Uint8Array())]);
    render(importer, 'ar');
    expect(reasons(render(importer, 'en'))).toEqual(['فارغ.txt“فارغ.txt” is empty, so there is nothing to import.']);
  });

  it('keeps the file name apart from the sentence, so a Latin name cannot reorder the Arabic around it', async () => {
    const element = render(importerWith([await failureOf('notes v2.txt', new Uint8Array())]), 'ar');
    const isolated = [...element.querySelectorAll('[data-testid="error"] bdi')].map((bdi) => bdi.textContent);
    expect(isolated).toEqual(['notes v2.txt', 'notes v2.txt']);
  });

  it('says why the import stopped in Arabic', () => {
    const importer: Importer = { ...importerWith([]), state: { status: 'failed', message: { id: 'import.workerFailed' } } };
    expect(render(importer, 'ar').querySelector('[data-testid="error"]')?.textContent).toBe('توقّف الاستيراد: تعذّر تشغيل عملية الاستيراد في الخلفية');
  });
});
