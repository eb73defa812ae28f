import { passwordProblems } from './password-policy';

describe('password policy', () => {
  it.each([
    ['Demo-Admin-Canape-2026'],
    ['correct horse battery staple'],
    ['Guéridon-Laiton-Ambre-58'],
  ])('accepts a long, hard to guess password: %s', (password) => {
    expect(passwordProblems(password, { email: 'claire@meubledefrance.example' })).toEqual([]);
  });

  it.each([
    ['short1!', /at least 12 characters/],
    ['password1234', /too easy to guess/],
    ['azertyuiop123', /too easy to guess/],
    ['meubledefrance2026', /too easy to guess/],
    ['x'.repeat(129), /at most 128 characters/],
  ])('refuses %s', (password, reason) => {
    expect(passwordProblems(password)).toEqual([expect.stringMatching(reason)]);
  });

  it("refuses the user's own e-mail address or name", () => {
    expect(
      passwordProblems('claire.martin@meubledefrance.example', {
        email: 'claire.martin@meubledefrance.example',
      }),
    ).toEqual([expect.stringMatching(/too easy to guess/)]);
    expect(passwordProblems('claire martin 2026', { name: 'Claire Martin' })).toHaveLength(1);
  });
});
