import { buildReview, planWithTargets } from '../../test/support/planBuilder';
import { renderTemplate } from './renderTemplate';
import { stylesXml } from './styles';
import { TEMPLATE_KINDS } from './tags';

/** Every font size set in `xml`, in points. */
const pointSizes = (xml: string): number[] =>
  [...xml.matchAll(/<w:sz(?:Cs)? w:val="(\d+)"\/>/g)].map((match) => Number(match[1]) / 2);

describe('type a parent can read', () => {
  it('sets no text in the house styles smaller than 11 pt, body and tables alike', () => {
    const sizes = pointSizes(stylesXml());
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    expect(stylesXml()).toContain('<w:rPrDefault><w:rPr><w:rFonts');
    expect(pointSizes(/<w:rPrDefault>.*?<\/w:rPrDefault>/.exec(stylesXml())?.[0] ?? '')).toEqual([11, 11]);
  });

  it.each(TEMPLATE_KINDS)('sets nothing in the %s smaller than 11 pt', (kind) => {
    const plan = planWithTargets(3);
    const body = renderTemplate(kind, { plan, review: buildReview(plan) }).bodyXml;
    expect(pointSizes(body).filter((size) => size < 11)).toEqual([]);
  });
});
