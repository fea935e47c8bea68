import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { NO_ACCESS } from '../../../domain';
import { createInMemoryIepStore } from '../../../../test/support/inMemoryIepStore';
import { fakeServices } from '../../../../test/support/fakeServices';
import { buildReview, planWithTargets } from '../../../../test/support/planBuilder';
import { SolutionFocusedMeetingPage } from './SolutionFocusedMeetingPage';

const plan = planWithTargets(1, { status: 'active' });
const review = buildReview(plan, { status: 'scheduled', completedOn: null });

const renderPage = (access: Parameters<typeof fakeServices>[0] = {}) => {
  const services = fakeServices({
    ...access,
    store: createInMemoryIepStore({ plans: [plan], reviews: [review] }),
  });
  render(
    <FluentProvider theme={teamsLightTheme}>
      <SolutionFocusedMeetingPage services={services} planId={plan.id} reviewId={review.id} />
    </FluentProvider>,
  );
};

describe('who runs a solution-focused meeting', () => {
  it('the class teacher, who may change the plan, gets the five stages', async () => {
    renderPage({ access: { ...NO_ACCESS, teacherOf: new Set([plan.pupil.classTeamId]) } });
    expect(await screen.findByRole('tablist', { name: 'Stages of the meeting' })).toBeTruthy();
  });

  it('a teaching assistant, who may not, is told who does and sees no stages', async () => {
    renderPage({ access: { ...NO_ACCESS, assistantOf: new Set([plan.pupil.classTeamId]) } });
    expect(
      await screen.findByText(/Only the SENCO and the class teacher run a solution-focused meeting/),
    ).toBeTruthy();
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save meeting' })).toBeNull();
  });
});
