/** The Word add-in's figures from scripts/bench-word.ts, as rows of the bench table. */
import { benchWord } from '../bench-word';
import { atMost, below, type BenchRow } from './report';

const RENDERS = 300;

export const benchWordRows = async (): Promise<BenchRow[]> => {
  const word = await benchWord(RENDERS);
  return [
    {
      name: 'Word: sync() calls to insert a plan',
      value: word.syncsInsert,
      unit: 'syncs',
      budget: atMost(1),
      note: 'full IEP, 12 targets, cursor read when it last moved: the write alone',
    },
    {
      name: 'Word: sync() calls to insert, no selection events',
      value: word.syncsInsertWithPlaceCheck,
      unit: 'syncs',
      budget: atMost(2),
      note: 'Word reports no selection changes: a read of where the cursor is, then the write',
    },
    {
      name: 'Word: sync() calls to refresh',
      value: word.syncsRefresh,
      unit: 'syncs',
      budget: atMost(2),
      note: 'two inserted templates, edits read in the same batch',
    },
    {
      name: 'Word: render full IEP, 1 target',
      value: word.renderMs1,
      unit: 'ms',
      budget: below(50),
      note: `mean of ${RENDERS}`,
    },
    {
      name: 'Word: render full IEP, 12 targets',
      value: word.renderMs12,
      unit: 'ms',
      budget: below(50),
      note: `mean of ${RENDERS}`,
    },
  ];
};
