import { DOCUMENT_LANGUAGES, type DocumentLanguage } from '../../src-shared/contract';
import { currentLanguage } from './locale';

/**
 * What goes out in the interface language (the donor report, exported rosters): that language where
 * documents are written in it, else English. Apart from `locale.ts`, which the first screen loads:
 * the contract's values would come with it.
 */
export function interfaceDocumentLanguage(): DocumentLanguage {
  const { code } = currentLanguage();
  return DOCUMENT_LANGUAGES.find((language) => language === code) ?? 'en';
}
