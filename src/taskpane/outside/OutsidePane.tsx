import type { AppServices } from '../../app/services';
import { DocumentChooser } from '../picker/DocumentChooser';
import { useDocumentSelection } from '../picker/useDocumentSelection';
import { DownloadDocxButton, type SaveFile } from './DownloadDocxButton';

export interface OutsidePaneProps {
  readonly services: AppServices;
  readonly saveFile: SaveFile;
}

/** Outside Word: the same pickers and preview, with a .docx download instead of Insert. */
export const OutsidePane = ({ services, saveFile }: OutsidePaneProps) => {
  const selection = useDocumentSelection(services);
  return (
    <DocumentChooser
      selection={selection}
      actions={() => (
        <DownloadDocxButton
          exporter={services.documents}
          kind={selection.kind}
          input={selection.input}
          disabled={selection.blocked !== null}
          saveFile={saveFile}
          names={services.settings.documentNames}
        />
      )}
    />
  );
};
