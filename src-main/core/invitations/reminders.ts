import type { DocumentLanguage, FileToSave, InvitationDelegation } from '../../../src-shared/contract';
import { safeFileName, XLSX_MIME } from '../files';
import type { Sender } from './calendar';
import { emailDraft } from './email';
import { type PackEvent, packFacts } from './facts';
import { EML_MIME, formFor, tagOf } from './packs';
import { REMINDER_WORDS } from './reminder-words';
import { fillTemplate } from './template';

/**
 * A reminder draft per delegation that has not sent its form back: to its contact points, in the
 * language of the pack it was sent, with a fresh nomination form whose hidden cells name the same
 * event and delegation, so that it imports like the first.
 */
export async function reminderDrafts(request: {
  pack: Omit<PackEvent, 'deadline'>;
  delegations: Array<{ delegation: InvitationDelegation; deadline: string; language: DocumentLanguage }>;
  sender: Sender;
  now: Date;
}): Promise<FileToSave[]> {
  const title = safeFileName(request.pack.event.title);
  return Promise.all(
    request.delegations.map(async ({ delegation, deadline, language }) => {
      const facts = packFacts({ ...request.pack, deadline }, delegation, language);
      const words = REMINDER_WORDS[language];
      const form = await formFor(request.pack.event.id, delegation, facts);
      const tag = tagOf(delegation);
      const eml = emailDraft({
        sender: request.sender,
        to: delegation.contacts.flatMap((c) => c.emails.slice(0, 1).map((email) => ({ name: c.fullName, email }))),
        subject: fillTemplate(words.subject, facts.values),
        text: fillTemplate(words.text, facts.values),
        attachments: [{ fileName: `nomination-form-${tag}.xlsx`, contentType: XLSX_MIME, bytes: new Uint8Array(form) }],
        date: request.now,
      });
      return { fileName: `${title} – reminder – ${safeFileName(delegation.name)}.eml`, mimeType: EML_MIME, base64: eml.toString('base64') };
    }),
  );
}
