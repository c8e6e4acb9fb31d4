import { type documentCalls, type FileToSave, PRINT_ONLY_DOCUMENTS } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import type { CallsOf, DomainContext, DomainModule } from '../domain';
import { DOCX_MIME, printedPdf, safeFileName } from '../files';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { buildModel, type DocumentSources } from './model';

export type { DocumentSources } from './model';
/** What invitation letters share with the documents: dates and country names in a document's language. */
export { formatDates, LANGUAGE_LOCALES, resolveLocale } from './model';
export { countryNameIn, DOCUMENT_LABELS } from './labels';
/** A printable page in the documents' style, for the reports of other domains. */
export { html, page } from './html';
export { DOCUMENT_FONT_NAME, documentFontsForWord } from './fonts';

/** The agenda and the outcomes of an event as a printable page, Word and PDF; it reads through other domains and stores nothing. */
export function documentsDomain(_context: DomainContext, sources: DocumentSources): DomainModule<CallsOf<typeof documentCalls>> {
  return {
    handlers: {
      'documents.html': (input) => {
        const model = buildModel(sources, input);
        return { title: model.name, html: renderHtml(model) };
      },
      'documents.docx': async (input): Promise<FileToSave> => {
        if (PRINT_ONLY_DOCUMENTS.includes(input.document)) {
          throw new AppError('invalid_input', 'Badges and table cards are printed, not written to Word: print them or save them as PDF', {
            issues: [{ path: 'document', message: 'Badges and table cards are printed, not written to Word: print them or save them as PDF' }],
          });
        }
        const model = buildModel(sources, input);
        const file = await renderDocx(model);
        return { fileName: `${safeFileName(model.name)}.docx`, mimeType: DOCX_MIME, base64: file.toString('base64') };
      },
      'documents.pdf': (input) =>
        printedPdf(sources.printToPdf, () => {
          const model = buildModel(sources, input);
          return { name: model.name, html: renderHtml(model) };
        }),
    },
    api: {},
  };
}
