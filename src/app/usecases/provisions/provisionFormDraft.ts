import { sessionDraftSlot } from '../editing/sessionDraftSlot';
import { ProvisionFormValuesSchema } from './provisionForm';

/**
 * The provision form's unsaved values, kept over a reload in sessionStorage (keyed by a hash of the
 * user's email and the provision's id, or "new"; never a name), with the eTag they were typed over.
 */
export const provisionFormDraft = sessionDraftSlot('provision', ProvisionFormValuesSchema);
