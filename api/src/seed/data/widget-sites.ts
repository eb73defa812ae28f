/** The demo widget site's public key: the widget's development page embeds it. */
export const DEMO_SITE_KEY = 'site_demo_meubledefrance';

/** The demo site; its allowed origins come from the configuration (public URL and port). */
export const DEMO_WIDGET_SITE = {
  siteKey: DEMO_SITE_KEY,
  name: 'Boutique de démonstration',
  theme: { primaryColor: '#1f4e79', position: 'bottom-right' },
  greeting: {
    fr: 'Bonjour et bienvenue dans la boutique de démonstration de Meuble de France ! Je peux vous aider à trouver un meuble, suivre une commande ou signaler un problème avec un article.',
    en: 'Hello and welcome to the Meuble de France demo shop! I can help you find furniture, track an order or report a problem with an item.',
  },
} as const;
