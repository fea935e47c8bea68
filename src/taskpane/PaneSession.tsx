import { Field, makeStyles, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { AppConfig } from '../app/config';
import { initialPersona, PERSONA_STORAGE_KEY, type Persona } from '../app/personas';
import type { AppServices, ServiceDeps } from '../app/services';
import type { Clock } from '../domain';
import type { PaneHost } from './host/officeHost';
import type { SaveFile } from './outside/DownloadDocxButton';
import { OutsidePane } from './outside/OutsidePane';
import { ErrorMessage } from './shared/ErrorMessage';
import { useNarrowField } from './shared/useNarrowField';
import { useLoad } from './shared/useLoad';
import { WordPane } from './word/WordPane';
import type { WordPort } from './word/wordPort';

const useStyles = makeStyles({
  user: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalM,
  },
});

export type CreateServices = (config: AppConfig, deps: ServiceDeps) => Promise<AppServices>;

export interface PaneSessionProps {
  readonly config: AppConfig;
  readonly host: PaneHost;
  readonly clock: Clock;
  readonly createServices: CreateServices;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  readonly search: string;
  readonly word: WordPort;
  readonly saveFile: SaveFile;
  loginHint(): Promise<string | undefined>;
}

/** Local demo only: which invented user the stand-in answers as. */
const PersonaPicker = ({
  personas,
  current,
  disabled,
  onSwitch,
}: {
  readonly personas: readonly Persona[];
  readonly current: Persona;
  readonly disabled: boolean;
  onSwitch(next: Persona): void;
}) => {
  const narrow = useNarrowField();
  return (
    <Field className={narrow.root} label="Demo persona" hint="Local demo only: switching signs you out.">
      <Select
        value={current.email}
        disabled={disabled}
        onChange={(_event, data) => {
          const next = personas.find((p) => p.email === data.value);
          if (next && next.email !== current.email) onSwitch(next);
        }}
      >
        {personas.map((p) => (
          <option key={p.email} value={p.email}>{`${p.name} (${p.role})`}</option>
        ))}
      </Select>
    </Field>
  );
};

/** Signs in (or picks the demo persona) and shows the pane for Word or for a plain browser. */
export const PaneSession = (props: PaneSessionProps) => {
  const { config, host, clock, createServices, storage, search, word, saveFile, loginHint } = props;
  const styles = useStyles();
  const [persona, setPersona] = useState<Persona | null>(() =>
    config.mode === 'local'
      ? initialPersona(config, search, storage?.getItem(PERSONA_STORAGE_KEY) ?? null)
      : null,
  );
  const [switching, setSwitching] = useState(false);

  const build = useCallback(
    () => createServices(config, { clock, persona, hostReady: Promise.resolve(), loginHint }),
    [createServices, config, clock, persona, loginHint],
  );
  const { state, reload } = useLoad(build);

  const switchPersona = async (next: Persona) => {
    setSwitching(true);
    try {
      if (state.status === 'ready') await state.data.signOut();
    } finally {
      storage?.setItem(PERSONA_STORAGE_KEY, next.email);
      setPersona(next);
      setSwitching(false);
    }
  };

  if (state.status === 'loading' || state.status === 'idle' || switching) {
    return <Spinner labelPosition="after" label="Signing in…" />;
  }
  if (state.status === 'error') {
    return <ErrorMessage error={state.error} title="IEP Planner could not sign you in" onRetry={reload} />;
  }
  const services = state.data;
  return (
    <>
      <div className={styles.user}>
        <Text>Signed in as {services.currentUser.name}</Text>
        {config.mode === 'local' && persona ? (
          <PersonaPicker
            personas={config.personas}
            current={persona}
            disabled={switching}
            onSwitch={(next) => void switchPersona(next)}
          />
        ) : null}
      </div>
      {host.kind === 'word' ? (
        <WordPane
          key={services.currentUser.email}
          services={services}
          word={word}
          wordApi={host.wordApi}
          saveFile={saveFile}
        />
      ) : (
        <OutsidePane key={services.currentUser.email} services={services} saveFile={saveFile} />
      )}
    </>
  );
};
