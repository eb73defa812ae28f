import type { paths } from '../../api/schema';
import type { Schemas } from '../core/api-client';

/* The API's ticket shapes, as the console reads them: all generated from its OpenAPI document. */

export type TicketStatus = Schemas['TicketStatus'];
export type Priority = Schemas['PriorityLevel'];
export type ProblemCategory = Schemas['ProblemCategory'];
export type TicketView = Schemas['TicketView'];
export type TicketPage = Schemas['TicketPage'];
export type TicketWorkspaceView = Schemas['TicketWorkspaceView'];
export type ClaimAnalysisView = Schemas['ClaimAnalysisView'];
export type TicketEventView = Schemas['TicketEventView'];
export type UploadDetailView = Schemas['UploadDetailView'];
export type ChatMessageView = Schemas['ChatMessageView'];
/** The `data` of a `ticket` frame of the staff feed `GET /api/v1/tickets/events`. */
export type TicketFeedEventView = Schemas['TicketFeedEventView'];
export type TicketUpdate = Schemas['UpdateTicketBody'];

/** Query of `GET /api/v1/tickets`. */
export type TicketListQuery = NonNullable<paths['/api/v1/tickets']['get']['parameters']['query']>;
