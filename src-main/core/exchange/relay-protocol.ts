/**
 * What the relay and the laptops agree on: paths, headers and limits. Kept apart from either side
 * so the relay never imports the client's code (which holds the group key) and vice versa.
 */

export const SYNC_PATH = '/sync';
export const laptopsPath = (groupId: string) => `/groups/${groupId}/laptops`;
/** Where a laptop sends erased cells again (a SyncRequest body), so the relay drops the values it held. */
export const erasuresPath = (groupId: string) => `/groups/${groupId}/erasures`;

/** Every answer names the relay's build, so a laptop can say which side is out of date. */
export const APP_HEADER = 'x-liaison-app';
export const SCHEMA_HEADER = 'x-liaison-schema';
/** Set on a sync answer cut at MAX_ANSWER_ENVELOPES: ask again after its last stamp. */
export const MORE_HEADER = 'x-liaison-more';

/** A sync request's body. A laptop sends in batches far below it. */
export const MAX_SYNC_BODY_BYTES = 32 * 1024 * 1024;
/** Registration and revocation carry a few hundred bytes of JSON. */
export const MAX_JSON_BODY_BYTES = 4 * 1024;
/** Envelopes in one request; a laptop's backlog goes in batches of this many. */
export const MAX_REQUEST_ENVELOPES = 5_000;
/** Envelopes in one answer; the laptop asks again for the rest. */
export const MAX_ANSWER_ENVELOPES = 5_000;
/** One encrypted cell: a person's notes are the longest value, well under this. */
export const MAX_ENVELOPE_BYTES = 256 * 1024;

export const GROUP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const NODE_ID = /^[0-9A-F]{16}$/;
/** 32 random bytes, base64url. */
export const TOKEN = /^[A-Za-z0-9_-]{43}$/;
/** HKDF-SHA256 output, 32 bytes, base64. */
export const PROOF = /^[A-Za-z0-9+/]{43}=$/;
/** HKDF info of the proof a laptop shows to register: derived from the group key, it reveals nothing of it. */
export const PROOF_INFO = 'liaison relay auth';
