export { TicketWorkspaceModule } from './ticket-workspace.module';
export {
  TicketWorkspaceService,
  type ClaimDossier,
  type TicketWorkspaceView,
} from './ticket-workspace.service';
export { renderDossierPdf } from './dossier-pdf';
