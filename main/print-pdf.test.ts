import { describe, expect, it, vi } from 'vitest';
import { PDF_OPTIONS, savePageAsPdf, type PdfSaveSteps } from './print-pdf';

const PDF = new TextEncoder().encode('%PDF-1.7 …');

function steps(path: string | null, printed = PDF) {
  const calls: string[] = [];
  const fake: PdfSaveSteps = {
    choosePath: vi.fn(async (name: string) => {
      calls.push(`choose ${name}`);
      return path;
    }),
    print: vi.fn(async () => {
      calls.push('print');
      return printed;
    }),
    write: vi.fn(async (where: string, data: Uint8Array) => {
      calls.push(`write ${where} ${data.byteLength}`);
    }),
  };
  return { fake, calls };
}

describe('savePageAsPdf', () => {
  it('asks where, then prints and writes the PDF there', async () => {
    const { fake, calls } = steps('/home/u/Documents/مقال.pdf');
    expect(await savePageAsPdf(fake, 'مقال.pdf')).toEqual({ saved: true, path: '/home/u/Documents/مقال.pdf' });
    expect(calls).toEqual(['choose مقال.pdf', 'print', `write /home/u/Documents/مقال.pdf ${PDF.byteLength}`]);
  });

  it('prints and writes nothing when the dialog is cancelled', async () => {
    const { fake, calls } = steps(null);
    expect(await savePageAsPdf(fake, 'مقال.pdf')).toEqual({ saved: false });
    expect(calls).toEqual(['choose مقال.pdf']);
  });

  it('refuses to write an empty PDF', async () => {
    const { fake } = steps('/tmp/x.pdf', new Uint8Array());
    await expect(savePageAsPdf(fake, 'x.pdf')).rejects.toThrow(/empty PDF/);
    expect(fake.write).not.toHaveBeenCalled();
  });

  it('prints on A4 with background colours, so highlights show', () => {
    expect(PDF_OPTIONS).toMatchObject({ pageSize: 'A4', printBackground: true });
  });
});
