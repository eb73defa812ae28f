import { DestroyRef, Service, inject, signal } from '@angular/core';

/**
 * The current time, ticking every second: one timer for a whole page, however many countdowns it
 * shows. Provided by the page (`providers: [Clock]`) so that the timer stops with it.
 */
@Service({ autoProvided: false })
export class Clock {
  private readonly current = signal(Date.now());
  readonly now = this.current.asReadonly();

  constructor() {
    const timer = setInterval(() => this.current.set(Date.now()), 1_000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }
}
