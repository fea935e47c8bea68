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

  it('uses the pupil reference instead of the name when the school keeps names out of file names', () => {
    const plan = buildPlan({ version: 3 });
    const withRef = { ...plan, pupil: { ...plan.pupil, pupilRef: 'A123456789012' } };
    expect(docxFileName('full-iep', withRef, 'pupil-reference')).toBe('IEP - A123456789012 - v3.docx');
    expect(docxFileName('targets-table', withRef, 'pupil-reference')).not.toContain('Sam');
    const noRef = { ...plan, pupil: { ...plan.pupil, pupilRef: '' } };
    expect(docxFileName('full-iep', noRef, 'pupil-reference')).toBe(
      'IEP - pupil without a reference - v3.docx',
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
