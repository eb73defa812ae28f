import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';

import { Auth } from './auth';

/** Pages of signed-in staff: a reload signs back in from the refresh cookie, else to /login. */
export const signedIn: CanActivateFn = async (_route, state) => {
  const auth = inject(Auth);
  const router = inject(Router);
  if (await auth.restore()) return true;
  return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** Administration pages. */
export const adminOnly: CanActivateFn = async () => {
  const auth = inject(Auth);
  const router = inject(Router);
  if ((await auth.restore()) && auth.isAdmin()) return true;
  return router.createUrlTree(['/tickets']);
};
