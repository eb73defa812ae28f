import type { Dialog, DialogConfig, DialogRef } from '@angular/cdk/dialog';
import type { ComponentType } from '@angular/cdk/overlay';
import { firstValueFrom } from 'rxjs';

let sequence = 0;

/** Ids for a dialog's heading and description, referenced by the dialog's aria attributes. */
export interface DialogIds {
  readonly titleId: string;
  readonly descriptionId: string;
}

/**
 * Opens a modal labelled by its heading (and described by its description when it has one). CDK
 * Dialog traps the focus inside, closes on Escape unless told otherwise and gives the focus back
 * to the element that opened it.
 */
export function openDialog<R, D extends object, C>(
  dialog: Dialog,
  component: ComponentType<C>,
  data: D,
  config: Pick<DialogConfig, 'role' | 'disableClose'> & { described?: boolean } = {},
): { ref: DialogRef<R, C>; closed: Promise<R | undefined> } {
  sequence += 1;
  const ids: DialogIds = {
    titleId: `mdf-dialog-title-${sequence}`,
    descriptionId: `mdf-dialog-description-${sequence}`,
  };
  const ref = dialog.open<R, D & DialogIds, C>(component, {
    data: { ...data, ...ids },
    role: config.role ?? 'dialog',
    disableClose: config.disableClose ?? false,
    ariaModal: true,
    ariaLabelledBy: ids.titleId,
    ariaDescribedBy: config.described ? ids.descriptionId : null,
    autoFocus: 'first-tabbable',
    restoreFocus: true,
  });
  return { ref, closed: firstValueFrom(ref.closed) };
}
