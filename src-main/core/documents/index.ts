import type { documentCalls, DocumentFile } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import type { Handlers } from '../dispatch';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { buildModel, type DocumentSources, safeFileName } from './model';

export type { DocumentSources } from './model';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The handlers of the document export calls. */
export function documentHandlers(sources: DocumentSources): Pick<Handlers, keyof typeof documentCalls> {
  return {
    'documents.html': (input) => {
      const model = buildModel(sources, input);
      return { title: model.name, html: renderHtml(model) };
    },
    'documents.docx': async (input): Promise<DocumentFile> => {
      const model = buildModel(sources, input);
      const file = await renderDocx(model);
      return { fileName: `${safeFileName(model.name)}.docx`, mimeType: DOCX_MIME, base64: file.toString('base64') };
    },
    'documents.pdf': async (input): Promise<DocumentFile> => {
      const { printToPdf } = sources;
      if (!printToPdf) throw new AppError('invalid_input', 'PDF is printed by the browser here: use Print and choose “Save as PDF”');
      const model = buildModel(sources, input);
      const pdf = await printToPdf(renderHtml(model));
      return { fileName: `${safeFileName(model.name)}.pdf`, mimeType: 'application/pdf', base64: pdf.toString('base64') };
    },
  };
}
