import { mapLabels, serbianLatin } from '../../../src-shared/serbian-latin';
import { zodLocale } from './messages';
import { srCyrl } from './sr-Cyrl';

// Letter for letter from the Cyrillic, as the sr-Latn interface catalog is.
export const srLatn = mapLabels(srCyrl, serbianLatin);

export default zodLocale(srLatn);
