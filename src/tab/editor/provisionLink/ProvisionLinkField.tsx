import { Field, Input, Select } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Provision } from '../../../domain';
import type { LoadState } from '../../../ui/common/useLoad';

export interface ProvisionLinkFieldProps {
  /** The linked provision's id, if any. */
  readonly provisionId: string | undefined;
  readonly readOnly: boolean;
  readonly fieldPath: string;
  /** Reads the school's catalogue (once for the whole editor). */
  readonly loadCatalogue: () => Promise<readonly Provision[]>;
  onChoose(provision: Provision | null): void;
}

const NONE = '';

/**
 * "Delivered through a school provision": None, or one of the catalogue's provisions still offered.
 * The catalogue is read only when the select is first opened (or the target is already linked), so a
 * plan's first load makes no request for it.
 */
export const ProvisionLinkField = (props: ProvisionLinkFieldProps) => {
  const { provisionId, loadCatalogue } = props;
  const [state, setState] = useState<LoadState<readonly Provision[]> | { readonly status: 'idle' }>({
    status: 'idle',
  });
  const start = () => {
    if (state.status === 'loading' || state.status === 'ready') return;
    setState({ status: 'loading' });
    loadCatalogue().then(
      (data) => setState({ status: 'ready', data }),
      (error: unknown) => setState({ status: 'error', error }),
    );
  };
  const linked = provisionId !== undefined;
  useEffect(() => {
    if (!linked) return undefined;
    let current = true;
    loadCatalogue().then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => current && setState({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [linked, loadCatalogue]);

  const catalogue = state.status === 'ready' ? state.data : [];
  const chosen = catalogue.find((p) => p.id === provisionId);
  const offered = catalogue.filter((p) => !p.retired).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const current: { value: string; label: string } | null =
    provisionId === undefined || offered.some((p) => p.id === provisionId)
      ? null
      : {
          value: provisionId,
          label:
            state.status === 'ready'
              ? chosen
                ? `${chosen.name} (no longer offered)`
                : 'A provision no longer in the catalogue'
              : 'A school provision',
        };
  const options = [
    { value: NONE, label: 'None' },
    ...(current ? [current] : []),
    ...offered.map((p) => ({ value: p.id, label: p.name })),
  ];
  const hint =
    state.status === 'loading'
      ? "Loading the school's provisions…"
      : linked
        ? `Strategies, who delivers it and how often come from ${chosen?.name ?? 'the provision'}. Choose None to unlink and keep the text.`
        : 'Choose one to fill in how it is taught, by whom and how often.';
  const failed = state.status === 'error';

  return (
    <Field
      label="Delivered through a school provision"
      hint={failed ? undefined : hint}
      validationState={failed ? 'error' : 'none'}
      validationMessage={
        failed ? "The school's provisions could not be loaded. Open the list again to try again." : undefined
      }
    >
      {props.readOnly ? (
        <Input
          readOnly
          value={options.find((o) => o.value === (provisionId ?? NONE))?.label ?? ''}
          data-field-path={props.fieldPath}
        />
      ) : (
        <Select
          value={provisionId ?? NONE}
          data-field-path={props.fieldPath}
          onFocus={start}
          onPointerDown={start}
          onChange={(_, data) => {
            if (data.value === NONE) props.onChoose(null);
            else {
              const provision = catalogue.find((p) => p.id === data.value);
              if (provision) props.onChoose(provision);
            }
          }}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
};
