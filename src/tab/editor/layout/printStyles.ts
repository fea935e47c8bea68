import { makeStaticStyles } from '@fluentui/react-components';

/**
 * Printing the editor prints the plan: no toolbar, navigation, buttons, history or reviews, and text
 * boxes grow to show all their text instead of a scrolled window of it.
 */
export const usePlanPrintStyles = makeStaticStyles(`
@media print {
  [data-plan-editor] [data-print='hide'],
  [data-plan-editor] button,
  [data-plan-editor] [role='toolbar'] {
    display: none !important;
  }
  [data-plan-editor] {
    display: block !important;
  }
  [data-plan-editor] textarea {
    field-sizing: content;
    overflow: visible;
    resize: none;
  }
  [data-plan-editor] section {
    break-inside: avoid-page;
  }
}
`);
