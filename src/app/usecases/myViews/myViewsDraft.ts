import { z } from 'zod';
import { MyViewsSchema } from '../../../domain/myViews';
import { sessionDraftSlot } from '../editing/sessionDraftSlot';
import type { ViewsEdit } from './saveMyViews';

// Parents' views as typed, even past the field's limit: the form says so at the field, the draft keeps it.
const ViewsEditSchema = z.object({ myViews: MyViewsSchema, parentViews: z.string() });

export interface ViewsDraft {
  readonly edit: ViewsEdit;
  /**
   * The views as read before typing began: restored with the draft so the save writes only what was
   * typed here, and a colleague's save since then shows as a conflict rather than being undone.
   */
  readonly base: ViewsEdit;
}

/** The My views page's unsaved answers, per user and plan, for this tab's session (see sessionDraftSlot). */
export const myViewsDraft = sessionDraftSlot<ViewsDraft>(
  'my-views',
  z.object({ edit: ViewsEditSchema, base: ViewsEditSchema }),
);
