/**
 * The type of a resolver's `@Root()` parameter. type-graphql copies a root into a new instance of the
 * parameter's reflected class unless it already is one (its `convertToType`); our roots are entities
 * and plain rows, so a 50-case page made 250 copies of some 60 properties each. Through an alias
 * TypeScript reflects `Object`, and the root is passed as it is. Types and checks are unchanged.
 */
export type RootOf<T> = T;
