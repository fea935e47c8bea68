import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AccessDenied, Throttled, type ShortTermTarget } from '../domain';
import { saveFile } from '../app/saveFile';
import { LOCAL_CONFIG } from '../../test/support/appConfigs';
import { detectPaneHost, officeGlobal } from './host/officeHost';
import { TaskPaneApp } from './TaskPaneApp';
import { WORD_ADVICE } from './word/WordActions';
import {
  fakeWord,
  wordCell,
  installOffice,
  paneBoot,
  paneServices,
  removeOffice,
  samPlan,
  type FakeWord,
  type PaneServices,
} from './testing/paneFixtures';

const detect = () => detectPaneHost(officeGlobal(), 200, false);

const renderPane = (services: PaneServices, word: FakeWord, saver = jest.fn()) => {
  render(<TaskPaneApp boot={paneBoot(services, word, { detectHost: detect, saveFile: saver })} />);
  return { saver };
};

/** Types part of the name and picks Sam from the suggestions. */
const choosePupil = async (user: ReturnType<typeof userEvent.setup>) => {
  const search = await screen.findByRole('combobox', { name: 'Pupil' });
  await user.type(search, 'sam');
  await user.click(await screen.findByRole('option', { name: 'Sam Taylor (4B)' }));
  await screen.findByRole('radiogroup', { name: 'Template' });
};

/** jsdom's Blob has no arrayBuffer(); FileReader reads it as a browser would. */
const blobBytes = (blob: Blob): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable blob'));
    reader.readAsArrayBuffer(blob);
  });

afterEach(() => {
  removeOffice();
  jest.restoreAllMocks();
});

describe('Task pane outside Word', () => {
  it('explains how to open it in Word and offers the .docx download instead', async () => {
    const user = userEvent.setup();
    const services = paneServices();
    const word = fakeWord();
    const created: Blob[] = [];
    const revoked: string[] = [];
    // jsdom has no object URLs; the browser's pair is stood in for here.
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        created.push(blob);
        return 'blob:iep-test';
      },
      revokeObjectURL: (url: string) => revoked.push(url),
    });
    const clicked: HTMLAnchorElement[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    // office.js never loaded (no internet): no Office global at all.
    renderPane(
      services,
      word,
      jest.fn((bytes: Uint8Array, name: string, type: string) => saveFile(bytes, name, type)),
    );

    expect(await screen.findByText('Open IEP Planner in Word')).toBeTruthy();
    expect(screen.getByText(/Insert > Add-ins > My add-ins/)).toBeTruthy();
    expect(screen.getByText(/sideload the add-in manifest/)).toBeTruthy();
    await choosePupil(user);
    expect(screen.queryByRole('button', { name: 'Insert into document' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Download .docx' }));

    expect(await screen.findByText(/Downloaded IEP - Sam Taylor - v2\.docx/)).toBeTruthy();
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('IEP - Sam Taylor - v2.docx');
    expect(clicked[0]?.href).toBe('blob:iep-test');
    expect(created[0]?.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const bytes = await blobBytes(created[0] as Blob);
    // A .docx is a zip: it starts with the local file header "PK\x03\x04".
    expect(Array.from(bytes.slice(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
    await waitFor(() => expect(revoked).toEqual(['blob:iep-test']));
    expect(word.insertTemplate).not.toHaveBeenCalled();
  });

  it('treats Office in another app (not Word) as outside Word', async () => {
    installOffice('Excel');
    renderPane(paneServices(), fakeWord());
    expect(await screen.findByText(/open in an Office app other than Word/)).toBeTruthy();
  });
});

describe('Task pane session', () => {
  it('signs out from the user area, says so, and signs in again with freshly built services', async () => {
    const user = userEvent.setup();
    installOffice('Word');
    const first = paneServices();
    const second = paneServices();
    const createServices = jest
      .fn()
      .mockImplementationOnce(() => Promise.resolve(first))
      .mockImplementationOnce(() => Promise.resolve(second));
    render(<TaskPaneApp boot={paneBoot(first, fakeWord(), { detectHost: detect, createServices })} />);
    await choosePupil(user);
    // Live mode: no demo persona, but a way to sign out.
    expect(screen.queryByRole('combobox', { name: 'Demo persona' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Signed out' })).toBeTruthy();
    expect(first.signOut).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/Sam Taylor/)).toBeNull();
    expect(screen.queryByText(/Signed in as/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(await screen.findByText('Signed in as Ms Priya Shah')).toBeTruthy();
    expect(createServices).toHaveBeenCalledTimes(2);
    await choosePupil(user);
    expect(second.store.listPlansForStaff).toHaveBeenCalled();
  });

  it('offers the demo persona and sign-out locally, also after a refused sign-in', async () => {
    const user = userEvent.setup();
    installOffice('Word');
    const services = paneServices();
    const createServices = jest
      .fn()
      .mockImplementationOnce(() => Promise.reject(new AccessDenied({ kind: 'site', id: 'sen' })))
      .mockImplementation(() => Promise.resolve(services));
    const stored = new Map<string, string>();
    render(
      <TaskPaneApp
        boot={paneBoot(services, fakeWord(), {
          detectHost: detect,
          createServices,
          loadConfig: () => Promise.resolve(LOCAL_CONFIG),
          storage: { getItem: (k) => stored.get(k) ?? null, setItem: (k, v) => void stored.set(k, v) },
        })}
      />,
    );
    expect(await screen.findByRole('heading', { name: "You don't have access to IEPs" })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Demo persona' }),
      'Tom Reed (Class teacher)',
    );

    expect(await screen.findByText('Signed in as Ms Priya Shah')).toBeTruthy();
    expect(createServices.mock.calls.map(([, deps]) => deps.persona?.email)).toEqual([
      'senco@school.example',
      'teacher@school.example',
    ]);
    expect(stored.get('iep-persona')).toBe('teacher@school.example');
  });
});

describe('Task pane in Word', () => {
  beforeEach(() => {
    installOffice('Word');
  });

  it('inserts the chosen template once, with the plan it previews', async () => {
    const user = userEvent.setup();
    const services = paneServices();
    const word = fakeWord();
    renderPane(services, word);
    await choosePupil(user);
    expect(screen.queryByText('Open IEP Planner in Word')).toBeNull();
    expect(services.store.listPlansForStaff).toHaveBeenCalledWith(['priya.shah@school.example']);

    await user.click(screen.getByRole('radio', { name: 'Targets table' }));
    const preview = await screen.findByRole('region', { name: 'Preview: Targets table for Sam Taylor' });
    expect(within(preview).getByRole('columnheader', { name: 'Success criteria' })).toBeTruthy();
    expect(within(preview).getByText(/Target 2: by the end of term Sam will read 20/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Insert into document' }));

    expect(await screen.findByText(/Inserted the targets table for Sam Taylor \(version 2\)/)).toBeTruthy();
    expect(word.insertTemplate).toHaveBeenCalledTimes(1);
    const [kind, input] = word.insertTemplate.mock.calls[0] ?? [];
    expect(kind).toBe('targets-table');
    expect(input?.plan).toEqual(samPlan());
    // No school-wide override: the document uses the plan's own nation, as the editor does.
    expect(input).not.toHaveProperty('nation');
  });

  it('inserts an earlier version when the teacher picks it', async () => {
    const user = userEvent.setup();
    const services = paneServices();
    const word = fakeWord();
    renderPane(services, word);
    await choosePupil(user);
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Plan version' }),
      'Version 1 (closed, kept as a record)',
    );
    expect(await screen.findByText(/This version is closed/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save back to plan' })).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('button', { name: 'Insert into document' }));
    await screen.findByText(/Inserted the full plan for Sam Taylor \(version 1\)/);
    expect(word.insertTemplate.mock.calls[0]?.[1].plan.version).toBe(1);
  });

  it('shows the advice of a domain error and Word advice for Word errors', async () => {
    const user = userEvent.setup();
    const services = paneServices();
    const word = fakeWord();
    word.insertTemplate.mockRejectedValueOnce(new Throttled(30));
    word.insertTemplate.mockRejectedValueOnce(new Error('GeneralException'));
    renderPane(services, word);
    await choosePupil(user);

    await user.click(screen.getByRole('button', { name: 'Insert into document' }));
    expect(await screen.findByText('The full plan could not be inserted')).toBeTruthy();
    expect(screen.getByText(new Throttled(30).advice, { exact: false })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Insert into document' }));
    expect(await screen.findByText(WORD_ADVICE, { exact: false })).toBeTruthy();
  });

  it('says what to do when the plan cannot be opened', async () => {
    const user = userEvent.setup();
    const services = paneServices();
    services.store.openPlan.mockRejectedValueOnce(new AccessDenied());
    renderPane(services, fakeWord());
    const search = await screen.findByRole('combobox', { name: 'Pupil' });
    await user.type(search, 'Tay');
    await user.click(await screen.findByRole('option', { name: 'Sam Taylor (4B)' }));
    expect(await screen.findByText('The plan could not be opened')).toBeTruthy();
    expect(screen.getByText(new AccessDenied().advice, { exact: false })).toBeTruthy();
  });
});

describe('Save back', () => {
  beforeEach(() => {
    installOffice('Word');
  });

  /** A colleague saves their version of target 1 while the teacher looks over the changes. */
  const colleagueSaves = (services: PaneServices, theirs: ShortTermTarget): void => {
    const current = samPlan();
    const [first, ...rest] = current.shortTermTargets;
    services.memory
      .as('Mr Tom Reid')
      .savePlanNow({ ...current, shortTermTargets: [{ ...theirs, etag: first?.etag }, ...rest] }, current);
  };

  /** Sam's plan inserted as it is now; the teacher then typed a new outcome for target 1. */
  const editedOutcome = [wordCell(samPlan(), 0, 'outcome', 'Achieved'), wordCell(samPlan(), 0, 'text')];

  it('shows what will change, then saves only that with the eTags read', async () => {
    const user = userEvent.setup();
    const services = paneServices();
    const word = fakeWord(editedOutcome);
    renderPane(services, word);
    await choosePupil(user);

    await user.click(screen.getByRole('button', { name: 'Save back to plan' }));
    const change = await screen.findByRole('checkbox', { name: 'Target 1, Outcome' });
    expect(change).toHaveProperty('checked', true);
    expect(screen.getByText(/In the plan: In progress\s+In the document: Achieved/)).toBeTruthy();
    expect(services.store.savePlan).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Save 1 change to the plan' }));

    expect(await screen.findByText("Saved 1 change to Sam Taylor's plan.")).toBeTruthy();
    expect(word.readTargetEdits.mock.calls[0]?.[0].id).toBe('plan-1');
    const [edited, base] = services.store.savePlan.mock.calls[0] ?? [];
    expect(base).toEqual(samPlan());
    expect(edited?.shortTermTargets[0]?.outcome).toBe('achieved');
    expect(edited?.shortTermTargets[0]?.etag).toBe('"target-1,3"');
    expect(edited?.shortTermTargets[1]).toEqual(samPlan().shortTermTargets[1]);
  });

  it('shows a conflict with both values and saves nothing more until the teacher chooses', async () => {
    const user = userEvent.setup();
    const services = paneServices();
    const theirs: ShortTermTarget = {
      ...(samPlan().shortTermTargets[0] as ShortTermTarget),
      outcome: 'partly-achieved',
      etag: '"target-1,4"',
    };
    renderPane(services, fakeWord(editedOutcome));
    await choosePupil(user);
    await user.click(screen.getByRole('button', { name: 'Save back to plan' }));
    const saveOne = await screen.findByRole('button', { name: 'Save 1 change to the plan' });
    colleagueSaves(services, theirs);
    await user.click(saveOne);

    expect(await screen.findByText('Someone else changed this plan')).toBeTruthy();
    const question = screen.getByRole('radiogroup', { name: 'Outcome' });
    const keepTheirs = within(question).getByRole('radio', { name: 'Keep theirs: Partly achieved' });
    const keepMine = within(question).getByRole('radio', { name: 'Keep yours: Achieved' });
    expect(keepTheirs).toHaveProperty('checked', false);
    expect(keepMine).toHaveProperty('checked', false);
    const saveChoices = screen.getByRole('button', { name: 'Save my choices' });
    expect(saveChoices).toHaveProperty('disabled', true);
    await user.click(saveChoices);
    expect(services.store.savePlan).toHaveBeenCalledTimes(1);

    await user.click(keepMine);
    await user.click(screen.getByRole('button', { name: 'Save my choices' }));

    expect(await screen.findByText("Saved your choices to Sam Taylor's plan.")).toBeTruthy();
    expect(services.store.savePlan).toHaveBeenCalledTimes(2);
    const [edited, base] = services.store.savePlan.mock.calls[1] ?? [];
    // Checked against their save: their eTag is the base, and only my chosen field differs.
    expect(base?.shortTermTargets[0]).toEqual(theirs);
    expect(edited?.shortTermTargets[0]).toEqual({ ...theirs, outcome: 'achieved' });
  });

  it('keeps their value when the teacher chooses theirs', async () => {
    const user = userEvent.setup();
    const services = paneServices();
    const theirs: ShortTermTarget = {
      ...(samPlan().shortTermTargets[0] as ShortTermTarget),
      outcome: 'not-achieved',
      etag: '"target-1,4"',
    };
    renderPane(services, fakeWord(editedOutcome));
    await choosePupil(user);
    await user.click(screen.getByRole('button', { name: 'Save back to plan' }));
    const saveOne = await screen.findByRole('button', { name: 'Save 1 change to the plan' });
    colleagueSaves(services, theirs);
    await user.click(saveOne);
    await user.click(await screen.findByRole('radio', { name: 'Keep theirs: Not achieved' }));
    await user.click(screen.getByRole('button', { name: 'Save my choices' }));

    await screen.findByText("Saved your choices to Sam Taylor's plan.");
    const [edited, base] = services.store.savePlan.mock.calls[1] ?? [];
    expect(edited).toEqual(base);
    expect(edited?.shortTermTargets[0]?.outcome).toBe('not-achieved');
  });

  it('says so when the document matches the plan, and reports edits it cannot read', async () => {
    const user = userEvent.setup();
    const services = paneServices();
    renderPane(services, fakeWord([{ targetId: 'target-2', field: 'targetDate', text: 'next Friday' }]));
    await choosePupil(user);
    await user.click(screen.getByRole('button', { name: 'Save back to plan' }));
    expect(await screen.findByText(/there is nothing to save/)).toBeTruthy();
    expect(screen.getByText(/Target 2, target date: "next Friday" is not a date/)).toBeTruthy();
    await waitFor(() => expect(services.store.savePlan).not.toHaveBeenCalled());
  });
});
