// Types of index.js (plain JavaScript, so Node scripts load it without a build).

export type OperationKind = 'query' | 'mutation' | 'subscription';

export interface Operation {
  name: string;
  kind: OperationKind;
  /** `<name>.graphql` in operationsDir. */
  file: string;
  /** The operation followed by every fragment it spreads, as the dashboard sends it. */
  document: string;
}

/** The folder of the .graphql files. */
export declare const operationsDir: string;

/** Every operation (fragments are in their documents), by file name. */
export declare function readOperations(): Operation[];

/** One operation's document, with its fragments; throws for an unknown name. */
export declare function operationDocument(name: string): string;
