import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Plan, PlanHistory, ShortTermTarget } from '../../domain';
import {
  fakeWord,
  paneServices,
  samPlan,
  wordCell,
  type FakeWord,
  type PaneServices,
} from '../testing/paneFixtures';
import { WordPane } from './WordPane';

const show = async (services: PaneServices, word: FakeWord) => {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <WordPane services={services} word={word} wordApi saveFile={jest.fn()} />
    </FluentProvider>,
  );
  await user.type(await screen.findByRole('combobox', { name: 'Pupil' }), 'Sam');
  await user.click(await screen.findByRole('option', { name: 'Sam Taylor (4B)' }));
  await screen.findByRole('radiogroup', { name: 'Template' });
  return user;
};

/** Sam's plan as it was when the document was inserted last month: target 1 then read "Weekly". */
const monthOld = (): Plan => {
  const now = samPlan();
  return {
    ...now,
    shortTermTargets: now.shortTermTargets.map((t, i) => (i === 0 ? { ...t, frequency: 'Weekly' } : t)),
  };
};

/** The teacher typed a new "who" for target 2 in the document. */
const typedWho = [wordCell(samPlan(), 1, 'deliveredBy', 'Mr Brown')];

describe('Refresh with edits in the document', () => {
  const editedThenRefreshed = (): FakeWord => {
    const word = fakeWord(typedWho);
    word.refreshTemplates.mockResolvedValueOnce({ status: 'edited', cells: typedWho });
    return word;
  };
  const choices = () => screen.findByRole('group', { name: 'What to do with your edits' });

  it('asks first, offering to save, keep or discard, and changes nothing until answered', async () => {
    const word = editedThenRefreshed();
    const user = await show(paneServices(), word);
    await user.click(screen.getByRole('button', { name: 'Refresh from plan' }));

    const group = await choices();
    expect(screen.getByText('You have changed targets in this document')).toBeTruthy();
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'Save my Word edits to the plan first',
      "Keep my edits in Word (don't refresh)",
      'Discard my edits and refresh',
    ]);
    expect(word.refreshTemplates).toHaveBeenCalledTimes(1);
    expect(word.refreshTemplates.mock.calls[0]?.[1]).toEqual({ discardEdits: false });

    await user.click(within(group).getByRole('button', { name: "Keep my edits in Word (don't refresh)" }));
    expect(
      await screen.findByText(/Nothing was refreshed: your edits are still in the document/),
    ).toBeTruthy();
    expect(word.refreshTemplates).toHaveBeenCalledTimes(1);
  });

  it('discards the edits and refreshes only when the teacher says so', async () => {
    const word = editedThenRefreshed();
    const user = await show(paneServices(), word);
    await user.click(screen.getByRole('button', { name: 'Refresh from plan' }));
    await user.click(within(await choices()).getByRole('button', { name: 'Discard my edits and refresh' }));
    expect(
      await screen.findByText('Updated 1 inserted template with the latest plan for Sam Taylor (version 2).'),
    ).toBeTruthy();
    expect(word.refreshTemplates.mock.calls[1]?.[1]).toEqual({ discardEdits: true });
  });

  it('saves the edits to the plan first, then refreshes the document', async () => {
    const services = paneServices();
    const word = editedThenRefreshed();
    const user = await show(services, word);
    await user.click(screen.getByRole('button', { name: 'Refresh from plan' }));
    await user.click(
      within(await choices()).getByRole('button', { name: 'Save my Word edits to the plan first' }),
    );
    const saveOne = await screen.findByRole('button', { name: 'Save 1 change to the plan' });
    expect(
      screen.getByText(/the document is refreshed afterwards, so anything left unticked is replaced/),
    ).toBeTruthy();
    await user.click(saveOne);

    expect(
      await screen.findByText(
        'Saved your edits, then updated 1 inserted template with the latest plan for Sam Taylor (version 2).',
      ),
    ).toBeTruthy();
    const [edited] = services.store.savePlan.mock.calls[0] ?? [];
    expect(edited?.shortTermTargets[1]?.deliveredBy).toBe('Mr Brown');
    expect(word.refreshTemplates.mock.calls[1]?.[1]).toEqual({ discardEdits: true });
  });
});

describe('Insert where the cursor is', () => {
  it('refuses politely inside a table cell and inserts after the table when asked', async () => {
    const word = fakeWord();
    word.insertTemplate.mockResolvedValueOnce({ status: 'refused', reason: 'inside-table' });
    const user = await show(paneServices(), word);
    await user.click(screen.getByRole('button', { name: 'Insert into document' }));

    expect(await screen.findByText('The cursor is in a table cell')).toBeTruthy();
    expect(screen.getByText(/A whole plan would be squeezed into one cell/)).toBeTruthy();
    expect(screen.queryByText(/^Inserted the/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Insert after the table' }));

    expect(await screen.findByText(/^Inserted the full plan for Sam Taylor/)).toBeTruthy();
    expect(word.insertTemplate.mock.calls.map((call) => call[2])).toEqual(['selection', 'after-table']);
  });

  it('offers the place after the IEP block when the cursor is inside one, and Cancel leaves the document alone', async () => {
    const word = fakeWord();
    word.insertTemplate.mockResolvedValueOnce({ status: 'refused', reason: 'inside-block' });
    const user = await show(paneServices(), word);
    await user.click(screen.getByRole('button', { name: 'Insert into document' }));
    const where = await screen.findByRole('group', { name: 'Where to insert the plan' });
    expect(within(where).getByRole('button', { name: 'Insert after the IEP block' })).toBeTruthy();
    await user.click(within(where).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Where to insert the plan' })).toBeNull();
    expect(word.insertTemplate).toHaveBeenCalledTimes(1);
  });
});

describe('A document whose markers another editor removed', () => {
  it('says so on refresh and on save back, instead of "nothing found"', async () => {
    const word = fakeWord();
    word.refreshTemplates.mockResolvedValueOnce({ status: 'missing', markersStripped: true });
    word.readTargetEdits.mockResolvedValueOnce({ cells: [], blocks: {}, markersStripped: true });
    const user = await show(paneServices(), word);

    await user.click(screen.getByRole('button', { name: 'Refresh from plan' }));
    expect(await screen.findByText('This document no longer has the IEP Planner markers')).toBeTruthy();
    expect(screen.getByText(/insert the plan again/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Save back to plan' }));
    await waitFor(() => expect(word.readTargetEdits).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('This document no longer has the IEP Planner markers')).toBeTruthy();
    expect(screen.queryByText(/there is nothing to save/)).toBeNull();
  });
});

describe('Save back of a month-old document', () => {
  it('proposes nothing where only a colleague changed the plan since the insertion', async () => {
    const user = await show(paneServices(), fakeWord([wordCell(monthOld(), 0, 'frequency')]));
    await user.click(screen.getByRole('button', { name: 'Save back to plan' }));
    expect(await screen.findByText(/there is nothing to save/)).toBeTruthy();
  });

  it('shows both values, unticked, where the teacher and a colleague changed the same field', async () => {
    const services = paneServices();
    const user = await show(services, fakeWord([wordCell(monthOld(), 0, 'frequency', 'Twice a week')]));
    await user.click(screen.getByRole('button', { name: 'Save back to plan' }));

    const change = await screen.findByRole('checkbox', { name: 'Target 1, How often' });
    expect(change).toHaveProperty('checked', false);
    expect(
      screen.getByText(/Changed in the plan since this document was inserted, and changed in Word too/),
    ).toBeTruthy();
    expect(screen.getByText(/In the plan now: 3 x 10 minutes a week\s+In Word: Twice a week/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save 0 changes to the plan' })).toHaveProperty(
      'disabled',
      true,
    );

    await user.click(change);
    await user.click(screen.getByRole('button', { name: 'Save 1 change to the plan' }));
    expect(await screen.findByText("Saved 1 change to Sam Taylor's plan.")).toBeTruthy();
    expect(services.store.savePlan.mock.calls[0]?.[0].shortTermTargets[0]?.frequency).toBe('Twice a week');
  });

  it('shows the value inserted and who changed the plan since, from the plan’s history', async () => {
    const services = paneServices();
    const version = (target: ShortTermTarget | undefined, by: string, at: string) => ({
      by,
      at,
      value: { ...(target as ShortTermTarget), withdrawnOn: null },
    });
    const history: PlanHistory = {
      plan: [],
      targets: [
        {
          id: 'target-1',
          versions: [
            version(monthOld().shortTermTargets[0], 'Ms Priya Shah', '2026-10-20T10:00:00Z'),
            version(samPlan().shortTermTargets[0], 'Mr Tom Reid', '2026-11-12T09:00:00Z'),
          ],
        },
      ],
      evidence: [],
    };
    services.store.planHistory.mockResolvedValueOnce(history);
    const user = await show(services, fakeWord([wordCell(monthOld(), 0, 'frequency', 'Twice a week')]));
    await user.click(screen.getByRole('button', { name: 'Save back to plan' }));

    expect(await screen.findByRole('checkbox', { name: 'Target 1, How often' })).toHaveProperty(
      'checked',
      false,
    );
    expect(
      screen.getByText(
        /When inserted: Weekly\s+In the plan now: 3 x 10 minutes a week \(changed by Mr Tom Reid on 12\/11\/2026\)\s+In Word: Twice a week/,
      ),
    ).toBeTruthy();
  });
});
