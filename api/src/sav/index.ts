export { SavModule } from './sav.module';
export { SavService } from './sav.service';
export { TicketsService } from './tickets.service';
export type { TicketDetailView, TicketView } from './tickets.service';
export type { ClaimAnalysis } from './domain/analyze';
export { PHOTO_MAX_BYTES, PHOTO_MIN_BYTES, VIDEO_MAX_BYTES } from './domain/evidence';
