import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  AGENDA_HEADINGS,
  asPlanId,
  ServiceError,
  type Plan,
  type PlanId,
  type RecordLockOutcome,
  type Review,
} from '../../domain';
import { fakeServices } from '../../../test/support/fakeServices';
import { buildReview, planWithTargets } from '../../../test/support/planBuilder';
import { ReviewRecordForm } from './ReviewRecordForm';

// Frozen clock: Tuesday 24/11/2026 09:00 UTC.
const plan = planWithTargets(2, { version: 2 });
const scheduled = buildReview(plan, {
  status: 'scheduled',
  completedOn: null,
  minutesSentOn: null,
  targetOutcomes: [],
  agenda: {},
  pupilComments: '',
  parentComments: '',
  invitees: [
    { name: 'Alex Taylor', email: 'alex@example.org', role: 'parent-carer' },
    { name: 'Ms Jones', email: 'jones@school.example', role: 'senco', internal: true },
  ],
});

const setUp = (
  forPlan: Plan = plan,
  review: Review = scheduled,
  lock: { first?: RecordLockOutcome; again?: RecordLockOutcome } = {},
) => {
  const base = fakeServices();
  const lockedAgain: string[] = [];
  const saved: Review[] = [];
  const commits: { closing: Plan; next: Plan; review: Review }[] = [];
  const services = {
    ...base,
    store: {
      ...base.store,
      saveReview: (r: Review) => {
        saved.push(r);
        return Promise.resolve({ ...r, etag: '"{r},2"' });
      },
      commitNextVersion: (closing: Plan, next: Plan, r: Review) => {
        commits.push({ closing, next, review: r });
        return Promise.resolve({
          closed: closing,
          opened: { ...next, id: asPlanId('plan-3') },
          review: r,
          ...(lock.first ? { recordLock: lock.first } : {}),
        });
      },
      lockClosedVersions: (pupilId: string) => {
        lockedAgain.push(pupilId);
        return Promise.resolve(lock.again ?? { status: 'locked' as const, items: 3 });
      },
    },
  };
  const completed: PlanId[] = [];
  render(
    <FluentProvider theme={teamsLightTheme}>
      <ReviewRecordForm
        services={services}
        plan={forPlan}
        review={review}
        onCompleted={(id) => completed.push(id)}
      />
    </FluentProvider>,
  );
  return { saved, commits, completed, lockedAgain };
};

describe('Review record', () => {
  it('offers the seven agenda headings, attendance and an outcome for each target', () => {
    setUp();
    for (const [, heading] of AGENDA_HEADINGS)
      expect(screen.getByRole('textbox', { name: heading })).toBeTruthy();
    const attended = screen.getByRole('group', { name: 'Who attended' });
    expect(
      within(attended)
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('aria-checked') ?? String((c as HTMLInputElement).checked)),
    ).toEqual(['false', 'false']);
    expect(screen.getByRole('combobox', { name: /Outcome of target 1/ })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: /Outcome of target 2/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Fill in My views with the child' }).getAttribute('href')).toBe(
      `#/plan/${plan.id}/my-views`,
    );
  });

  it("shows the plan's one record of views, read-only, and asks for none of its own", () => {
    const withViews: Plan = {
      ...plan,
      parentViews: 'Reading at home every night.',
      myViews: { ...plan.myViews, answers: { ...plan.myViews.answers, like: 'I want to read to my class.' } },
    };
    setUp(withViews);
    expect(screen.getByText('I want to read to my class.')).toBeTruthy();
    const parents = screen.getByRole('textbox', { name: /Parents' and carers' views/ });
    expect([(parents as HTMLTextAreaElement).value, parents.hasAttribute('readonly')]).toEqual([
      'Reading at home every night.',
      true,
    ]);
    expect(screen.queryByRole('textbox', { name: /comments/ })).toBeNull();
  });

  it("keeps an older review's own comments readable, as they were written", () => {
    setUp(plan, { ...scheduled, pupilComments: 'I like reading now.', parentComments: 'Thank you.' });
    const pupil = screen.getByRole('textbox', { name: "Pupil's comments (recorded at this review)" });
    expect([(pupil as HTMLTextAreaElement).value, pupil.hasAttribute('readonly')]).toEqual([
      'I like reading now.',
      true,
    ]);
    expect(
      screen.getByRole('textbox', { name: "Parents' and carers' comments (recorded at this review)" }),
    ).toBeTruthy();
  });

  it('saves attendance and notes', async () => {
    const { saved } = setUp();
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Alex Taylor (Parent/carer)' }));
    await user.type(
      screen.getByRole('textbox', { name: 'How effective the IEP has been' }),
      'Very effective.',
    );
    await user.click(screen.getByRole('button', { name: 'Save review record' }));
    expect(await screen.findByText('The review record is saved.')).toBeTruthy();
    expect(saved[0]?.invitees.map((i) => i.attended)).toEqual([true, null]);
    expect(saved[0]?.parentComments).toBe('');
    expect(saved[0]?.agenda.effectiveness).toBe('Very effective.');
  });

  it('says when SharePoint did not lock the closed version, and moves on only once locked or asked to', async () => {
    const failed: RecordLockOutcome = {
      status: 'failed',
      error: new ServiceError(503, 'SharePoint did not label 2 of 5 items of the closed version as records.'),
    };
    const { completed, lockedAgain } = setUp(plan, scheduled, { first: failed, again: failed });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Complete review' }));
    await user.click(await screen.findByRole('button', { name: 'Complete review and start version 3' }));
    expect(await screen.findByText('The closed version is not locked by SharePoint yet')).toBeTruthy();
    expect(screen.getByText(/It stays closed and read-only in IEP Planner/)).toBeTruthy();
    expect(completed).toEqual([]);
    // Found once the confirmation dialog has closed (the page is hidden from assistive technology until then).
    expect(await screen.findByRole('button', { name: 'Complete review' }, { timeout: 4000 })).toHaveProperty(
      'disabled',
      true,
    );

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(lockedAgain).toEqual([plan.pupil.pupilId]));
    expect(await screen.findByText('The closed version is not locked by SharePoint yet')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Open the new version' }));
    expect(completed).toEqual(['plan-3']);
  });

  it('completes the review: closes this version and opens the next with the continued target and the views', async () => {
    const { commits, completed } = setUp({ ...plan, pupilViews: 'I can read more words now.' });
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: /Outcome of target 1/ }), 'Achieved');
    await user.selectOptions(screen.getByRole('combobox', { name: /Outcome of target 2/ }), 'Continued');
    await user.click(screen.getByRole('button', { name: 'Complete review' }));
    await user.click(await screen.findByRole('button', { name: 'Complete review and start version 3' }));
    await waitFor(() => expect(completed).toEqual(['plan-3']));
    const commit = commits[0];
    expect(commit?.closing.status).toBe('closed');
    expect(commit?.closing.shortTermTargets.map((t) => t.outcome)).toEqual(['achieved', 'continued']);
    expect(commit?.next.version).toBe(3);
    expect(commit?.next.shortTermTargets).toHaveLength(1);
    expect(commit?.next.shortTermTargets[0]?.text).toBe(plan.shortTermTargets[1]?.text);
    expect(commit?.next.shortTermTargets[0]?.outcome).toBe('open');
    expect(commit?.next.pupilViews).toBe('I can read more words now.');
    expect(commit?.next.myViews).toEqual(plan.myViews);
    expect(commit?.review).toMatchObject({ status: 'completed', completedOn: '2026-11-24' });
  });

  it('shows a closed version read-only, with no way to complete it again', () => {
    setUp({ ...plan, status: 'closed' });
    expect(screen.queryByRole('button', { name: 'Complete review' })).toBeNull();
    expect(screen.getByText(/can no longer be changed/)).toBeTruthy();
  });

  it('asks before completing a review whose meeting has not happened yet', async () => {
    const { commits } = setUp(plan, {
      ...scheduled,
      start: '2026-12-01T16:00:00Z',
      end: '2026-12-01T16:45:00Z',
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Complete review' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Complete this review?' });
    expect(within(dialog).getByText(/The meeting has not happened yet:/)).toBeTruthy();
    expect(within(dialog).getByText(/Tuesday 1 December 2026, 16:00/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Not yet' }));
    expect(commits).toHaveLength(0);
    // The page is hidden from assistive technology until Fluent's focus manager has settled after the
    // dialog closed: wait for the button to be reachable again, as a screen-reader user would.
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await user.click(await screen.findByRole('button', { name: 'Complete review' }, { timeout: 4000 }));
    await user.click(
      await screen.findByRole('button', { name: 'Complete before the meeting and start version 3' }),
    );
    await waitFor(() => expect(commits).toHaveLength(1));
  });

  it('records when the minutes were sent after the review is completed', async () => {
    const completedReview = { ...scheduled, status: 'completed' as const, completedOn: '2026-11-20' };
    const { saved } = setUp({ ...plan, status: 'closed' }, completedReview);
    const user = userEvent.setup();
    expect(screen.getByText(/can no longer be changed/)).toBeTruthy();
    const saveDate = await screen.findByRole('button', { name: 'Save date minutes sent' });
    fireEvent.change(screen.getByLabelText(/^Minutes sent/), { target: { value: '2026-11-23' } });
    await user.click(saveDate);
    expect(await screen.findByText('The date the minutes were sent is saved.')).toBeTruthy();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ status: 'completed', minutesSentOn: '2026-11-23' });
    expect(saved[0]?.targetOutcomes).toEqual(completedReview.targetOutcomes);
  });
});
