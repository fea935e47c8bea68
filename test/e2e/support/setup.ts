// A browser test starts Chromium and a stand-in; on 2 cores that can take longer than jest's default.
jest.setTimeout(120_000);
