import { Body1, Button, Caption1, makeStyles, Title2, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppServices, SenSiteLocation } from '../../app/services';
import { asClassTeamId, isDomainError, type ClassTeam, type ClassTeamId } from '../../domain';
import type { TabInstanceConfig, TeamsConfigApi } from '../host/host.types';
import { withSchoolNation } from '../../app/schoolNation';
import { withSiteLocation } from '../../app/siteLocation';
import type { Nation } from '../../domain/terminology';
import { AccessDeniedScreen } from '../../ui/common/AccessDeniedScreen';
import { useLoad } from '../../ui/common/useLoad';
import { ClassPicker } from './ClassPicker';
import { NationPicker } from './NationPicker';
import { SenSiteStatusPanel, type ProvisionState } from './SenSiteStatusPanel';
import { useStaffAccess } from '../shared/useStaffAccess';

// The setup checks bring PnPjs with them: loaded once the lists are ready, never on the tab's first screen.
const SetupChecks = lazy(() => import(/* webpackChunkName: "setup-checks" */ './SetupChecks'));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingVerticalL,
    maxWidth: '44rem',
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  site: { color: tokens.colorNeutralForeground2, wordBreak: 'break-all' },
});

export interface ConfigPageProps {
  readonly services: AppServices;
  /** The SEN site named in app-config.json, shown so school IT can see which site is in use. */
  readonly senSite: string;
  /** The Teams context's team: the class chosen unless the user picks another. */
  readonly contextTeam: ClassTeam | null;
  /** In Teams' configuration frame; null in a plain browser, where the page offers "Open" instead of Save. */
  readonly teamsConfig: TeamsConfigApi | null;
  /** What Teams stores for the tab: where it loads and what it is called. */
  tabConfigFor(classTeamId: ClassTeamId): TabInstanceConfig;
  onOpenClass(classTeamId: ClassTeamId, displayName: string): void;
}

/** The context's team first (it may be missing from joinedTeams for a brand-new class), then the rest. */
const withContextTeam = (
  classes: readonly ClassTeam[],
  contextTeam: ClassTeam | null,
): readonly ClassTeam[] =>
  contextTeam && !classes.some((c) => c.id === contextTeam.id) ? [contextTeam, ...classes] : classes;

/**
 * The saved tab's URLs carry where the lists are, so opening it reads the class at once, and the
 * school's nation, so new plans use its guidance.
 */
const carryingSettings = (
  instance: TabInstanceConfig,
  location: SenSiteLocation | null,
  nation: Nation,
): TabInstanceConfig => ({
  ...instance,
  contentUrl: withSchoolNation(withSiteLocation(instance.contentUrl, location), nation),
  websiteUrl: withSchoolNation(withSiteLocation(instance.websiteUrl, location), nation),
});

/**
 * Adding IEP Planner to a class team: check the SEN site, create missing lists, choose the class.
 * Teams' Save button is enabled only when the site is ready and a class is chosen.
 */
export const ConfigPage = ({
  services,
  senSite,
  contextTeam,
  teamsConfig,
  tabConfigFor,
  onOpenClass,
}: ConfigPageProps) => {
  const styles = useStyles();
  const checkSite = useCallback(() => services.checkSenSite(), [services]);
  const listClasses = useCallback(() => services.listMyClasses(), [services]);
  const site = useLoad(checkSite);
  const classes = useLoad(listClasses);
  const [provision, setProvision] = useState<ProvisionState>({ status: 'idle' });
  const [chosen, setChosen] = useState<string>('');
  const [nation, setNation] = useState<Nation>(services.settings.nation);
  const staffAccess = useStaffAccess(services);

  const classList = useMemo(
    () => (classes.state.status === 'ready' ? withContextTeam(classes.state.data, contextTeam) : []),
    [classes.state, contextTeam],
  );
  const selected = chosen || contextTeam?.id || classList[0]?.id || '';
  const siteReady =
    site.state.status === 'ready' &&
    site.state.data.missing.length === 0 &&
    (site.state.data.conflicts ?? []).length === 0 &&
    provision.status !== 'running';
  const valid = siteReady && selected !== '' && classList.some((c) => c.id === selected);

  // Teams calls the save handler later; it must see the class chosen by then, not at registration.
  const selectedRef = useRef(selected);
  const nationRef = useRef(nation);
  const locationRef = useRef<SenSiteLocation | null>(null);
  const location = site.state.status === 'ready' ? (site.state.data.location ?? null) : null;
  useEffect(() => {
    selectedRef.current = selected;
    nationRef.current = nation;
    locationRef.current = location;
  }, [selected, nation, location]);

  useEffect(() => {
    teamsConfig?.setValidityState(valid);
  }, [teamsConfig, valid]);

  useEffect(() => {
    teamsConfig?.registerOnSaveHandler(() =>
      teamsConfig.setConfig(
        carryingSettings(
          tabConfigFor(asClassTeamId(selectedRef.current)),
          locationRef.current,
          nationRef.current,
        ),
      ),
    );
  }, [teamsConfig, tabConfigFor]);

  const runProvisioning = async () => {
    setProvision({ status: 'running', progress: null });
    try {
      await services.provisionSenSite((progress) => setProvision({ status: 'running', progress }));
      setProvision({ status: 'idle' });
      site.reload();
    } catch (error) {
      setProvision({ status: 'failed', error });
    }
  };

  if (
    site.state.status === 'error' &&
    isDomainError(site.state.error) &&
    site.state.error.code === 'access-denied'
  ) {
    return <AccessDeniedScreen />;
  }

  return (
    <section className={styles.root} aria-labelledby="config-title">
      <Title2 as="h1" id="config-title">
        Set up IEPs for a class
      </Title2>
      <div className={styles.section}>
        <Body1>
          IEPs are kept in the school&apos;s SEN site, where only staff the school has added can see them:
        </Body1>
        <Caption1 className={styles.site}>{senSite}</Caption1>
        <SenSiteStatusPanel
          site={site.state}
          provision={provision}
          onProvision={() => void runProvisioning()}
          mayRerun={staffAccess?.isSenLead === true}
          onRecheck={site.reload}
        />
        {siteReady && location ? (
          <Suspense fallback={null}>
            <SetupChecks services={services} listId={location.listIds.pupils} />
          </Suspense>
        ) : null}
      </div>
      <div className={styles.section}>
        <ClassPicker
          classes={classes.state.status === 'ready' ? { status: 'ready', data: classList } : classes.state}
          value={selected}
          onChange={setChosen}
          onRetry={classes.reload}
        />
        <NationPicker value={nation} onChange={setNation} />
        {teamsConfig ? (
          <Body1>
            {valid
              ? 'Select Save to add the IEPs tab.'
              : 'Save is available once the SEN site is ready and a class is chosen.'}
          </Body1>
        ) : (
          <div>
            <Button
              appearance="primary"
              disabled={!valid}
              onClick={() =>
                onOpenClass(
                  asClassTeamId(selected),
                  classList.find((c) => c.id === selected)?.displayName ?? '',
                )
              }
            >
              Open the class
            </Button>
          </div>
        )}
      </div>
    </section>
  );
};
