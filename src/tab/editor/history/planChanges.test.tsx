import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Throttled, fixedClock, type Plan, type PlanHistory } from '../../../domain';
import { createInMemoryIepStore } from '../../../../test/support/inMemoryIepStore';
import { planFor, registerEntries } from '../../../../test/integration/support/pupils';
import { PlanChanges } from './PlanChanges';

/** A plan Ms Shah created and Mr Bennett then changed (a target's frequency), in the in-memory store. */
const editedTwice = async (): Promise<{ plan: Plan; history: PlanHistory }> => {
  const store = createInMemoryIepStore({ clock: fixedClock('2026-11-24T09:05:00Z') });
  const [pupil] = await store.addPupils(registerEntries('team-otters', 'Year 4 Otters', 1));
  if (!pupil) throw new Error('one pupil added');
  const created = await store.createPlan({ pupil, plan: planFor(pupil, 1) });
  const colleague = store.as('Mr Tom Bennett', fixedClock('2026-11-25T14:30:00Z'));
  await colleague.savePlan(
    { ...created, shortTermTargets: created.shortTermTargets.map((t) => ({ ...t, frequency: 'Daily' })) },
    created,
  );
  return { plan: created, history: await store.planHistory(created.id) };
};

/** A planHistory whose answers the test gives, one call at a time: nothing depends on timing. */
const controlledStore = () => {
  const calls: { resolve: (history: PlanHistory) => void; reject: (error: Error) => void }[] = [];
  return {
    calls,
    store: {
      planHistory: () =>
        new Promise<PlanHistory>((resolve, reject) => {
          calls.push({ resolve, reject });
        }),
    },
  };
};

const renderChanges = (store: ReturnType<typeof controlledStore>['store'], plan: Plan) => {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <PlanChanges store={store} planId={plan.id} nation={plan.nation} />
    </FluentProvider>,
  );
  return user;
};

describe('Changes to this plan', () => {
  test('opens from the keyboard, says it is loading, then lists who changed what, newest first', async () => {
    const { plan, history } = await editedTwice();
    const { store, calls } = controlledStore();
    const user = renderChanges(store, plan);
    const show = screen.getByRole('button', { name: 'Show changes to this plan' });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    show.focus();
    await user.keyboard('{Enter}');

    expect(within(screen.getByRole('status')).getByText('Loading changes…')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Hide changes to this plan' }).getAttribute('aria-expanded'),
    ).toBe('true');
    calls[0]?.resolve(history);

    const list = await screen.findByRole('list', { name: 'Changes to this plan' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    const text = plan.shortTermTargets[0]?.text.slice(0, 20) ?? '';
    expect(items[0]).toMatch(/^25\/11\/2026 at 14:30, Mr Tom Bennett: Changed target “/);
    expect(items[0]).toContain(text);
    expect(items[0]).toMatch(/: How often/);
    expect(items.at(-1)).toBe('24/11/2026 at 09:05, Ms Priya Shah: Started this version of the plan');
    expect(
      within(screen.getByRole('status')).getByText(`${items.length} changes, newest first.`),
    ).toBeTruthy();
  });

  test('a failure says what to do, and Try again loads them', async () => {
    const { plan, history } = await editedTwice();
    const { store, calls } = controlledStore();
    const user = renderChanges(store, plan);
    await user.click(screen.getByRole('button', { name: 'Show changes to this plan' }));
    calls[0]?.reject(new Throttled(null));

    expect(await screen.findByText('The changes could not be loaded')).toBeTruthy();
    expect(
      screen.getByText(/Microsoft 365 is busy\. Your changes are kept; try again in a minute\./),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    calls[1]?.resolve(history);
    expect(await screen.findByRole('list', { name: 'Changes to this plan' })).toBeTruthy();
    expect(screen.queryByText('The changes could not be loaded')).toBeNull();
  });
});
