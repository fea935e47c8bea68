import { makeStyles, tokens } from '@fluentui/react-components';

export const useProgressChartStyles = makeStyles({
  root: { maxWidth: '320px' },
  svg: { width: '100%', height: 'auto', display: 'block' },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  axisText: { fill: tokens.colorNeutralForeground3, fontSize: '9px' },
  line: { stroke: tokens.colorBrandForeground1, strokeWidth: 2, fill: 'none' },
  point: { fill: tokens.colorBrandForeground1, stroke: tokens.colorNeutralBackground1, strokeWidth: 1.5 },
  empty: { color: tokens.colorNeutralForeground3, marginTop: 0, marginBottom: 0 },
});
