// The one door through which the API imports graphql-js. "graphql" has no exports map, so Node
// loads its CommonJS build (index.js) for graphql-yoga and Pothos, while Vite (the tests) would
// pick the ESM build (index.mjs) for our sources: two copies, and `instanceof GraphQLError` or
// printSchema fail across them. Importing index.js explicitly gives every caller the same copy.

export {
  type DocumentNode,
  defaultFieldResolver,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isListType,
  isObjectType,
  Kind,
  lexicographicSortSchema,
  type OperationDefinitionNode,
  printSchema,
  type SelectionSetNode,
} from "graphql/index.js";
