/** Where a conversation stands (../shared/spec/api.md, "Conversation state"). */
export const CONVERSATION_STATES = [
  'browsing',
  'faq',
  'claim_order',
  'claim_description',
  'claim_evidence',
  'claim_submitted',
  'handoff',
  'closed',
] as const;
export type ConversationState = (typeof CONVERSATION_STATES)[number];
