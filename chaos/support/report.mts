// Each case prints one line of figures (duration, requests, what was checked) for RELIABILITY.md.
export function report(name: string, figures: Record<string, unknown>): void {
  process.stdout.write(`chaos ${name} ${JSON.stringify(figures)}\n`);
}
