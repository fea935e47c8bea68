import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Word to PDF as SharePoint's conversion service would, with LibreOffice when it is installed. Null
 * when it is not (a laptop running `npm start`): the route then answers as Graph does for a file it
 * cannot convert. Each run has its own profile folder, so two conversions never share LibreOffice's lock.
 */
export const convertDocxToPdf = async (docx: Buffer, timeoutMs = 60_000): Promise<Buffer | null> => {
  const folder = await mkdtemp(path.join(tmpdir(), 'standin-pdf-'));
  try {
    const input = path.join(folder, 'document.docx');
    await writeFile(input, docx);
    const ran = await new Promise<boolean>((resolve) => {
      execFile(
        'soffice',
        [
          `-env:UserInstallation=file://${path.join(folder, 'profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          folder,
          input,
        ],
        { timeout: timeoutMs },
        (error) => resolve(error === null),
      );
    });
    if (!ran) return null;
    return await readFile(path.join(folder, 'document.pdf')).catch(() => null);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
};
