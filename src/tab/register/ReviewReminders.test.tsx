import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildRegisterRows } from '../../app/usecases/register/registerRows';
import { currentPlan, registerPupil } from '../../app/usecases/register/testing/registerFixtures';
import {
  fixedClock,
  Throttled,
  UK_TIME_ZONE,
  type ClassReviewReminder,
  type ReviewReminderSender,
} from '../../domain';
import { ReviewReminders } from './ReviewReminders';

const clock = fixedClock('2026-12-03T10:00:00Z');

const rowsWithDueReviews = () => {
  const pupils = [
    registerPupil('1', { classTeamId: 'team-4b' }),
    registerPupil('2', { classTeamId: 'team-4b' }),
    registerPupil('3', { classTeamId: 'team-5a' }),
  ];
  const dates = ['2026-11-20', '2026-12-10', '2026-12-01'];
  return buildRegisterRows(
    { pupils, plans: pupils.map((p, n) => currentPlan(p, dates[n] as string)), booked: [] },
    clock,
    UK_TIME_ZONE,
  );
};

const sender = (answers: ((reminders: readonly ClassReviewReminder[]) => Promise<unknown>)[]) => {
  const sent: (readonly ClassReviewReminder[])[] = [];
  const fake: ReviewReminderSender = {
    send: async (reminders) => {
      sent.push(reminders);
      const answer = answers.shift();
      if (!answer) throw new Error('no answer left');
      await answer(reminders);
      return reminders.map((r) => ({
        classTeamId: r.classTeamId,
        reached: 1,
        failed: 0,
        teachersKnown: true,
      }));
    },
  };
  return { fake, sent };
};

test('sends each class its count and says when and how many teachers it reached', async () => {
  const { fake, sent } = sender([async () => undefined]);
  render(<ReviewReminders rows={rowsWithDueReviews()} sender={fake} clock={clock} timeZone={UK_TIME_ZONE} />);
  const region = screen.getByRole('region', { name: 'Review reminders' });
  expect(region.textContent).toContain(
    '3 pupils have reviews overdue or due in the next 14 days, in 2 classes.',
  );

  await userEvent.click(within(region).getByRole('button', { name: 'Send reminders to class teachers' }));

  expect((await within(region).findByText(/^Sent /)).textContent).toBe(
    'Sent Thursday 3 December 2026, 10:00. Reminders reached 2 teachers.',
  );
  expect(sent).toEqual([
    [
      { classTeamId: 'team-4b', pupilCount: 2 },
      { classTeamId: 'team-5a', pupilCount: 1 },
    ],
  ]);
});

test('a throttled send says what to do, and trying again sends', async () => {
  const { fake, sent } = sender([() => Promise.reject(new Throttled(null)), async () => undefined]);
  render(<ReviewReminders rows={rowsWithDueReviews()} sender={fake} clock={clock} timeZone={UK_TIME_ZONE} />);
  await userEvent.click(screen.getByRole('button', { name: 'Send reminders to class teachers' }));

  await screen.findByText('The reminders could not be sent');
  screen.getByText(/Microsoft 365 is busy/);
  await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
  await screen.findByText(/Reminders reached 2 teachers/);
  expect(sent).toHaveLength(2);
});

test('with nothing due there is nothing to send', () => {
  const { fake } = sender([]);
  const pupil = registerPupil('1');
  const rows = buildRegisterRows(
    { pupils: [pupil], plans: [currentPlan(pupil, '2027-03-01')], booked: [] },
    clock,
    UK_TIME_ZONE,
  );
  render(<ReviewReminders rows={rows} sender={fake} clock={clock} timeZone={UK_TIME_ZONE} />);
  screen.getByText('No reviews are overdue or due in the next 14 days.');
  const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Send reminders to class teachers' });
  expect(button.disabled).toBe(true);
});
