import type { DomainContext } from '../domain';
import { tableWriter } from '../store/table';

export type TemplateRow = {
  body_id: string;
  subject: string;
  letter: string;
  email: string;
  signature: string;
  sender_name: string;
  sender_email: string;
  updated_at: string;
};

export type IssueRow = { event_id: string; sequence: number; fingerprint: string; issued_at: string };

/** The one writer of each table of invitation packs; both are this laptop's own, as settings are. */
export function invitationWriters({ db, onChange }: DomainContext) {
  const templates = tableWriter<TemplateRow>(db, onChange, {
    table: 'invitation_templates',
    columns: ['body_id', 'subject', 'letter', 'email', 'signature', 'sender_name', 'sender_email', 'updated_at'],
    key: 'body_id',
  });
  const issues = tableWriter<IssueRow>(db, onChange, { table: 'invitation_issues', columns: ['event_id', 'sequence', 'fingerprint', 'issued_at'], key: 'event_id' });
  return {
    templates,
    issues,
    saveTemplate(row: TemplateRow): void {
      if (!templates.update(row.body_id, row)) templates.insert(row);
    },
    recordIssue(row: IssueRow): void {
      if (!issues.update(row.event_id, row)) issues.insert(row);
    },
  };
}
export type InvitationWriters = ReturnType<typeof invitationWriters>;
