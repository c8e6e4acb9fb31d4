import anyAscii from 'any-ascii';
import { zipSync } from 'fflate';
import type { DocumentLanguage, FileToSave, InvitationDelegation, PackFormat } from '../../../src-shared/contract';
import { DOCX_MIME, safeFileName, XLSX_MIME } from '../files';
import type { InvitationMethod, Sender } from './calendar';
import { emailDraft } from './email';
import { type PackEvent, type PackFacts, packFacts } from './facts';
import { letterDocx } from './letter';
import { nominationFormXlsx } from './nomination-form';
import { fillTemplate } from './template';

export const ICS_INVITATION_MIME = 'text/calendar; charset=utf-8; method=';
export const ZIP_MIME = 'application/zip';
export const EML_MIME = 'message/rfc822';

/** What the draft of a cancellation says; the template's text invites, which a cancelled meeting no longer does. */
const CANCELLATION_TEXT = 'Dear colleagues,\n\nThe {{title}}, planned for {{dates}} at {{venue}}, is cancelled. The attached calendar file removes it from your calendar.\n\nKind regards,\n{{sender}}';

export interface PackRequest {
  pack: PackEvent;
  format: PackFormat;
  delegations: Array<{ delegation: InvitationDelegation; language: DocumentLanguage }>;
  method: InvitationMethod;
  sender: Sender;
  calendarFor: (delegation: InvitationDelegation) => string;
  now: Date;
}

/** "RO", or an organisation's acronym in ASCII letters: what a pack's file names end with. */
/** The delegation's nomination form, pre-filled with the facts of its pack (or of its reminder). */
export const formFor = (eventId: string, delegation: InvitationDelegation, facts: PackFacts): Promise<Buffer> =>
  nominationFormXlsx({
    eventId,
    delegationKey: delegation.key,
    delegation: facts.delegation,
    title: facts.values.title,
    dates: facts.values.dates,
    venue: facts.values.venue,
    deadline: facts.values.deadline,
  });

export function tagOf(delegation: InvitationDelegation): string {
  if (delegation.countryCode) return delegation.countryCode;
  const ascii = anyAscii(delegation.name).replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return ascii || 'organisation';
}

/** The three files of one delegation's pack. */
async function packFiles(request: PackRequest, delegation: InvitationDelegation, language: DocumentLanguage) {
  const { pack } = request;
  const facts = packFacts(pack, delegation, language);
  const tag = tagOf(delegation);
  const ics = { fileName: `invitation-${tag}.ics`, contentType: `${ICS_INVITATION_MIME}${request.method}`, bytes: Buffer.from(request.calendarFor(delegation), 'utf8') };
  // A cancelled meeting asks for no nominations: its pack is the cancellation alone.
  if (request.method === 'CANCEL') return { facts, files: [ics] };
  const [letter, form] = await Promise.all([
    letterDocx(pack, facts, request.now),
    formFor(pack.event.id, delegation, facts),
  ]);
  const files = [
    { fileName: `invitation-letter-${tag}.docx`, contentType: DOCX_MIME, bytes: new Uint8Array(letter) },
    ics,
    { fileName: `nomination-form-${tag}.xlsx`, contentType: XLSX_MIME, bytes: new Uint8Array(form) },
  ];
  return { facts, files };
}

/** Every pack chosen, as one ZIP with a folder per delegation or as one email draft each. */
export async function buildPacks(request: PackRequest): Promise<FileToSave[]> {
  const { pack } = request;
  const built = await Promise.all(request.delegations.map(async ({ delegation, language }) => ({ delegation, ...(await packFiles(request, delegation, language)) })));
  const title = safeFileName(pack.event.title) || 'invitations';
  if (request.format === 'zip') {
    const tree: Record<string, Record<string, Uint8Array>> = {};
    for (const { delegation, files } of built) {
      let folder = safeFileName(delegation.name) || tagOf(delegation);
      while (tree[folder]) folder = `${folder} (${tagOf(delegation)})`;
      tree[folder] = Object.fromEntries(files.map((f) => [f.fileName, f.bytes]));
    }
    return [{ fileName: `${title} – invitation packs.zip`, mimeType: ZIP_MIME, base64: Buffer.from(zipSync(tree, { level: 6 })).toString('base64') }];
  }
  return built.map(({ delegation, facts, files }) => {
    const to = delegation.contacts.flatMap((c) => c.emails.slice(0, 1).map((email) => ({ name: c.fullName, email })));
    const eml = emailDraft({
      sender: request.sender,
      to,
      subject: request.method === 'CANCEL' ? `Cancelled: ${fillTemplate(pack.template.subject, facts.values)}` : fillTemplate(pack.template.subject, facts.values),
      text: fillTemplate(request.method === 'CANCEL' ? CANCELLATION_TEXT : pack.template.email, facts.values),
      attachments: files,
      date: request.now,
    });
    return { fileName: `${title} – ${safeFileName(delegation.name) || tagOf(delegation)}.eml`, mimeType: EML_MIME, base64: eml.toString('base64') };
  });
}
