export { SavModule } from './sav.module';
export { SavService } from './sav.service';
export { TicketsService } from './tickets.service';
export type { TicketDetailView, TicketView } from './tickets.service';
export type { ClaimAnalysis } from './domain/analyze';
