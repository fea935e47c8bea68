import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  asReviewId,
  Throttled,
  type Plan,
  type Review,
  type ReviewCalendar,
  type ScheduleRequest,
} from '../../domain';
import { fakeServices } from '../../../test/support/fakeServices';
import { buildPlan } from '../../../test/support/planBuilder';
import { ScheduleReviewDialog } from './ScheduleReviewDialog';

// Frozen clock: Tuesday 24/11/2026 09:00 UTC. The plan's people come from the plan builder:
// Alex Taylor (parent), Mr Brown (class teacher), Ms Jones (SENCO), Mrs Patel (TA, no email), Dr Rees.
const plan = buildPlan({ nextReviewDate: '2026-12-07' });

const setUp = (calendar: Partial<ReviewCalendar> = {}, shown: Plan = plan) => {
  const base = fakeServices({ currentUser: { name: 'Ms Jones', email: 'jones@school.example' } });
  const saved: Review[] = [];
  const created: ScheduleRequest[] = [];
  const services = {
    ...base,
    store: {
      ...base.store,
      saveReview: (review: Review) => {
        saved.push(review);
        return Promise.resolve({
          ...review,
          id: review.etag ? review.id : asReviewId('17'),
          etag: `"{r},${saved.length}"`,
        });
      },
    },
    calendar: {
      ...base.calendar,
      createReviewEvent: (request: ScheduleRequest) => {
        created.push(request);
        return Promise.resolve({ eventId: 'AAMkEvent1', iCalUId: 'UID-1' });
      },
      ...calendar,
    },
  };
  const scheduled: Review[] = [];
  render(
    <FluentProvider theme={teamsLightTheme}>
      <ScheduleReviewDialog
        services={services}
        plan={shown}
        open
        onClose={() => undefined}
        onScheduled={(r) => scheduled.push(r)}
      />
    </FluentProvider>,
  );
  return { saved, created, scheduled };
};

describe('Schedule review dialog', () => {
  it("prefills the invitation list from the plan's people, ticking everyone with an email address", async () => {
    setUp();
    const group = await screen.findByRole('group', { name: 'Who to invite' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(5);
    expect(
      (
        within(group).getByRole('checkbox', {
          name: 'Alex Taylor (Parent/carer): alex@example.org',
        }) as HTMLInputElement
      ).checked,
    ).toBe(true);
    expect(
      (
        within(group).getByRole('checkbox', {
          name: 'Mr Brown (Class teacher): brown@school.example',
        }) as HTMLInputElement
      ).checked,
    ).toBe(true);
    expect(
      (
        within(group).getByRole('checkbox', {
          name: 'Ms Jones (SENCO): jones@school.example',
        }) as HTMLInputElement
      ).checked,
    ).toBe(true);
    const noEmail = within(group).getByRole('checkbox', {
      name: 'Mrs Patel (Teaching assistant): no email address, so no invitation can be sent',
    });
    expect((noEmail as HTMLInputElement).checked).toBe(false);
    expect((noEmail as HTMLInputElement).disabled).toBe(true);
  });

  it("says plainly that parents' availability is not checked", async () => {
    setUp();
    expect(await screen.findByText(/Parents' and carers' availability is not checked/)).toBeTruthy();
  });

  it('asks only school staff calendars for suggestions and fills in the chosen time', async () => {
    const asked: Parameters<ReviewCalendar['suggestTimes']>[0][] = [];
    setUp({
      suggestTimes: (request) => {
        asked.push(request);
        return Promise.resolve([
          { start: '2026-12-07T16:00:00Z', end: '2026-12-07T16:45:00Z', confidence: 100 },
        ]);
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Suggest times for staff' }));
    await user.click(await screen.findByRole('radio', { name: 'Monday 7 December 2026, 16:00' }));
    expect(asked[0]?.attendees.map((a) => a.email)).toEqual(['brown@school.example', 'jones@school.example']);
    expect((screen.getByRole('combobox', { name: /Start time/ }) as HTMLSelectElement).value).toBe('16:00');
  });

  it('refuses to send without a place, naming the field', async () => {
    const { created } = setUp();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Send invitations' }));
    expect(await screen.findByText('Say where the meeting is, or choose a Teams meeting.')).toBeTruthy();
    expect(created).toHaveLength(0);
  });

  it('saves the record, sends one invitation and records the meeting on the review', async () => {
    const { saved, created, scheduled } = setUp();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Location/ }), 'SENCO office');
    await user.click(screen.getByRole('button', { name: 'Send invitations' }));
    // Nothing is sent before the organiser has seen who gets what.
    const check = await screen.findByRole('dialog', { name: 'Check who is invited' });
    expect(created).toHaveLength(0);
    expect(within(check).getByText('Meeting at school about Sam')).toBeTruthy();
    expect(
      within(within(check).getByRole('region', { name: 'Parents and carers' })).getByText(
        'Alex Taylor: alex@example.org',
      ),
    ).toBeTruthy();
    expect(within(check).queryByText(/Dr Rees/)).toBeNull();
    expect(within(check).getByText('The invitation does not list the targets.')).toBeTruthy();
    await user.click(within(check).getByRole('button', { name: 'Send to 3 people' }));
    await user.click(await screen.findByRole('button', { name: 'Done' }));
    expect(created).toHaveLength(1);
    expect(created[0]?.review.id).toBe('17');
    expect(created[0]?.review.start).toBe('2026-12-07T15:45:00.000Z');
    expect(created[0]?.review.invitees.map((i) => i.name)).toEqual(['Alex Taylor', 'Mr Brown', 'Ms Jones']);
    expect(created[0]?.includeTargets).toBe(false);
    expect(saved.at(-1)).toMatchObject({
      status: 'scheduled',
      eventId: 'AAMkEvent1',
      iCalUId: 'UID-1',
      invitationsSentOn: '2026-11-24',
    });
    expect(scheduled).toHaveLength(1);
  });

  it('after a failure, sends again for the same saved review so nobody is invited twice', async () => {
    let attempts = 0;
    const reviewIds: string[] = [];
    const { saved } = setUp({
      createReviewEvent: (request) => {
        attempts += 1;
        reviewIds.push(request.review.id);
        return attempts === 1
          ? Promise.reject(new Throttled(30))
          : Promise.resolve({ eventId: 'E', iCalUId: 'U' });
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Teams meeting' }));
    await user.click(screen.getByRole('button', { name: 'Send invitations' }));
    await user.click(await screen.findByRole('button', { name: 'Send to 3 people' }));
    expect(await screen.findByText('The invitations could not be sent')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Try sending again' }));
    await waitFor(() => expect(screen.getByText('Invitations sent')).toBeTruthy());
    expect(reviewIds).toEqual(['17', '17']);
    // One save to create the record, one to note the meeting: the record was not created twice.
    expect(saved.filter((r) => r.etag === undefined)).toHaveLength(1);
  });

  it('tells the SENCO when the Teams meeting asked for came back without a link, with what to do', async () => {
    setUp({
      createReviewEvent: () =>
        Promise.resolve({ eventId: 'AAMkEvent2', iCalUId: 'UID-2', teamsLinkMissing: true }),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Teams meeting' }));
    await user.click(screen.getByRole('button', { name: 'Send invitations' }));
    await user.click(await screen.findByRole('button', { name: 'Send to 3 people' }));
    expect(await screen.findByText('Invitations sent')).toBeTruthy();
    expect(screen.getByText('The invitation went out without a Teams link.')).toBeTruthy();
    expect(screen.getByText(/Open the meeting in Outlook, choose Teams meeting/)).toBeTruthy();
  });

  it('says nothing about Teams when the link came back', async () => {
    setUp();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Teams meeting' }));
    await user.click(screen.getByRole('button', { name: 'Send invitations' }));
    await user.click(await screen.findByRole('button', { name: 'Send to 3 people' }));
    expect(await screen.findByText('Invitations sent')).toBeTruthy();
    expect(screen.queryByText('The invitation went out without a Teams link.')).toBeNull();
  });

  it('never invites an outside professional unless the organiser ticks them', async () => {
    const withTherapist = buildPlan({
      nextReviewDate: '2026-12-07',
      people: {
        ...plan.people,
        professionals: [
          { name: 'Dr Rees', role: 'Speech therapist', organisation: 'NHS', email: 'rees@nhs.example' },
        ],
      },
    });
    setUp({}, withTherapist);
    const group = await screen.findByRole('group', { name: 'Who to invite' });
    const rees = within(group).getByRole('checkbox', { name: /^Dr Rees/ }) as HTMLInputElement;
    expect(rees.checked).toBe(false);
    expect(rees.disabled).toBe(false);
  });

  it('leaves the date empty when the review is overdue, rather than offering a day gone by', async () => {
    setUp({}, buildPlan({ nextReviewDate: '2026-11-02' }));
    expect(((await screen.findByLabelText(/^Date/)) as HTMLInputElement).value).toBe('');
  });

  it('refuses a time earlier today, at the start time field', async () => {
    const { created } = setUp();
    const user = userEvent.setup();
    // The frozen clock says 09:00 on Tuesday 24 November 2026 (UK time).
    fireEvent.change(await screen.findByLabelText(/^Date/), { target: { value: '2026-11-24' } });
    await user.selectOptions(screen.getByRole('combobox', { name: /Start time/ }), '08:30');
    await user.type(screen.getByRole('textbox', { name: /Location/ }), 'SENCO office');
    await user.click(screen.getByRole('button', { name: 'Send invitations' }));
    expect(
      await screen.findByText('That time today has already passed. Choose a later time, or another day.'),
    ).toBeTruthy();
    expect(screen.queryByRole('dialog', { name: 'Check who is invited' })).toBeNull();
    expect(created).toHaveLength(0);
  });

  it('lists the targets only when the organiser ticks it, and says so before sending', async () => {
    const { created } = setUp();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Location/ }), 'SENCO office');
    await user.click(screen.getByRole('checkbox', { name: 'Include the current targets in the invitation' }));
    await user.click(screen.getByRole('button', { name: 'Send invitations' }));
    expect(
      await screen.findByText('The invitation lists the current targets: everyone above will read them.'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Send to 3 people' }));
    await screen.findByRole('button', { name: 'Done' });
    expect(created[0]?.includeTargets).toBe(true);
  });
});
