export { ClaimsModule } from './claims.module';
export { RecapService, RECAP_MAX_ATTEMPTS } from './recap.service';
export { ClaimLinks, CLAIM_LINK_AUDIENCE, CLAIM_LINK_PURPOSE } from './claim-links';
export type { RecapCard, RecapFacts } from './domain/recap';
export { CLAIM_LOCALES, type ClaimLocale } from './domain/messages';
