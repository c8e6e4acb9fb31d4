import { createMimeMessage } from 'mimetext';
import type { Sender } from './calendar';

export interface Attachment {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/** Base64 in lines of 76 characters, as RFC 2045 wants it; mimetext writes it in one line. */
const base64Lines = (bytes: Uint8Array) => (Buffer.from(bytes).toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');

/**
 * An email draft (RFC 5322, MIME) that Outlook opens ready to send (`X-Unsent: 1`): the sender, the
 * delegation's contact points, a short text and the pack's files. Attachment names are ASCII, so no
 * reader depends on RFC 2231 to show them. Line ends become CRLF, as the RFCs want and mimetext does not write.
 */
export function emailDraft(options: { sender: Sender; to: Array<{ name: string; email: string }>; subject: string; text: string; attachments: Attachment[]; date: Date }): Buffer {
  const message = createMimeMessage();
  if (options.sender.email) message.setSender({ name: options.sender.name || options.sender.email, addr: options.sender.email });
  if (options.to.length) message.setTo(options.to.map((r) => ({ name: r.name, addr: r.email })));
  message.setSubject(options.subject);
  message.setHeader('Date', options.date.toUTCString().replace('GMT', '+0000'));
  message.setHeader('X-Unsent', '1');
  message.addMessage({ contentType: 'text/plain', encoding: 'base64', data: base64Lines(Buffer.from(options.text.replace(/\r?\n/g, '\r\n'), 'utf8')) });
  for (const file of options.attachments) {
    message.addAttachment({ filename: file.fileName, contentType: file.contentType, data: base64Lines(file.bytes) });
  }
  return Buffer.from(message.asRaw().replace(/\r?\n/g, '\r\n'), 'utf8');
}
