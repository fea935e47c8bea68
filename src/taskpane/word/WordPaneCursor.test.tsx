/**
 * Insert with the real Word port over the Office mock (src/word/testing/mockWordHost.ts): the pane
 * learns where the cursor is from Word's selection-change events before Insert is pressed, so the
 * insert is its one write sync, and a cursor known to be in a table cell is refused before any sync.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMockWordHost, type MockWordHost, type SelectionEvents } from '../../word/testing/mockWordHost';
import { paneServices } from '../testing/paneFixtures';
import type { Schedule } from './useCursorPlace';
import { WordPane } from './WordPane';
import { officeWordPort } from './wordPort';

let host: MockWordHost;
afterEach(() => host.restore());

/** Reads after a move wait here until the test lets them run, as the pane's pause would. */
const settle = () => {
  const waiting: (() => void)[] = [];
  const schedule: Schedule = (run) => {
    waiting.push(run);
    return () => {
      const at = waiting.indexOf(run);
      if (at >= 0) waiting.splice(at, 1);
    };
  };
  return { schedule, runAll: () => act(() => waiting.splice(0).forEach((run) => run())) };
};

const open = async (selectionEvents: SelectionEvents = 'supported') => {
  host = createMockWordHost({}, { selectionEvents });
  host.install();
  const reads = settle();
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <WordPane
        services={paneServices()}
        word={officeWordPort}
        wordApi
        saveFile={jest.fn()}
        afterCursorMoves={reads.schedule}
      />
    </FluentProvider>,
  );
  await user.type(await screen.findByRole('combobox', { name: 'Pupil' }), 'Sam');
  await user.click(await screen.findByRole('option', { name: 'Sam Taylor (4B)' }));
  await screen.findByRole('radiogroup', { name: 'Template' });
  return { user, reads, view };
};

/** The teacher clicks into a table cell, and the pane reads where the cursor went; its notice. */
const clickIntoTableCell = async (reads: ReturnType<typeof settle>) => {
  // The one read when the pane opened, after Word confirmed the handler, came first.
  await waitFor(() => expect(host.syncCount).toBe(1));
  act(() => host.moveCursor({ inTableCell: true }));
  reads.runAll();
  return screen.findByRole('status', { name: 'The cursor is in a table cell' });
};

const insertButton = () => screen.getByRole('button', { name: 'Insert into document' });
const inserted = () => screen.findByText(/^Inserted the full plan for Sam Taylor/);

describe('Insert where the cursor is already known', () => {
  it('reads the cursor once when the pane opens, then inserts in exactly one sync', async () => {
    const { user } = await open();
    // The one read when the pane opened, after Word confirmed the handler.
    await waitFor(() => expect(host.syncCount).toBe(1));
    expect(host.selectionHandlers).toBe(1);

    await user.click(insertButton());
    await inserted();
    expect(host.syncCount).toBe(2);
    expect(host.inserts.map((i) => [i.target, i.batch])).toEqual([['selection', 2]]);
  });

  it('says before Insert is pressed that the cursor moved into a table cell, and Insert then writes nothing', async () => {
    const { user, reads } = await open();
    const notice = await clickIntoTableCell(reads);
    expect(within(notice).getByText(/A whole plan would be squeezed into one cell/)).toBeTruthy();
    expect(insertButton().getAttribute('aria-describedby')).toBe(notice.id);
    const syncsBefore = host.syncCount;

    await user.click(insertButton());
    const where = await screen.findByRole('group', { name: 'Where to insert the plan' });
    expect(host.inserts).toEqual([]);
    expect(host.syncCount).toBe(syncsBefore);

    await user.click(within(where).getByRole('button', { name: 'Insert after the table' }));
    await inserted();
    expect(host.inserts.map((i) => i.target)).toEqual(['after:table']);
  });

  it('offers the safe place from the notice itself, before Insert is pressed', async () => {
    const { user, reads } = await open();
    const notice = await clickIntoTableCell(reads);
    await user.click(within(notice).getByRole('button', { name: 'Insert after the table' }));
    await inserted();
    expect(host.inserts.map((i) => i.target)).toEqual(['after:table']);
  });

  it('does not trust an answer from before the cursor moved: Insert checks first', async () => {
    const { user } = await open();
    await waitFor(() => expect(host.syncCount).toBe(1));
    // Moved into a cell, and Insert pressed before the pane read where to.
    act(() => host.moveCursor({ inTableCell: true }));
    await user.click(insertButton());
    expect(await screen.findByRole('group', { name: 'Where to insert the plan' })).toBeTruthy();
    expect(host.inserts).toEqual([]);
    expect(host.syncCount).toBe(2);
  });

  it('stops listening to Word when the pane closes', async () => {
    const { view } = await open();
    await waitFor(() => expect(host.selectionHandlers).toBe(1));
    view.unmount();
    expect(host.selectionHandlers).toBe(0);
  });
});

describe.each<SelectionEvents>(['refused', 'absent'])(
  'Insert where Word reports no selection changes (%s)',
  (events) => {
    it('checks where the cursor is at every Insert: two syncs, and still refuses in a table cell', async () => {
      const { user } = await open(events);
      await user.click(insertButton());
      await inserted();
      expect(host.selectionHandlers).toBe(0);
      // One read-only check, then the write.
      expect(host.syncCount).toBe(2);
      expect(host.inserts.map((i) => i.batch)).toEqual([2]);

      host.moveCursor({ inTableCell: true });
      await user.click(insertButton());
      expect(await screen.findByRole('group', { name: 'Where to insert the plan' })).toBeTruthy();
      expect(host.inserts).toHaveLength(1);
      expect(host.syncCount).toBe(3);
    });
  },
);
