import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { asPupilId, type Provision } from '../../domain';
import { repairModalHiding } from '../../ui/common/useModalHidingRepair';
import { ProvisionPage } from './ProvisionPage';
import { AUTUMN, phonics, provisionServices } from './testing/provisionFixtures';

type Store = ReturnType<typeof provisionServices>['provisions'];

const placeOn = async (provisions: Store, provision: Provision, ids: readonly string[]) =>
  provisions.addPlacements(
    ids.map((id) => ({ provisionId: provision.id, pupilId: asPupilId(id), term: AUTUMN.start, ...AUTUMN })),
  );

let stopRepair = () => {};
afterEach(() => stopRepair());

const setUp = async (placed: readonly string[] = []) => {
  const { services, provisions } = provisionServices();
  const provision = await provisions.createProvision(phonics({ groupSize: 3 }));
  for (const id of placed) await placeOn(provisions, provision, [id]);
  const { container } = render(<ProvisionPage services={services} provisionId={provision.id} />);
  // As the tab does (TabApp): the page is given back to screen readers once a dialog has closed.
  stopRepair = repairModalHiding(container);
  await screen.findByRole('heading', { name: 'Phonics catch-up group', level: 1 });
  return { services, provisions, provision };
};

const tick = (dialog: HTMLElement, name: string) =>
  fireEvent.click(within(dialog).getByRole('checkbox', { name }));

beforeEach(() => window.sessionStorage.clear());

describe('a provision page', () => {
  it("links each pupil to their page, where their plans' targets and evidence are", async () => {
    await setUp(['p-ava']);
    const link = await screen.findByRole('link', { name: 'Ava Brown' });
    expect(link.getAttribute('href')).toBe('#/pupil/p-ava');
  });

  it('adds pupils chosen by class and by year group, for the whole term, filling groups in turn', async () => {
    const { provisions, provision } = await setUp();
    fireEvent.click(screen.getByRole('button', { name: 'Add pupils' }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByRole('checkbox', { name: 'Dev Evans' });

    tick(dialog, 'Dev Evans');
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Class' }), {
      target: { value: 'team-otters' },
    });
    tick(dialog, 'Ava Brown');
    tick(dialog, 'Ben Clarke');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Year group' }));
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Year group' }), {
      target: { value: 'Year 3' },
    });
    tick(dialog, 'Finn Green');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add 4 pupils' }));

    await waitFor(() => expect(screen.queryByRole('dialog')?.textContent ?? 'closed').toBe('closed'));
    const table = await screen.findByRole('table', { name: /Pupils in the autumn term/ });
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    const { placements } = await provisions.loadProvisionMap(AUTUMN.start);
    expect(placements.map((p) => [p.pupilId, p.start, p.end, p.group]).sort()).toEqual([
      ['p-ava', AUTUMN.start, AUTUMN.end, 1],
      ['p-ben', AUTUMN.start, AUTUMN.end, 1],
      ['p-dev', AUTUMN.start, AUTUMN.end, 1],
      ['p-finn', AUTUMN.start, AUTUMN.end, 2],
    ]);
    expect(placements.every((p) => p.provisionId === provision.id && p.term === AUTUMN.start)).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Add pupils' }));
    const again = await screen.findByRole('dialog');
    fireEvent.click(await within(again).findByRole('radio', { name: 'Year group' }));
    expect(
      await within(again).findByRole('checkbox', { name: 'Ava Brown (already on it this term)' }),
    ).toBeTruthy();
  });

  it('saves a row’s scores and shows the change, with messages at fields it cannot accept', async () => {
    const { provisions } = await setUp(['p-ava']);

    const entry = await screen.findByRole('textbox', { name: 'Entry score for Ava Brown' });
    fireEvent.change(entry, { target: { value: 'twelve' } });
    fireEvent.change(screen.getByLabelText('End date for Ava Brown'), { target: { value: '2027-01-15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save Ava Brown' }));
    expect(await screen.findByText('Entry score must be a number.')).toBeTruthy();
    expect(screen.getByText(/The end date must be between 07\/09\/2026 and 18\/12\/2026/)).toBeTruthy();

    fireEvent.change(entry, { target: { value: '12' } });
    fireEvent.change(screen.getByLabelText('End date for Ava Brown'), { target: { value: '2026-12-11' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Exit score for Ava Brown' }), {
      target: { value: '20' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save Ava Brown' }));

    const row = (await screen.findByText('Saved.')).closest('tr') as HTMLElement;
    expect(within(row).getByText('+8')).toBeTruthy();
    const [saved] = (await provisions.loadProvisionMap(AUTUMN.start)).placements;
    expect([saved?.entryScore, saved?.exitScore, saved?.end]).toEqual([12, 20, '2026-12-11']);
    // A row with scores is a record: it can no longer be removed.
    expect(screen.queryByRole('button', { name: 'Remove Ava Brown from this provision' })).toBeNull();
  });

  it('shows what a colleague saved to the provision and lets the SENCO keep theirs or take the colleague’s', async () => {
    const { provisions, provision } = await setUp();
    await provisions.saveProvision({ ...provision, name: 'Phonics boosters' }, provision);

    fireEvent.click(screen.getByRole('button', { name: 'Edit provision' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Cost per hour/ }), { target: { value: '20.00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save provision' }));

    const saidTheySaved = await screen.findByRole('list', { name: 'What your colleague saved' });
    expect(saidTheySaved.textContent).toContain('Name: Phonics boosters (yours: Phonics catch-up group)');
    expect(saidTheySaved.textContent).toContain('Cost per hour (£): 18.50 (yours: 20.00)');
    fireEvent.click(screen.getByRole('button', { name: 'Keep mine' }));

    await screen.findByRole('button', { name: 'Edit provision' });
    const [stored] = (await provisions.listProvisions()).provisions;
    expect([stored?.name, stored?.costPerHourPence]).toEqual(['Phonics catch-up group', 2000]);
  });

  it('takes the colleague’s provision when asked, saving nothing of the SENCO’s', async () => {
    const { provisions, provision } = await setUp();
    await provisions.saveProvision({ ...provision, name: 'Phonics boosters' }, provision);

    fireEvent.click(screen.getByRole('button', { name: 'Edit provision' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Cost per hour/ }), { target: { value: '20.00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save provision' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Take theirs' }));

    expect(await screen.findByRole('heading', { name: 'Phonics boosters', level: 1 })).toBeTruthy();
    const [stored] = (await provisions.listProvisions()).provisions;
    expect(stored?.costPerHourPence).toBe(1850);
  });

  it('writes a group plan once and records each child’s outcome on their own placement', async () => {
    const { provisions } = await setUp(['p-ava', 'p-ben']);
    const plan = screen.getByRole('region', { name: 'Group 1 plan' });

    fireEvent.click(within(plan).getByRole('button', { name: 'Add a shared target' }));
    fireEvent.click(within(plan).getByRole('button', { name: 'Add a shared target' }));
    fireEvent.click(within(plan).getByRole('button', { name: 'Create group 1 plan' }));
    expect(await within(plan).findAllByText('Target is required.')).toHaveLength(2);

    const targets = within(plan).getAllByRole('textbox', { name: /^Target/ });
    fireEvent.change(targets[0] as HTMLElement, { target: { value: 'Read 20 tricky words' } });
    fireEvent.change(targets[1] as HTMLElement, { target: { value: 'Blend CVC words' } });
    fireEvent.click(within(plan).getByRole('button', { name: 'Create group 1 plan' }));
    expect(await within(plan).findByText('Group plan saved.')).toBeTruthy();

    const ava = within(plan).getByRole('region', { name: "Ava Brown's outcomes" });
    fireEvent.change(within(ava).getByRole('combobox', { name: 'Outcome for shared target 1' }), {
      target: { value: 'achieved' },
    });
    fireEvent.click(within(ava).getByRole('button', { name: "Save Ava Brown's outcomes" }));
    await within(ava).findByText("Ava Brown's outcomes saved.");
    const ben = within(plan).getByRole('region', { name: "Ben Clarke's outcomes" });
    fireEvent.change(within(ben).getByRole('combobox', { name: 'Outcome for shared target 1' }), {
      target: { value: 'partly-achieved' },
    });
    fireEvent.change(within(ben).getByRole('textbox', { name: 'Comment on shared target 1' }), {
      target: { value: 'Needs prompts' },
    });
    fireEvent.click(within(ben).getByRole('button', { name: "Save Ben Clarke's outcomes" }));
    await within(ben).findByText("Ben Clarke's outcomes saved.");

    const { placements, groupPlans } = await provisions.loadProvisionMap(AUTUMN.start);
    expect(groupPlans).toHaveLength(1);
    const [first] = groupPlans[0]?.targets ?? [];
    const outcome = (id: string) => placements.find((pl) => pl.pupilId === id)?.outcomes[first?.id ?? ''];
    expect(outcome('p-ava')).toEqual({ outcome: 'achieved', comment: '' });
    expect(outcome('p-ben')).toEqual({ outcome: 'partly-achieved', comment: 'Needs prompts' });
    await waitFor(() =>
      expect(groupPlans[0]?.targets.map((t) => t.text)).toEqual(['Read 20 tricky words', 'Blend CVC words']),
    );
  });

  it('takes off a pupil put on by mistake while nothing is recorded for them', async () => {
    const { provisions } = await setUp(['p-ava', 'p-ben']);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Ben Clarke from this provision' }));

    await waitFor(() =>
      expect(screen.queryByRole('textbox', { name: 'Entry score for Ben Clarke' })).toBeNull(),
    );
    const { placements } = await provisions.loadProvisionMap(AUTUMN.start);
    expect(placements.map((p) => p.pupilId)).toEqual(['p-ava']);
  });

  it('reopens the edit form with what was typed before a reload', async () => {
    const { services, provision } = await setUp();
    fireEvent.click(screen.getByRole('button', { name: 'Edit provision' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Minutes per session/ }), {
      target: { value: '40' },
    });
    cleanup();

    render(<ProvisionPage services={services} provisionId={provision.id} />);
    expect(await screen.findByText('Unsaved changes restored from this device')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /Minutes per session/ }) as HTMLInputElement).value).toBe(
      '40',
    );
  });
});
