import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalL,
  },
  title: { width: '40%' },
});

export interface PageSkeletonProps {
  /** Announced to screen readers while the page loads, e.g. "Loading the class". */
  readonly label: string;
  readonly rows?: number;
}

/** A grey outline of a page while its data loads; one status region says what is loading. */
export const PageSkeleton = ({ label, rows = 6 }: PageSkeletonProps) => {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" aria-busy="true" aria-label={label}>
      <Skeleton className={styles.root} aria-hidden="true">
        <SkeletonItem size={28} className={styles.title} />
        {Array.from({ length: rows }, (_, i) => (
          <SkeletonItem key={i} size={24} />
        ))}
      </Skeleton>
    </div>
  );
};
