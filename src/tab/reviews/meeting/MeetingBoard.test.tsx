import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EditConflict, type Review } from '../../../domain';
import { fakeServices } from '../../../../test/support/fakeServices';
import { buildMeeting } from '../../../../test/support/meetingBuilder';
import { buildReview, planWithTargets } from '../../../../test/support/planBuilder';
import { MeetingBoard } from './MeetingBoard';

const plan = planWithTargets(1);
const review = buildReview(plan, { status: 'scheduled', completedOn: null, etag: '"{r},1"' });

const setUp = (saveReview: (r: Review) => Promise<Review>) => {
  const base = fakeServices();
  const services = { ...base, store: { ...base.store, saveReview } };
  const view = render(
    <FluentProvider theme={teamsLightTheme}>
      <MeetingBoard services={services} plan={plan} review={review} readOnly={false} />
    </FluentProvider>,
  );
  return { services, view };
};

beforeEach(() => sessionStorage.clear());

describe('the solution-focused meeting on a shared screen', () => {
  it('says at a member’s votes when they place a sixth, and how many they have left', async () => {
    setUp((r) => Promise.resolve(r));
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: "Member's name" }), 'Ann{Enter}');
    await user.click(screen.getByRole('tab', { name: /^2\. Issues/ }));
    await user.type(screen.getByRole('textbox', { name: /We need to…/ }), 'Support her reading{Enter}');
    await user.click(screen.getByRole('tab', { name: /^3\. Vote on issues/ }));
    const ann = screen.getByRole('group', { name: 'Votes from Ann' });
    const box = within(ann).getByRole('spinbutton', { name: 'Support her reading' });
    await user.type(box, '3');
    expect(within(ann).getByText('Ann has 2 of 5 votes still to place.')).toBeTruthy();
    await user.clear(box);
    await user.type(box, '6');
    expect(
      within(ann).getByText('Ann has placed 6 votes but each member has exactly 5; take 1 away.'),
    ).toBeTruthy();
    expect(screen.getByText('The count shows once every member has placed all 5 votes.')).toBeTruthy();
  });

  it('keeps unsaved work over a reload of the page, and says so', async () => {
    const first = setUp((r) => Promise.resolve(r));
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: "Member's name" }), 'Ann{Enter}');
    first.view.unmount();

    setUp((r) => Promise.resolve(r));
    expect(screen.getByText(/Unsaved meeting work from this browser tab is back/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove Ann' })).toBeTruthy();
  });

  it('never overwrites a colleague’s save: it says so, and puts the meeting onto their copy only when asked', async () => {
    const theirs: Review = { ...review, parentComments: 'Written by a colleague.', etag: '"{r},2"' };
    const saved: Review[] = [];
    setUp((r) => {
      saved.push(r);
      if (r.etag !== theirs.etag)
        return Promise.reject(new EditConflict({ kind: 'review', id: r.id }, theirs, theirs.etag ?? null));
      return Promise.resolve({ ...r, etag: '"{r},3"' });
    });
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: "Member's name" }), 'Ann{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));

    expect(await screen.findByText('Someone else saved this review since you opened it')).toBeTruthy();
    expect(saved).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Save my meeting onto their copy' }));
    expect(await screen.findByText('The meeting is saved with the review record.')).toBeTruthy();
    expect(saved[1]).toMatchObject({ etag: theirs.etag, parentComments: 'Written by a colleague.' });
    expect(saved[1]?.meeting?.members).toEqual(['Ann']);
  });

  it('shows a finished meeting’s draft targets, each with the SMART coach', async () => {
    const base = fakeServices();
    render(
      <FluentProvider theme={teamsLightTheme}>
        <MeetingBoard services={base} plan={plan} review={{ ...review, meeting: buildMeeting() }} readOnly />
      </FluentProvider>,
    );
    const drafts = screen.getByRole('region', { name: 'Draft short-term targets for the next version' });
    await waitFor(() => expect(within(drafts).getAllByRole('complementary')).toHaveLength(4));
    expect(
      within(drafts).getByRole('complementary', { name: 'SMART check for draft target 3' }),
    ).toBeTruthy();
  });
});
