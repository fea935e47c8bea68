import { Body1, makeStyles, Title2, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingVerticalXXL,
    maxWidth: '48rem',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** The configuration file is missing or wrong: say exactly what to fix (for school IT, not for teachers). */
export const ConfigErrorScreen = ({ problems }: { readonly problems: readonly string[] }) => {
  const styles = useStyles();
  return (
    <section className={styles.root} role="alert" aria-labelledby="config-error-title">
      <Title2 as="h1" id="config-error-title">
        IEP Planner is not set up correctly
      </Title2>
      <Body1>The app&apos;s configuration file, app-config.json, cannot be used:</Body1>
      <ul className={styles.list}>
        {problems.map((problem) => (
          <li key={problem}>
            <Body1>{problem}</Body1>
          </li>
        ))}
      </ul>
      <Body1>Ask school IT to correct app-config.json, then reload this page.</Body1>
    </section>
  );
};
