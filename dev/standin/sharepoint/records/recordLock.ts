import { GraphError } from '../../core/errors';

/**
 * What SharePoint answers when someone changes or deletes an item a record label locks. Graph lists 423
 * Locked for "the resource that is being accessed is locked" (https://learn.microsoft.com/en-us/graph/errors)
 * and answers it with the code `accessDenied` for a locked item (OneDrive API docs, issue #912 and PR #1199,
 * https://github.com/OneDrive/onedrive-api-docs/issues/912). The delete wording is SharePoint's own for a
 * record that blocks deletion (https://support.microsoft.com/en-us/help/2905419); we found no published text
 * for an edit, so the edit wording is the stand-in's. The product matches the status, never the words.
 */
export const RECORD_LOCKED_STATUS = 423;

export const recordLocked = (action: 'edit' | 'delete'): GraphError =>
  new GraphError(
    RECORD_LOCKED_STATUS,
    'accessDenied',
    action === 'delete'
      ? 'This item cannot be deleted, moved, or renamed because it is either on hold or is a record which blocks deletion.'
      : 'This item cannot be updated because it is a record which blocks editing.',
  );
