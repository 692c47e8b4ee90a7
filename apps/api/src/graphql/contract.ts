import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';

/** One name of the contract: a type, a field, an argument or an enum value, with why it does not match. */
export interface ContractGap {
  name: string;
  problem: string;
}

function render(type: GraphQLType): string {
  if (isNonNullType(type)) return `${render(type.ofType)}!`;
  if (isListType(type)) return `[${render(type.ofType)}]`;
  return type.name;
}

// An output may be stricter than the contract (non-null where it says nullable); an input may be looser.
function outputCompatible(actual: GraphQLType, wanted: GraphQLType): boolean {
  if (isNonNullType(wanted)) return isNonNullType(actual) && outputCompatible(actual.ofType, wanted.ofType);
  const a = isNonNullType(actual) ? actual.ofType : actual;
  if (isListType(wanted)) return isListType(a) && outputCompatible(a.ofType, wanted.ofType);
  return !isListType(a) && (a as GraphQLNamedType).name === wanted.name;
}

function inputCompatible(actual: GraphQLType, wanted: GraphQLType): boolean {
  if (isNonNullType(actual)) return isNonNullType(wanted) && inputCompatible(actual.ofType, wanted.ofType);
  const w = isNonNullType(wanted) ? wanted.ofType : wanted;
  if (isListType(actual)) return isListType(w) && inputCompatible(actual.ofType, w.ofType);
  return !isListType(w) && (w as GraphQLNamedType).name === actual.name;
}

/** Every contract name that the schema lacks or types incompatibly. */
export function contractGaps(contractSdl: string, schemaSdl: string): ContractGap[] {
  const contract = buildSchema(contractSdl);
  const schema: GraphQLSchema = buildSchema(schemaSdl);
  const gaps: ContractGap[] = [];
  for (const wanted of Object.values(contract.getTypeMap())) {
    if (wanted.name.startsWith('__')) continue;
    const actual = schema.getType(wanted.name);
    if (!actual) {
      gaps.push({ name: wanted.name, problem: 'type missing' });
      continue;
    }
    if (isScalarType(wanted)) continue;
    if (isEnumType(wanted)) {
      if (!isEnumType(actual)) gaps.push({ name: wanted.name, problem: 'not an enum' });
      else
        for (const value of wanted.getValues()) {
          if (!actual.getValue(value.name))
            gaps.push({ name: `${wanted.name}.${value.name}`, problem: 'enum value missing' });
        }
      continue;
    }
    if (isInputObjectType(wanted)) {
      if (!isInputObjectType(actual)) {
        gaps.push({ name: wanted.name, problem: 'not an input type' });
        continue;
      }
      const fields = actual.getFields();
      for (const field of Object.values(wanted.getFields())) {
        const name = `${wanted.name}.${field.name}`;
        const mine = fields[field.name];
        if (!mine) gaps.push({ name, problem: 'field missing' });
        else if (!inputCompatible(mine.type, field.type)) {
          gaps.push({ name, problem: `type ${render(mine.type)}, contract says ${render(field.type)}` });
        }
      }
      // A required input field the contract does not know would break its clients.
      for (const mine of Object.values(fields)) {
        if (!wanted.getFields()[mine.name] && isNonNullType(mine.type) && mine.defaultValue === undefined) {
          gaps.push({ name: `${wanted.name}.${mine.name}`, problem: 'required field not in the contract' });
        }
      }
      continue;
    }
    if (isObjectType(wanted) || isInterfaceType(wanted)) {
      if (!isObjectType(actual) && !isInterfaceType(actual)) {
        gaps.push({ name: wanted.name, problem: 'not an object type' });
        continue;
      }
      const fields = actual.getFields();
      for (const field of Object.values(wanted.getFields())) {
        const name = `${wanted.name}.${field.name}`;
        const mine = fields[field.name];
        if (!mine) {
          gaps.push({ name, problem: 'field missing' });
          continue;
        }
        if (!outputCompatible(mine.type, field.type)) {
          gaps.push({ name, problem: `type ${render(mine.type)}, contract says ${render(field.type)}` });
        }
        for (const arg of field.args) {
          const myArg = mine.args.find((a) => a.name === arg.name);
          if (!myArg) gaps.push({ name: `${name}(${arg.name})`, problem: 'argument missing' });
          else if (!inputCompatible(myArg.type, arg.type)) {
            gaps.push({
              name: `${name}(${arg.name})`,
              problem: `type ${render(myArg.type)}, contract says ${render(arg.type)}`,
            });
          }
        }
        for (const myArg of mine.args) {
          if (
            !field.args.some((a) => a.name === myArg.name) &&
            isNonNullType(myArg.type) &&
            myArg.defaultValue === undefined
          ) {
            gaps.push({ name: `${name}(${myArg.name})`, problem: 'required argument not in the contract' });
          }
        }
      }
    }
  }
  return gaps;
}

/** True when `gap` is covered by an entry of the pending list (a type entry covers all its members). */
export function isPending(gap: string, pending: ReadonlySet<string>): boolean {
  if (pending.has(gap)) return true;
  const type = gap.split(/[.(]/)[0];
  if (pending.has(type)) return true;
  const field = gap.split('(')[0];
  return pending.has(field);
}
