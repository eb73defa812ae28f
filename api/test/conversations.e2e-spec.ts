import { conversationScenarios } from './support/conversation-scenarios';

conversationScenarios(
  'conversations through the HTTP API, built-in engine (real PostgreSQL, Redis, SMTP)',
);
