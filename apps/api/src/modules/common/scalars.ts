// Custom scalars from graphql-scalars, re-exported under the names the schema uses.
export {
  DateTimeResolver as DateTimeScalar,
  JSONObjectResolver as JSONObjectScalar,
  LocalDateResolver as LocalDateScalar,
} from 'graphql-scalars';
