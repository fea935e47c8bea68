import { buildPlan } from '../../test/support/planBuilder';
import { createDocumentExporter, docxFileName, safeFileNamePart } from './documents';

describe('docxFileName', () => {
  it('names the pupil and the version; other documents say which they are', () => {
    const plan = buildPlan({ version: 3 });
    expect(docxFileName('full-iep', plan)).toBe('IEP - Sam Taylor - v3.docx');
    expect(docxFileName('targets-table', plan)).toBe('IEP - Sam Taylor - v3 - Targets table.docx');
    expect(docxFileName('childs-plan', plan)).toBe(
      "IEP - Sam Taylor - v3 - Child's Plan section 4 (Scotland).docx",
    );
  });

  it('removes characters Windows, macOS or SharePoint refuse, and keeps accents and apostrophes', () => {
    expect(safeFileNamePart("Zoë O'Brien-Nuñez")).toBe("Zoë O'Brien-Nuñez");
    expect(safeFileNamePart('a/b\\c:d*e?f"g<h>i|j#k%l')).toBe('a b c d e f g h i j k l');
    expect(safeFileNamePart('  Sam\tTaylor\n ')).toBe('Sam Taylor');
    expect(safeFileNamePart('Sam Taylor...')).toBe('Sam Taylor');
    expect(safeFileNamePart('..')).toBe('Pupil');
    expect(safeFileNamePart('x'.repeat(200))).toHaveLength(80);
  });
});

describe('createDocumentExporter', () => {
  it('loads the renderer on first use and returns a .docx (a zip)', async () => {
    const bytes = await createDocumentExporter().exportDocx('one-page-profile', { plan: buildPlan() });
    expect(Array.from(bytes.slice(0, 2))).toEqual([0x50, 0x4b]);
  });

  it('rejects a review record without a review, with the reason', async () => {
    await expect(createDocumentExporter().exportDocx('review-record', { plan: buildPlan() })).rejects.toThrow(
      /Choose a review first/,
    );
  });
});
