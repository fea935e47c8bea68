import { configure } from '@testing-library/react';

// Component tests run two at a time on a 2-core machine (and in CI beside other suites); Fluent's
// dialogs and lazy sections can take longer than Testing Library's 1 s default to appear there.
configure({ asyncUtilTimeout: 5000 });
