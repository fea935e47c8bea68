import { watchSelection } from './selectionEvents';
import { createMockWordHost, type MockWordHost } from './testing/mockWordHost';

let host: MockWordHost;
afterEach(() => host.restore());

const install = (selectionEvents: 'supported' | 'refused' | 'absent') => {
  host = createMockWordHost({}, { selectionEvents });
  host.install();
};

describe('watchSelection', () => {
  it('calls back on each change of selection once Word confirmed the handler, until stopped', async () => {
    install('supported');
    const onChange = jest.fn();
    const pending = watchSelection(onChange);
    // Word has not answered yet: as in Office, a move now reaches no handler.
    host.moveCursor({ inTableCell: true });
    const stop = await pending;
    expect(stop).not.toBeNull();
    expect(onChange).not.toHaveBeenCalled();

    host.moveCursor({});
    host.moveCursor({ inTableCell: true });
    expect(onChange).toHaveBeenCalledTimes(2);

    stop?.();
    host.moveCursor({});
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(host.selectionHandlers).toBe(0);
  });

  it.each(['refused', 'absent'] as const)(
    'answers null, and never calls back, where Word cannot report selection changes (%s)',
    async (events) => {
      install(events);
      const onChange = jest.fn();
      expect(await watchSelection(onChange)).toBeNull();
      host.moveCursor({ inTableCell: true });
      expect(onChange).not.toHaveBeenCalled();
    },
  );

  it('answers null outside Office', async () => {
    host = createMockWordHost();
    expect(await watchSelection(jest.fn())).toBeNull();
  });
});
