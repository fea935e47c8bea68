import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import type { DocumentKind } from '../../app/documents';
import type { Plan, Review } from '../../domain';
import { buildPlan, buildReview, planWithTargets } from '../../../test/support/planBuilder';
import TemplatePreview from './TemplatePreview';

const show = (kind: DocumentKind, plan: Plan, review: Review | null = null) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <TemplatePreview kind={kind} input={{ plan, review }} />
    </FluentProvider>,
  );

describe('TemplatePreview', () => {
  it('shows the full plan as headings and tables a screen reader can navigate', () => {
    show('full-iep', planWithTargets(3));
    const preview = screen.getByRole('region', { name: 'Preview: Full plan for Sam Taylor' });
    expect(within(preview).getByRole('heading', { level: 3, name: 'SEN support plan (IEP)' })).toBeTruthy();
    expect(within(preview).getByRole('heading', { level: 4, name: 'Short-term targets' })).toBeTruthy();
    const targets = within(preview).getByRole('table', { name: 'Short-term targets' });
    // Header row plus three lines per target.
    expect(within(targets).getAllByRole('row')).toHaveLength(10);
    expect(within(targets).getByRole('columnheader', { name: 'Success criteria' })).toBeTruthy();
    const details = within(preview).getByRole('table', { name: 'Pupil details' });
    expect(within(details).getByRole('rowheader', { name: 'Next review date' })).toBeTruthy();
    expect(within(details).getByText('24/03/2026')).toBeTruthy();
  });

  it('shows typed markup and line breaks as text, never as HTML', () => {
    const plan = buildPlan({
      pupil: { ...buildPlan().pupil, name: '<img src=x onerror=alert(1)> Sam' },
      pupilViews: 'I like <b>reading</b>.\nAnd maths.',
    });
    const { container } = show('full-iep', plan);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText(/I like <b>reading<\/b>\.\s+And maths\./)).toBeTruthy();
    expect(
      screen.getByRole('region', { name: 'Preview: Full plan for <img src=x onerror=alert(1)> Sam' }),
    ).toBeTruthy();
  });

  it('shows the review record with the outcomes of the chosen review', () => {
    const plan = planWithTargets(2);
    show('review-record', plan, buildReview(plan));
    const outcomes = screen.getByRole('table', { name: 'Target outcomes' });
    expect(within(outcomes).getByText('Partly achieved')).toBeTruthy();
    expect(within(outcomes).getByText('Outcome note 1')).toBeTruthy();
  });

  it('explains a template that cannot be made instead of showing nothing', () => {
    show('review-record', buildPlan(), null);
    expect(screen.getByText('The preview could not be made')).toBeTruthy();
    expect(screen.getByText(/Choose a review first/)).toBeTruthy();
  });
});
