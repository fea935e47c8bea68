/**
 * Word's "the selection changed" event, through office.js's Common API, so the pane can read where
 * the cursor is before Insert is pressed (wordAdapter.ts: readCursorPlace).
 *
 * `Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler, callback)`
 * (requirement set DocumentEvents) registers asynchronously: only the callback's `AsyncResult` says
 * whether the handler was added, and the event carries no detail of the new selection, only that it
 * changed (DocumentSelectionChangedEventArgs: `document` and `type`).
 * https://learn.microsoft.com/en-us/javascript/api/office/office.document#office-office-document-addhandlerasync-member(1)
 * https://learn.microsoft.com/en-us/javascript/api/office/office.documentselectionchangedeventargs
 */

/** Stops the calls; the handler is removed from Word. */
export type StopWatching = () => void;

/**
 * Calls `onChange` after each change of selection, from the moment Word confirms the handler.
 * Resolves to the function that stops it, or to null where Word cannot report selection changes
 * (office.js absent, no addHandlerAsync, or Word answered that the handler was not added): the pane
 * must then treat where the cursor is as unknown at every Insert.
 */
export const watchSelection = (onChange: () => void): Promise<StopWatching | null> =>
  new Promise((resolve) => {
    const document = typeof Office === 'undefined' ? undefined : Office.context?.document;
    if (!document || typeof document.addHandlerAsync !== 'function') {
      resolve(null);
      return;
    }
    const eventType = Office.EventType.DocumentSelectionChanged;
    const handler = () => onChange();
    try {
      document.addHandlerAsync(eventType, handler, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          resolve(null);
          return;
        }
        resolve(() => document.removeHandlerAsync(eventType, { handler }));
      });
    } catch {
      // Some hosts throw rather than answer "failed" for an event they do not have.
      resolve(null);
    }
  });
