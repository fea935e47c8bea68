import { type Provision } from '../../../domain';
import { DELIVERY_LABELS, STAFF_ROLE_LABELS } from '../../../domain/provision';
import { namesInWords } from '../../../app/usecases/provisions/provisionDelivery';

/** "Small group of up to 6" or "1:1". */
export const deliveryText = (provision: Pick<Provision, 'delivery' | 'groupSize'>): string =>
  provision.delivery === 'one-to-one'
    ? DELIVERY_LABELS['one-to-one']
    : `${DELIVERY_LABELS.group} of up to ${provision.groupSize}`;

/** "Teaching assistant: Mrs Bell and Mr Okafor". */
export const staffText = (
  provision: Pick<Provision, 'staffRole' | 'staffNames' | 'staffPerSession'>,
): string => {
  const role = STAFF_ROLE_LABELS[provision.staffRole];
  const names = namesInWords(provision.staffNames);
  const adults = provision.staffPerSession > 1 ? ` (${provision.staffPerSession} in each session)` : '';
  return `${role}${names ? `: ${names}` : ''}${adults}`;
};

/** "3 × 30 min". */
export const sessionsText = (provision: Pick<Provision, 'sessionsPerWeek' | 'minutesPerSession'>): string =>
  `${provision.sessionsPerWeek} × ${provision.minutesPerSession} min a week`;
