import { execFileSync } from 'node:child_process';

export interface ReadEml {
  to: string;
  from: string;
  subject: string;
  unsent: string;
  date: boolean;
  defects: number;
  body: string;
  attachments: Array<{ name: string; type: string; b64: string }>;
}

const SCRIPT = `
import email, email.policy, json, sys, base64
msg = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.default)
parts = [p for p in msg.iter_attachments()]
body = msg.get_body(preferencelist=('plain',)).get_content()
print(json.dumps({'to': str(msg['To']), 'from': str(msg['From']), 'subject': str(msg['Subject']), 'unsent': msg['X-Unsent'], 'date': bool(msg['Date']),
  'defects': len(msg.defects), 'body': body,
  'attachments': [{'name': p.get_filename(), 'type': p.get_content_type(), 'b64': base64.b64encode(p.get_payload(decode=True)).decode()} for p in parts]}))
`;

/** An .eml draft as Python's email package reads it: an independent reader of what Liaison writes. */
export function readEml(python: string, path: string): ReadEml {
  return JSON.parse(execFileSync(python, ['-c', SCRIPT, path], { encoding: 'utf8' })) as ReadEml;
}
