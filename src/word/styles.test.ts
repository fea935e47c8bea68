import { buildReview, planWithTargets } from '../../test/support/planBuilder';
import { renderTemplate } from './renderTemplate';
import { stylesXml } from './styles';
import { TEMPLATE_KINDS } from './tags';

const definedStyles = (): string[] =>
  [...stylesXml().matchAll(/w:styleId="([^"]+)"/g)].map((match) => match[1] ?? '');

describe.each(TEMPLATE_KINDS)('the %s template', (kind) => {
  const plan = planWithTargets(2);
  const body = renderTemplate(kind, { plan, review: buildReview(plan) }).bodyXml;

  it('gives every table Word’s built-in Table Grid style, so Word names it and its checker reads it', () => {
    const tables = body.match(/<w:tbl>/g) ?? [];
    expect(tables.length).toBeGreaterThan(0);
    expect(body.match(/<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"\/>/g)).toHaveLength(tables.length);
  });

  it('uses only styles the styles part defines', () => {
    const used = [...body.matchAll(/<w:(?:pStyle|tblStyle) w:val="([^"]+)"\/>/g)].map((m) => m[1] ?? '');
    expect(used.filter((style) => !definedStyles().includes(style))).toEqual([]);
  });
});
