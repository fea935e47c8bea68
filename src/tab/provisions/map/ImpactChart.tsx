import { makeStyles, tokens } from '@fluentui/react-components';
import {
  IMPACT_BAR_HEIGHT,
  IMPACT_CHART_WIDTH,
  IMPACT_LABEL_WIDTH,
  impactChartLayout,
  impactChartSummary,
  type ImpactChartRow,
} from './impactChartGeometry';

const useStyles = makeStyles({
  root: { maxWidth: `${IMPACT_CHART_WIDTH}px` },
  svg: { width: '100%', height: 'auto', display: 'block' },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  rise: { fill: tokens.colorBrandBackground },
  fall: { fill: tokens.colorPaletteRedBackground3 },
  text: { fill: tokens.colorNeutralForeground2, fontSize: '11px' },
});

/**
 * Mean change per provision as bars, drawn by hand in SVG like the progress chart. It is one image
 * with a spoken summary; the same numbers are in the table beside it, so nothing is only in the picture.
 */
export const ImpactChart = ({ rows }: { readonly rows: readonly ImpactChartRow[] }) => {
  const styles = useStyles();
  const { bars, zeroX, height } = impactChartLayout(rows);
  if (bars.length === 0) return null;
  return (
    <div className={styles.root}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${IMPACT_CHART_WIDTH} ${height}`}
        role="img"
        aria-label={impactChartSummary(rows)}
        focusable="false"
      >
        {bars.map((bar) => (
          <g key={bar.key}>
            <text
              className={styles.text}
              x={IMPACT_LABEL_WIDTH - 8}
              y={bar.y + IMPACT_BAR_HEIGHT - 4}
              textAnchor="end"
            >
              {bar.name.length > 26 ? `${bar.name.slice(0, 25)}…` : bar.name}
            </text>
            <rect
              className={bar.value < 0 ? styles.fall : styles.rise}
              x={bar.x}
              y={bar.y}
              width={bar.width}
              height={IMPACT_BAR_HEIGHT}
            />
            <text
              className={styles.text}
              x={bar.value < 0 ? bar.x - 4 : bar.x + bar.width + 4}
              y={bar.y + IMPACT_BAR_HEIGHT - 4}
              textAnchor={bar.value < 0 ? 'end' : 'start'}
            >
              {bar.valueText}
            </text>
          </g>
        ))}
        <line className={styles.axis} x1={zeroX} x2={zeroX} y1={0} y2={height} />
      </svg>
    </div>
  );
};
