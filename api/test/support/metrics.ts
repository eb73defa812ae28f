/** The value of one sample line of a Prometheus exposition, or undefined when absent. */
export function sample(scrape: string, line: string): number | undefined {
  const found = scrape.split('\n').find((l) => l.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
}
