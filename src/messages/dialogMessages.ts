/** Words of the dialog that hosts the builder. */
export interface DialogMessages {
  trigger: string;
  createTitle: string;
  editTitle: string;
  description: string;
  close: string;
}

/** The dialog's English words. */
export const defaultDialogMessages: DialogMessages = {
  trigger: 'Create checkout link',
  createTitle: 'Create checkout link',
  editTitle: 'Edit checkout link',
  description: 'Choose what buyers get; share the link to sell it.',
  close: 'Close',
};
