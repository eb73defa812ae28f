import { readMessage, type Intent } from './intents';

describe('intents', () => {
  it.each<[string, Intent]>([
    ['Bonjour', 'greeting'],
    ['hello', 'greeting'],
    ['Bonjour, le pied de mon canapé est cassé', 'claim'],
    ['Le canape est CASSE !!!', 'claim'],
    ['mon canapé est cassée et tachée', 'claim'],
    ['my sofa arrived damaged', 'claim'],
    ['la livraison est en retard', 'claim'],
    ["je n'ai toujours pas reçu ma commande", 'claim'],
    ['Mein Sofa ist kaputt', 'claim'],
    ['Hallo, mein Sessel quietscht', 'claim'],
    ['la poltrona cigola', 'claim'],
    ['the recliner is jammed', 'claim'],
    ['il divano è rotto', 'claim'],
    ['الكنبة مكسورة', 'claim'],
    ['Signaler un problème', 'claim'],
    ['où en est mon dossier SAV-2026-000042 ?', 'status'],
    ['ou en est mon dossier', 'status'],
    ['status of my claim', 'status'],
    ['je veux parler à un conseiller', 'handoff'],
    ['a human please', 'handoff'],
    ['Mitarbeiter bitte', 'handoff'],
    ['operatore', 'handoff'],
    ['أريد موظف', 'handoff'],
    ['je cherche un canapé', 'product_search'],
    ['pouvez-vous me conseiller un canapé ?', 'product_search'],
    ['moins cher', 'product_search'],
    ['Quels sont les délais de livraison ?', 'question'],
    ['Comment entretenir un canapé en cuir ?', 'question'],
    ['what is your warranty?', 'question'],
    ['merci beaucoup', 'thanks'],
    ['au revoir', 'goodbye'],
    ['annuler', 'cancel'],
    ['laisse tomber', 'cancel'],
    ['retour à l’assistant', 'back_to_assistant'],
    ['Questions fréquentes', 'faq_menu'],
    ['zzz', 'unknown'],
    ['', 'unknown'],
  ])('%j → %s', (text, intent) => {
    expect(readMessage(text).intent).toBe(intent);
  });

  it('reads a rating only when one was asked', () => {
    expect(readMessage('5', true).intent).toBe('rating');
    expect(readMessage('5', false).intent).toBe('unknown');
  });

  it('a negated problem is no claim', () => {
    expect(readMessage('pas de problème, je cherche une table').intent).toBe('product_search');
  });

  it('a description names the problem, an announcement does not', () => {
    expect(readMessage('le pied est cassé').describesProblem).toBe(true);
    expect(readMessage('j’ai un problème').describesProblem).toBe(false);
  });
});
