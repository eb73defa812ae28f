/** The shapes the widget reads, all from the schema generated from the API's OpenAPI document. */
import type { components } from '../api/schema';

export type Schemas = components['schemas'];

/** A line of the conversation: history, a turn's message or reply, or a live `message` event. */
export type ChatLine = Schemas['ChatMessageView'];
export type ChatRole = ChatLine['role'];
export type ProductCard = Schemas['ProductCardView'];
export type EvidenceRequest = Schemas['EvidenceRequestView'];
export type RecapCard = Schemas['RecapCardView'];
export type TicketSummary = Schemas['TicketSummaryView'];
export type TicketStatus = Schemas['TicketStatus'];
export type PriorityLevel = Schemas['PriorityLevel'];
export type WidgetTheme = Schemas['WidgetThemeView'];
export type WidgetAppearance = Schemas['WidgetAppearanceView'];
export type SessionView = Schemas['ChatSessionView'];
export type SendBody = Schemas['SendMessageBody'];
export type TurnView = Schemas['TurnView'];
export type ConversationState = TurnView['state'];
export type UploadView = Schemas['UploadView'];
export type RatingView = Schemas['ConversationRatingView'];
