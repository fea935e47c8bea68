import { mergeClasses } from '@fluentui/react-components';
import type { Evidence } from '../../domain/target';
import { useVisuallyHiddenStyles } from '../common/visuallyHidden.styles';
import {
  CHART_HEIGHT,
  CHART_PADDING,
  CHART_WIDTH,
  chartDate,
  chartPoints,
  chartSummary,
  chartableEvidence,
  ratingLabel,
  ratingY,
} from './progressChartGeometry';
import { useProgressChartStyles } from './useProgressChartStyles.styles';

export interface ProgressChartProps {
  readonly evidence: readonly Evidence[];
  /** Names the target in the summary, e.g. "short-term target 2". */
  readonly targetName: string;
  readonly className?: string;
}

/**
 * Ratings over time, drawn by hand in SVG (no chart library in the bundle). The picture is one image
 * with a spoken summary; the numbers behind it are in a visually hidden table for screen readers.
 */
export const ProgressChart = ({ evidence, targetName, className }: ProgressChartProps) => {
  const styles = useProgressChartStyles();
  const hidden = useVisuallyHiddenStyles();
  const points = chartPoints(evidence);
  const summary = chartSummary(targetName, evidence);
  if (points.length === 0) return <p className={mergeClasses(styles.empty, className)}>{summary}</p>;
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <div className={mergeClasses(styles.root, className)}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`}
        role="img"
        aria-label={summary}
        focusable="false"
      >
        {[1, 2, 3, 4, 5].map((rating) => (
          <g key={rating}>
            <line
              className={styles.grid}
              x1={CHART_PADDING.left}
              x2={CHART_WIDTH - CHART_PADDING.right}
              y1={ratingY(rating)}
              y2={ratingY(rating)}
            />
            <text
              className={styles.axisText}
              x={CHART_PADDING.left - 8}
              y={ratingY(rating) + 3}
              textAnchor="end"
            >
              {rating}
            </text>
          </g>
        ))}
        {points.length > 1 && (
          <polyline className={styles.line} points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
        )}
        {points.map((p, index) => (
          <circle key={`${p.date}-${index}`} className={styles.point} cx={p.x} cy={p.y} r={4} />
        ))}
        {first && (
          <text className={styles.axisText} x={first.x} y={CHART_HEIGHT - 6} textAnchor="start">
            {chartDate(first.date)}
          </text>
        )}
        {last && last !== first && (
          <text className={styles.axisText} x={last.x} y={CHART_HEIGHT - 6} textAnchor="end">
            {chartDate(last.date)}
          </text>
        )}
      </svg>
      <table className={hidden.root}>
        <caption>Ratings behind the progress chart for {targetName}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Rating</th>
          </tr>
        </thead>
        <tbody>
          {chartableEvidence(evidence).map((e) => (
            <tr key={e.id}>
              <td>{chartDate(e.date)}</td>
              <td>{ratingLabel(e.rating)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
