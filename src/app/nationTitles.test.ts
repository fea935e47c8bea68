import { strFromU8, unzipSync } from 'fflate';
import { buildPlan } from '../../test/support/planBuilder';
import type { Nation, Stage } from '../domain';
import { exportDocx } from '../word/docx';
import { renderTemplate } from '../word/renderTemplate';
import { DOCUMENT_KINDS, docxFileName, documentLabel, type DocumentKind } from './documents';

const planIn = (nation: Nation, stage: Stage) => buildPlan({ nation, stage });

/** Every place a document's name shows: its title on the page, the footer, Word's control title and the tab's menu. */
const namesShown = (kind: DocumentKind, nation: Nation, stage: Stage) => {
  const plan = planIn(nation, stage);
  const rendered = renderTemplate(kind, { plan });
  const files = unzipSync(exportDocx(kind, { plan }));
  return {
    label: documentLabel(kind, plan),
    control: rendered.controls.plan.title,
    page: rendered.innerXml,
    footer: strFromU8(files['word/footer1.xml'] as Uint8Array),
    properties: strFromU8(files['docProps/core.xml'] as Uint8Array),
  };
};

describe("a document's name in each nation", () => {
  it.each<[Nation, Stage, string]>([
    ['england', 'sen-support', 'SEN support plan (IEP)'],
    ['england', 'ehc-plan', 'EHC plan: Individual Education Plan (IEP)'],
    ['wales', 'school-idp', 'Individual Development Plan (IDP)'],
    ['scotland', 'level-2', "Individualised Educational Programme (Child's Plan section 4)"],
  ])(
    '%s (%s): the full plan is "%s" on the page, in the footer, on the control and in the menu',
    (nation, stage, title) => {
      const shown = namesShown('full-iep', nation, stage);
      expect(shown.label).toBe(title);
      expect(shown.control).toBe(`IEP Planner: ${title}`);
      expect(shown.page).toContain(`>${title.replace("'", '&apos;')}<`);
      expect(shown.footer).toContain(`, ${title.replace("'", '&apos;')}<`);
      expect(shown.properties).toContain(`<dc:title>${title.replace("'", '&apos;')}</dc:title>`);
    },
  );

  it('never calls a Welsh document an Individual Education Plan or an IEP, and names the ALNCo', () => {
    DOCUMENT_KINDS.filter((kind) => kind !== 'review-record' && kind !== 'childs-plan').forEach((kind) => {
      const shown = namesShown(kind, 'wales', 'school-idp');
      [shown.label, shown.control, shown.footer, shown.page].forEach((text) => {
        // "IEP Planner" is the app's own name on Word's control title bar, not the plan's.
        expect(text.replace('IEP Planner', '')).not.toMatch(/Individual Education Plan|\bIEP\b/);
      });
    });
    expect(documentLabel('review-record', planIn('wales', 'school-idp'))).toBe('IDP review record');
    expect(namesShown('full-iep', 'wales', 'school-idp').page).toContain('ALNCo');
  });

  it('names downloads by the nation’s abbreviation, and says which copy is for parents', () => {
    expect(docxFileName('full-iep', planIn('wales', 'school-idp'))).toBe('IDP - Sam Taylor - v2.docx');
    expect(docxFileName('targets-table', planIn('england', 'sen-support'), 'pupil-name', 'parents')).toBe(
      'IEP - Sam Taylor - v2 - Targets table - for parents.docx',
    );
  });
});
