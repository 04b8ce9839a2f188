/** The sections under the file list, one chunk loaded after the list (the page's first-load budget). */
export { BackupList } from './BackupList';
export { ImportPanel } from './ImportPanel';
export { PotentialCustomers } from './PotentialCustomers';
