import { detectPaneHost, type OfficeLike } from './officeHost';
import { themeFromOffice } from './officeTheme';

const office = (host: unknown, overrides: Partial<OfficeLike> = {}): OfficeLike => ({
  onReady: () => Promise.resolve({ host }),
  context: { requirements: { isSetSupported: (name, version) => name === 'WordApi' && version === '1.1' } },
  ...overrides,
});

describe('detectPaneHost', () => {
  it('is outside Word at once when office.js did not load (no Office global)', async () => {
    await expect(detectPaneHost(undefined, 5000, false)).resolves.toEqual({
      kind: 'outside',
      reason: 'no-office-js',
      theme: 'light',
    });
  });

  it('finds Word, with its API and theme', async () => {
    const word = office('Word', {
      context: {
        requirements: { isSetSupported: () => true },
        officeTheme: { isDarkTheme: true, bodyBackgroundColor: '#1f1f1f' },
      },
    });
    await expect(detectPaneHost(word, 5000, false)).resolves.toEqual({
      kind: 'word',
      wordApi: true,
      theme: 'dark',
    });
  });

  it('reports a Word too old for WordApi 1.1', async () => {
    const old = office('Word', { context: { requirements: { isSetSupported: () => false } } });
    await expect(detectPaneHost(old, 5000, false)).resolves.toMatchObject({ kind: 'word', wordApi: false });
  });

  it('is outside Word in another Office app or a plain browser (no host)', async () => {
    await expect(detectPaneHost(office('Excel'), 5000, false)).resolves.toMatchObject({
      kind: 'outside',
      reason: 'other-host',
    });
    await expect(detectPaneHost(office(null), 5000, false)).resolves.toMatchObject({
      kind: 'outside',
      reason: 'other-host',
    });
  });

  it('gives up waiting when Office never becomes ready', async () => {
    jest.useFakeTimers();
    try {
      const never = office('Word', { onReady: () => new Promise(() => undefined) });
      const found = detectPaneHost(never, 5000, false);
      jest.advanceTimersByTime(5000);
      await expect(found).resolves.toEqual({ kind: 'outside', reason: 'timed-out', theme: 'light' });
    } finally {
      jest.useRealTimers();
    }
  });

  it('uses high contrast whenever Windows forces colours, in Word or not', async () => {
    await expect(detectPaneHost(office('Word'), 5000, true)).resolves.toMatchObject({ theme: 'contrast' });
    await expect(detectPaneHost(undefined, 5000, true)).resolves.toMatchObject({ theme: 'contrast' });
  });
});

describe('themeFromOffice', () => {
  it("follows Office's dark flag, else the darkness of the pane background, else light", () => {
    expect(themeFromOffice({ isDarkTheme: true, bodyBackgroundColor: '#ffffff' }, false)).toBe('dark');
    expect(themeFromOffice({ bodyBackgroundColor: '#262626' }, false)).toBe('dark');
    expect(themeFromOffice({ isDarkTheme: false, bodyBackgroundColor: '#f3f3f3' }, false)).toBe('light');
    expect(themeFromOffice({ bodyBackgroundColor: 'not a colour' }, false)).toBe('light');
    expect(themeFromOffice(undefined, false)).toBe('light');
  });
});
