export { SavModule } from './sav.module';
export { SavService } from './sav.service';
export { TicketsService } from './tickets.service';
export {
  TicketCustomerView,
  TicketDetailView,
  TicketEventView,
  TicketPage,
  TicketView,
} from './dto/ticket-view.dto';
export {
  ClaimAnalysisView,
  CATEGORY_SCHEMA,
  PRIORITY_SCHEMA,
  TICKET_STATUS_SCHEMA,
  WarrantyVerdictView,
} from './dto/claim-analysis.dto';
export type { ClaimAnalysis } from './domain/analyze';
export { PHOTO_MAX_BYTES, PHOTO_MIN_BYTES, VIDEO_MAX_BYTES } from './domain/evidence';
export {
  TICKET_CHANGED,
  TICKET_CHANGES,
  type TicketChange,
  type TicketChangedEvent,
} from './ticket-events';
export type { TicketValidation, RecapStatus, TicketSource } from './entities/ticket.entity';
export { RECAP_STATUSES, TICKET_VALIDATIONS } from './entities/ticket.entity';
export type { PriorityLevel, TicketStatus } from './domain/types';
export { PRIORITIES, TICKET_STATUSES } from './domain/types';
export { CLOSING_STATUSES, OPEN_STATUSES } from './domain/types';
