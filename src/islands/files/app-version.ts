/** The site's version, written into every export for support questions. Only this one field of package.json is bundled. */
import { version } from '../../../package.json';

export const APP_VERSION: string = version;
