import { localDate } from '../../lib/dates';
import { checkPracticeImport, exportPractice } from '../../stores/practice-transfer';
import TransferBox from '../shared/TransferBox';

/**
 * The practice home's backup box: export and import of practice records. Its own module, loaded after the home has
 * rendered, so the export code and the schemas an import is checked with (zod/mini, about 9 kB gzip) stay off the
 * home's own file: the start screen and a kept tap's drill do not wait for them.
 */
export default function PracticeTransfer() {
  return (
    <TransferBox
      label="练习记录"
      exporter={{ fileName: `练习记录-${localDate()}.json`, onExport: exportPractice }}
      onImport={checkPracticeImport}
    />
  );
}
