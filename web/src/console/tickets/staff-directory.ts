import { Service, inject, signal } from '@angular/core';

import { ApiClient } from '../core/api-client';
import { unwrap } from '../core/problem';

/**
 * Colleagues' names by id, for timelines and assignees. Read once, on first use; until it
 * has arrived (or if it cannot be read) callers fall back to a role ("un conseiller").
 */
@Service()
export class StaffDirectory {
  private readonly api = inject(ApiClient).api;
  private readonly names = signal<ReadonlyMap<string, string>>(new Map());
  private requested = false;

  /** The staff member's name, or undefined while unknown. */
  nameOf(id: string): string | undefined {
    if (!this.requested) {
      this.requested = true;
      unwrap(this.api.GET('/api/v1/users/directory')).then(
        (staff) => this.names.set(new Map(staff.map((member) => [member.id, member.name]))),
        () => undefined,
      );
    }
    return this.names().get(id);
  }
}
