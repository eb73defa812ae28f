export { TicketWorkspaceModule } from './ticket-workspace.module';
export { TicketWorkspaceService } from './ticket-workspace.service';
export { ClaimDossierView, TicketWorkspaceView } from './dto/ticket-workspace.dto';
export { renderDossierPdf } from './dossier-pdf';
