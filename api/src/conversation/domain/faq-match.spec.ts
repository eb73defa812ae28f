import { faqAnswers } from './faq-match';

const DELIVERY = {
  question: 'Quels sont les délais de livraison ?',
  answer:
    'Les meubles en stock sont livrés sous 5 à 10 jours ouvrés ; les autres selon le délai affiché.',
};
const WARRANTY = {
  question: 'Quelle est la durée de garantie de mon meuble ?',
  answer:
    'Structure 5 ans, mécanismes 3 ans, tissus et coussins 2 ans. Les canapés premium ont 10 ans.',
};

describe('faqAnswers', () => {
  it.each([
    ['Quels sont vos délais de livraison ?', DELIVERY],
    ['delai de livraison', DELIVERY],
    ['Combien de temps dure la garantie sur un canapé ?', WARRANTY],
    ['GARANTIE meuble ?', WARRANTY],
  ])('accepts "%s" for its entry', (asked, entry) => {
    expect(faqAnswers(asked, entry)).toBe(true);
  });

  it.each([
    ['Je cherche un canapé gris', WARRANTY],
    ['Livraison', WARRANTY],
    ['Bonjour, merci', DELIVERY],
    ['', DELIVERY],
    ['?!', DELIVERY],
  ])('refuses "%s": no meaningful word of the question is shared', (asked, entry) => {
    expect(faqAnswers(asked, entry)).toBe(false);
  });

  it('needs more than one shared word with a long question', () => {
    expect(
      faqAnswers(
        'Je voudrais savoir comment se passe la livraison de mon armoire à Lyon',
        WARRANTY,
      ),
    ).toBe(false);
  });
});
