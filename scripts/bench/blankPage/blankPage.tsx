/**
 * The yardstick for the tab's first render: the least a Fluent UI page can be (React, the Fluent
 * provider with the tab's Teams light theme, one Text). The bench marks it ready the way it marks
 * the tab's dashboard: when the element it waits for is in the page with a size.
 */
import { FluentProvider, Text, teamsLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <FluentProvider theme={teamsLightTheme}>
      <Text as="p" data-bench-ready="">
        IEP Planner
      </Text>
    </FluentProvider>,
  );
}
