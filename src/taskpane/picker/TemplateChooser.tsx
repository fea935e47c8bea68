import { Field, Radio, RadioGroup, Select } from '@fluentui/react-components';
import { DOCUMENT_KINDS, DOCUMENT_LABELS, type DocumentKind } from '../../app/documents';
import { asReviewId } from '../../domain';
import { useNarrowField } from '../shared/useNarrowField';
import { reviewLabel, type DocumentSelection } from './useDocumentSelection';

const HINTS: Readonly<Record<DocumentKind, string>> = {
  'full-iep': 'Everything in the plan, with signatures.',
  'targets-table': 'Just the short-term targets.',
  'review-record': 'One review meeting: who came, what was said, outcomes.',
  'one-page-profile': "The pupil's voice: about me and my targets.",
  'childs-plan': 'Section 4 of the Child\u2019s Plan, with wellbeing indicators.',
};

const isDocumentKind = (value: string): value is DocumentKind =>
  (DOCUMENT_KINDS as readonly string[]).includes(value);

/** Which document to make, and for a review record, which review. */
export const TemplateChooser = ({ selection }: { readonly selection: DocumentSelection }) => {
  const narrow = useNarrowField();
  return (
    <>
      <Field label="Template" hint={HINTS[selection.kind]}>
        <RadioGroup
          value={selection.kind}
          onChange={(_event, data) => {
            if (isDocumentKind(data.value)) selection.chooseKind(data.value);
          }}
        >
          {DOCUMENT_KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={DOCUMENT_LABELS[kind]} />
          ))}
        </RadioGroup>
      </Field>
      {selection.kind === 'review-record' && selection.reviews.length > 0 ? (
        <Field className={narrow.root} label="Review">
          <Select
            value={selection.review?.id ?? ''}
            onChange={(_event, data) => selection.chooseReview(asReviewId(data.value))}
          >
            {selection.reviews.map((review) => (
              <option key={review.id} value={review.id}>
                {reviewLabel(review)}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
    </>
  );
};
