// Why a backup or a restore refused: the CLI prints the message without a stack and exits 1, tests
// assert the code. A refusal is raised before anything is changed, unless its message says otherwise.
export type BackupRefusal =
  | 'CORRUPT'
  | 'NEWER_FORMAT'
  | 'OTHER_DIALECT'
  | 'NEWER_MIGRATIONS'
  | 'NOT_EMPTY'
  | 'NO_DATABASE'
  | 'KEYS'
  | 'COUNTS_DIFFER'
  | 'TOOL_FAILED'
  | 'USAGE';

export class BackupRefused extends Error {
  constructor(
    readonly code: BackupRefusal,
    message: string,
  ) {
    super(message);
  }
}
