import {
  MAX_ALLOWED_ORIGINS,
  contrastWithWhite,
  embedSnippet,
  originProblem,
  parseOrigins,
} from './widget-sites';

describe('originProblem', () => {
  it.each([
    ['https://www.meuble-de-france.fr', null],
    ['https://boutique.meuble-de-france.fr:8443', null],
    ['http://localhost:4200', null],
    ['http://127.0.0.1:8080', null],
    ['https://[::1]', null],
    ['https://*.meuble-de-france.fr', 'wildcard'],
    ['meuble-de-france.fr', 'invalid'],
    ['ftp://meuble-de-france.fr', 'scheme'],
    ['https://www.meuble-de-france.fr/', 'notBare'],
    ['https://www.meuble-de-france.fr/boutique', 'notBare'],
    ['https://WWW.Meuble-de-France.fr', 'notBare'],
    ['https://www.meuble-de-france.fr:443', 'notBare'],
    ['https://user:pw@meuble-de-france.fr', 'notBare'],
    ['https://under_score.example', 'host'],
    ['http://www.meuble-de-france.fr', 'http'],
    [`https://${'a'.repeat(250)}.fr`, 'tooLong'],
  ])('judges %s as %s, like the API', (value, expected) => {
    expect(originProblem(value)).toBe(expected);
  });
});

describe('parseOrigins', () => {
  it('reads one origin a line, ignoring blank lines and surrounding spaces', () => {
    const parsed = parseOrigins(
      '  https://www.meuble-de-france.fr \n\n\thttp://localhost:4200\r\nhttps://boutique.meuble-de-france.fr\n',
    );

    expect(parsed.origins).toEqual([
      'https://www.meuble-de-france.fr',
      'http://localhost:4200',
      'https://boutique.meuble-de-france.fr',
    ]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.count).toBe('ok');
  });

  it('reports each bad line with its number and keeps the good ones', () => {
    const parsed = parseOrigins(
      'https://www.meuble-de-france.fr\nhttps://www.meuble-de-france.fr/\n\nhttp://shop.example\nhttps://www.meuble-de-france.fr',
    );

    expect(parsed.origins).toEqual(['https://www.meuble-de-france.fr']);
    expect(parsed.problems).toEqual([
      { line: 2, value: 'https://www.meuble-de-france.fr/', problem: 'notBare' },
      { line: 4, value: 'http://shop.example', problem: 'http' },
      { line: 5, value: 'https://www.meuble-de-france.fr', problem: 'duplicate' },
    ]);
  });

  it('asks for at least one origin and at most twenty', () => {
    expect(parseOrigins(' \n \n').count).toBe('none');
    const many = Array.from({ length: MAX_ALLOWED_ORIGINS + 1 }, (_, i) => `https://s${i}.example`);
    expect(parseOrigins(many.join('\n')).count).toBe('tooMany');
    expect(parseOrigins(many.slice(1).join('\n')).count).toBe('ok');
  });
});

describe('embedSnippet', () => {
  it('loads the widget from the console origin and names the site key', () => {
    expect(embedSnippet('https://sav.meuble-de-france.fr', 'site_4fJ9kQ2xVb7LmN0pRs8TuW1y')).toBe(
      '<script src="https://sav.meuble-de-france.fr/widget/mdf-chat.js" defer></script>\n' +
        '<mdf-chat site-key="site_4fJ9kQ2xVb7LmN0pRs8TuW1y"></mdf-chat>',
    );
  });
});

describe('contrastWithWhite', () => {
  it('computes the WCAG ratio of white text on the colour', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 5);
    expect(contrastWithWhite('#1f4e79')).toBeGreaterThan(4.5);
    expect(contrastWithWhite('#ffd166')).toBeLessThan(3);
  });
});
