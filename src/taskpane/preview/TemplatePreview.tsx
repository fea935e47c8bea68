/**
 * A read-only preview of the chosen template, loaded on demand (it brings the renderer with it).
 * Everything is shown as React text and tables; nothing is rendered as HTML.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useMemo, type ReactNode } from 'react';
import { DOCUMENT_LABELS, type DocumentInput, type DocumentKind } from '../../app/documents';
import { renderTemplate } from '../../word/renderTemplate';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import {
  previewBlocks,
  type PreviewBlock,
  type PreviewParagraphStyle,
  type PreviewRow,
} from './previewModel';

const useStyles = makeStyles({
  region: {
    maxHeight: '55vh',
    overflow: 'auto',
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  text: { whiteSpace: 'pre-wrap', margin: `0 0 ${tokens.spacingVerticalS}` },
  title: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
  },
  heading1: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
  heading2: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
  },
  subtitle: { color: tokens.colorNeutralForeground3 },
  table: { borderCollapse: 'collapse', width: '100%', marginBottom: tokens.spacingVerticalS },
  caption: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    verticalAlign: 'top',
    textAlign: 'start',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'break-word',
  },
  label: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
});

type Styles = ReturnType<typeof useStyles>;

const WIDE_TABLE_COLUMNS = 4;

/** The preview sits under the pane's "Preview" heading (h2), so the document's own headings start at h3. */
const Paragraph = ({
  style,
  text,
  styles,
}: {
  style: PreviewParagraphStyle;
  text: string;
  styles: Styles;
}): ReactNode => {
  if (style === 'title') return <h3 className={mergeClasses(styles.text, styles.title)}>{text}</h3>;
  if (style === 'heading1') return <h4 className={mergeClasses(styles.text, styles.heading1)}>{text}</h4>;
  if (style === 'heading2') return <h5 className={mergeClasses(styles.text, styles.heading2)}>{text}</h5>;
  return <p className={mergeClasses(styles.text, style === 'subtitle' && styles.subtitle)}>{text}</p>;
};

const Row = ({ row, styles }: { row: PreviewRow; styles: Styles }) => (
  <tr>
    {row.cells.map((cell, index) =>
      row.header || cell.label ? (
        <th
          key={index}
          scope={row.header ? 'col' : 'row'}
          colSpan={cell.span > 1 ? cell.span : undefined}
          className={mergeClasses(styles.cell, styles.label)}
        >
          {cell.text}
        </th>
      ) : (
        <td key={index} colSpan={cell.span > 1 ? cell.span : undefined} className={styles.cell}>
          {cell.text}
        </td>
      ),
    )}
  </tr>
);

const Block = ({ block, styles }: { block: PreviewBlock; styles: Styles }) => {
  if (block.type === 'paragraph') return <Paragraph style={block.style} text={block.text} styles={styles} />;
  const head = block.rows.filter((row) => row.header);
  const columns = Math.max(
    0,
    ...block.rows.map((row) => row.cells.reduce((sum, cell) => sum + cell.span, 0)),
  );
  // A wide target table scrolls sideways in a narrow pane rather than breaking every word.
  const minWidth = columns > WIDE_TABLE_COLUMNS ? `${columns * 5.5}rem` : undefined;
  const body = block.rows.filter((row) => !row.header);
  return (
    <table className={styles.table} style={minWidth ? { minWidth } : undefined}>
      {block.caption ? <caption className={styles.caption}>{block.caption}</caption> : null}
      {head.length > 0 ? (
        <thead>
          {head.map((row, index) => (
            <Row key={index} row={row} styles={styles} />
          ))}
        </thead>
      ) : null}
      <tbody>
        {body.map((row, index) => (
          <Row key={index} row={row} styles={styles} />
        ))}
      </tbody>
    </table>
  );
};

export interface TemplatePreviewProps {
  readonly kind: DocumentKind;
  readonly input: DocumentInput;
}

const TemplatePreview = ({ kind, input }: TemplatePreviewProps) => {
  const styles = useStyles();
  const result = useMemo(() => {
    try {
      return { blocks: previewBlocks(renderTemplate(kind, input).bodyXml) } as const;
    } catch (error) {
      return { error } as const;
    }
  }, [kind, input]);

  if ('error' in result) return <ErrorMessage error={result.error} title="The preview could not be made" />;
  return (
    // A scrolling region must be reachable by keyboard so its content can be scrolled without a mouse.
    <section
      tabIndex={0}
      aria-label={`Preview: ${DOCUMENT_LABELS[kind]} for ${input.plan.pupil.name}`}
      className={styles.region}
    >
      {result.blocks.map((block, index) => (
        <Block key={index} block={block} styles={styles} />
      ))}
    </section>
  );
};

export default TemplatePreview;
