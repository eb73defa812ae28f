/**
 * User-facing text of the agent console.
 *
 * French is the reference catalog: its keys define `MessageKey`, and every other catalog must
 * provide exactly the same keys (enforced by the `MessageCatalog` type). Placeholders use the
 * `{name}` syntax and are filled by `I18n.t()`.
 *
 * French typography: a no-break space (\u00a0) precedes « : ; ? ! » and follows « and precedes ».
 */
import { ADMIN_EN, ADMIN_FR } from './messages-admin';
import { TICKETS_EN, TICKETS_FR } from './messages-tickets';

const CORE_FR = {
  'app.title': 'Meuble de France — Console SAV',
  'app.skipToContent': 'Aller au contenu principal',
  'nav.label': 'Navigation principale',
  'nav.status': 'État du service',
  'nav.login': 'Connexion',
  'nav.tickets': 'Tickets',
  'nav.ticket': 'Ticket',
  'nav.dashboard': 'Tableau de bord',
  'nav.users': 'Utilisateurs',
  'nav.apiKeys': 'Clés d’API',
  'nav.widgetSites': 'Sites du widget',
  'nav.admin': 'Administration',
  'nav.signOut': 'Se déconnecter',
  'nav.signedInAs': 'Connecté en tant que {name} ({role})',
  'role.admin': 'administrateur',
  'role.agent': 'conseiller',
  'locale.label': 'Langue de l’interface',
  'locale.fr': 'Français',
  'locale.en': 'English',
  'status.title': 'État du service',
  'status.intro': 'Disponibilité de l’API de l’assistant SAV et de ses dépendances.',
  'status.refresh': 'Actualiser',
  'status.refreshing': 'Actualisation…',
  'status.loading': 'Vérification de l’état du service…',
  'status.checkedAt': 'Dernière vérification\u00a0: {time}',
  'status.overall.ok': 'Service opérationnel',
  'status.overall.okDetail': 'Toutes les dépendances répondent normalement.',
  'status.overall.degraded': 'Service dégradé',
  'status.overall.degradedDetail':
    'Le service reste disponible, mais une dépendance facultative ne répond pas normalement\u00a0: certaines fonctions peuvent être ralenties ou limitées.',
  'status.overall.error': 'Service indisponible',
  'status.overall.errorDetail':
    'Au moins une dépendance indispensable ne répond pas\u00a0: les conseillers peuvent rencontrer des erreurs.',
  'status.overall.shutting_down': 'Instance en cours d’arrêt',
  'status.overall.shutting_downDetail':
    'L’instance de l’API qui a répondu s’arrête (redémarrage ou déploiement) et n’accepte plus de nouvelles demandes. Actualisez dans quelques instants.',
  'status.table.caption': 'État des composants',
  'status.table.component': 'Composant',
  'status.table.status': 'État',
  'status.table.mode': 'Mode',
  'status.table.latency': 'Latence',
  'status.table.note':
    'La latence de l’API est mesurée depuis votre navigateur\u00a0; celle des dépendances est mesurée par l’API.',
  'status.latency.value': '{value}\u00a0ms',
  'status.latency.none': 'Non mesurée',
  'status.state.up': 'Opérationnel',
  'status.state.degraded': 'Dégradé',
  'status.state.down': 'Hors service',
  'status.state.unknown': 'Inconnu',
  'status.mode.none': 'Non précisé',
  'status.mode.database.embedded': 'intégrée (PGlite)',
  'status.mode.database.external': 'PostgreSQL',
  'status.mode.redis.memory': 'en mémoire (instance unique)',
  'status.mode.redis.redis': 'Redis',
  'status.component.api': 'API',
  'status.component.database': 'Base de données',
  'status.component.redis': 'Stockage partagé (sessions, cache)',
  'status.component.storage': 'Fichiers des clients (photos, vidéos)',
  'status.component.antivirus': 'Antivirus des fichiers',
  'status.mode.storage.disk': 'disque local',
  'status.mode.storage.s3': 'stockage objet S3',
  'status.mode.antivirus.clamav': 'ClamAV',
  'status.mode.antivirus.none': 'aucun (fichiers non analysés)',
  'status.component.llm': 'Modèle de langage (assistant IA)',
  'status.mode.llm.openai': 'OpenAI ou compatible',
  'status.mode.llm.azure-openai': 'Azure OpenAI',
  'status.mode.llm.none': 'aucun (moteur intégré seul)',
  'status.error.unreachable.title': 'API injoignable',
  'status.error.unreachable.detail':
    'La console n’a pas pu contacter l’API. Vérifiez votre connexion réseau puis cliquez sur «\u00a0{refresh}\u00a0». Si le problème persiste, prévenez l’équipe technique.',
  'status.error.unexpected.title': 'Réponse inattendue de l’API',
  'status.error.unexpected.detail':
    'L’API a répondu avec le code HTTP {status} sans rapport d’état exploitable. Réessayez dans quelques instants ou prévenez l’équipe technique.',
} as const satisfies Readonly<Record<string, string>>;

const CORE_EN: Readonly<Record<keyof typeof CORE_FR, string>> = {
  'app.title': 'Meuble de France — After-sales console',
  'app.skipToContent': 'Skip to main content',
  'nav.label': 'Main navigation',
  'nav.status': 'Service status',
  'nav.login': 'Sign in',
  'nav.tickets': 'Tickets',
  'nav.ticket': 'Ticket',
  'nav.dashboard': 'Dashboard',
  'nav.users': 'Users',
  'nav.apiKeys': 'API keys',
  'nav.widgetSites': 'Widget sites',
  'nav.admin': 'Administration',
  'nav.signOut': 'Sign out',
  'nav.signedInAs': 'Signed in as {name} ({role})',
  'role.admin': 'administrator',
  'role.agent': 'agent',
  'locale.label': 'Interface language',
  'locale.fr': 'Français',
  'locale.en': 'English',
  'status.title': 'Service status',
  'status.intro': 'Availability of the after-sales assistant API and its dependencies.',
  'status.refresh': 'Refresh',
  'status.refreshing': 'Refreshing…',
  'status.loading': 'Checking service status…',
  'status.checkedAt': 'Last checked: {time}',
  'status.overall.ok': 'Service operational',
  'status.overall.okDetail': 'All dependencies are responding normally.',
  'status.overall.degraded': 'Service degraded',
  'status.overall.degradedDetail':
    'The service is still available, but an optional dependency is not responding normally: some features may be slower or limited.',
  'status.overall.error': 'Service unavailable',
  'status.overall.errorDetail':
    'At least one required dependency is not responding: agents may run into errors.',
  'status.overall.shutting_down': 'Instance shutting down',
  'status.overall.shutting_downDetail':
    'The API instance that answered is shutting down (restart or deployment) and no longer accepts new requests. Refresh in a few moments.',
  'status.table.caption': 'Component status',
  'status.table.component': 'Component',
  'status.table.status': 'Status',
  'status.table.mode': 'Mode',
  'status.table.latency': 'Latency',
  'status.table.note':
    'API latency is measured from your browser; dependency latency is measured by the API.',
  'status.latency.value': '{value} ms',
  'status.latency.none': 'Not measured',
  'status.state.up': 'Operational',
  'status.state.degraded': 'Degraded',
  'status.state.down': 'Down',
  'status.state.unknown': 'Unknown',
  'status.mode.none': 'Not specified',
  'status.mode.database.embedded': 'embedded (PGlite)',
  'status.mode.database.external': 'PostgreSQL',
  'status.mode.redis.memory': 'in memory (single instance)',
  'status.mode.redis.redis': 'Redis',
  'status.component.api': 'API',
  'status.component.database': 'Database',
  'status.component.redis': 'Shared store (sessions, cache)',
  'status.component.storage': 'Customer files (photos, videos)',
  'status.component.antivirus': 'File virus scanning',
  'status.mode.storage.disk': 'local disk',
  'status.mode.storage.s3': 'S3 object storage',
  'status.mode.antivirus.clamav': 'ClamAV',
  'status.mode.antivirus.none': 'none (files not scanned)',
  'status.component.llm': 'Language model (AI assistant)',
  'status.mode.llm.openai': 'OpenAI or compatible',
  'status.mode.llm.azure-openai': 'Azure OpenAI',
  'status.mode.llm.none': 'none (built-in engine only)',
  'status.error.unreachable.title': 'API unreachable',
  'status.error.unreachable.detail':
    'The console could not reach the API. Check your network connection, then select “{refresh}”. If the problem persists, contact the technical team.',
  'status.error.unexpected.title': 'Unexpected API response',
  'status.error.unexpected.detail':
    'The API answered with HTTP status {status} and no usable status report. Try again in a moment or contact the technical team.',
};

export const FR = { ...CORE_FR, ...TICKETS_FR, ...ADMIN_FR } as const;

export type MessageKey = keyof typeof FR;

export type MessageCatalog = Readonly<Record<MessageKey, string>>;

export const EN: MessageCatalog = { ...CORE_EN, ...TICKETS_EN, ...ADMIN_EN };

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(FR, value);
}
