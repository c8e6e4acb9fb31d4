import type { FileToSave, InvitationDelegation } from '../../../src-shared/contract';
import { safeFileName, XLSX_MIME } from '../files';
import type { Sender } from './calendar';
import { emailDraft } from './email';
import { type PackEvent, packFacts } from './facts';
import { EML_MIME, formFor, tagOf } from './packs';
import { fillTemplate } from './template';

const REMINDER_SUBJECT = 'Reminder: nominations for the {{title}}';
const REMINDER_TEXT =
  'Dear colleagues,\n\nWe have not yet received the nominations of {{delegation}} for the {{title}}, {{dates}}, {{venue}}, which we asked for by {{deadline}}. The nomination form is attached again: please fill it in and send it back.\n\nKind regards,\n{{sender}}';

/**
 * A reminder draft per delegation that has not sent its form back: to its contact points, with a fresh
 * nomination form whose hidden cells name the same event and delegation, so that it imports like the first.
 */
export async function reminderDrafts(request: {
  pack: Omit<PackEvent, 'deadline'>;
  delegations: Array<{ delegation: InvitationDelegation; deadline: string }>;
  sender: Sender;
  now: Date;
}): Promise<FileToSave[]> {
  const title = safeFileName(request.pack.event.title);
  return Promise.all(
    request.delegations.map(async ({ delegation, deadline }) => {
      // Reminders are in English: the pack's language is not kept per delegation.
      const facts = packFacts({ ...request.pack, deadline }, delegation, 'en');
      const form = await formFor(request.pack.event.id, delegation, facts);
      const tag = tagOf(delegation);
      const eml = emailDraft({
        sender: request.sender,
        to: delegation.contacts.flatMap((c) => c.emails.slice(0, 1).map((email) => ({ name: c.fullName, email }))),
        subject: fillTemplate(REMINDER_SUBJECT, facts.values),
        text: fillTemplate(REMINDER_TEXT, facts.values),
        attachments: [{ fileName: `nomination-form-${tag}.xlsx`, contentType: XLSX_MIME, bytes: new Uint8Array(form) }],
        date: request.now,
      });
      return { fileName: `${title} – reminder – ${safeFileName(delegation.name)}.eml`, mimeType: EML_MIME, base64: eml.toString('base64') };
    }),
  );
}
