import type { InvitationPlaceholder, InvitationTemplate } from '../../../src-shared/contract';

/** The template a body's invitations start from until the coordinator saves one of their own. */
export const DEFAULT_TEMPLATE: Omit<InvitationTemplate, 'senderName' | 'senderEmail'> = {
  subject: 'Invitation: {{title}}, {{dates}}',
  letter: [
    'Dear colleagues,',
    'On behalf of the {{body}}, I have the honour to invite the delegation of {{delegation}} to the {{title}}, to be held on {{dates}} ({{times}}) at {{venue}}.',
    'Please return the enclosed nomination form, listing the members of your delegation, by {{deadline}}. The calendar invitation of the meeting is attached; it will be sent again should anything change.',
    'We look forward to welcoming your delegation.',
  ].join('\n\n'),
  email: [
    'Dear colleagues,',
    'Please find attached the invitation to the {{title}} ({{dates}}, {{venue}}), its calendar invitation and the nomination form, to be returned by {{deadline}}.',
    'Kind regards,\n{{sender}}',
  ].join('\n\n'),
  signature: '{{sender}}\n{{body}}',
};

export type PlaceholderValues = Record<InvitationPlaceholder, string>;

/** A template's text with each known placeholder replaced; the values are plain text, escaped later by the format that writes them. */
export function fillTemplate(text: string, values: PlaceholderValues): string {
  return text.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name as InvitationPlaceholder] : whole));
}
