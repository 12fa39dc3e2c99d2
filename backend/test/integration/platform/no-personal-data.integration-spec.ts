import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSchema, getNamedType, isInputObjectType, type GraphQLArgument, type GraphQLInputType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../src/database/entities';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../../src/database/data-source';

/** Words that would mean we ask for or keep who someone is. A nickname is the participant's own choice. */
const IDENTIFYING = /e-?mail|phone|first.?name|last.?name|full.?name|real.?name|passport|birth|address|biometric|face|finger|ip.?addr|user.?agent/i;

/** Published content (a help line's phone number is an organisation's, not a person's), staff accounts and their invitations. */
const NOT_ABOUT_LEARNERS = new Set(['courses', 'lessons', 'quizzes', 'scenarios', 'helplines', 'staff_accounts', 'staff_invitations']);

/** Staff-only ways in: the only operations that may take an e-mail (signing in, an admin inviting staff). */
const STAFF_OPERATIONS = new Set(['signIn', 'inviteStaff']);

function inputFieldNames(type: GraphQLInputType, seen = new Set<string>()): string[] {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  seen.add(named.name);
  return Object.values(named.getFields()).flatMap((f) => [f.name, ...inputFieldNames(f.type, seen)]);
}

describe('no learner or participant flow asks who someone is', () => {
  it('has no identifying argument or input field in any operation learners can call', () => {
    const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../../schema.graphql'), 'utf8'));
    const operations = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((t) =>
      t ? Object.values(t.getFields()) : [],
    );
    const asked = operations
      .filter((op) => !STAFF_OPERATIONS.has(op.name))
      .flatMap((op) => op.args.flatMap((a: GraphQLArgument) => [a.name, ...inputFieldNames(a.type)]).map((name) => `${op.name}.${name}`))
      .filter((name) => IDENTIFYING.test(name.split('.').pop() ?? ''));
    expect(asked).toEqual([]);
  });

  it('stores no identifying column in any table about learners or participants', async () => {
    const ds = new DataSource({ ...buildDataSourceOptions({ type: 'sqlite', file: ':memory:' }), entities: ENTITIES });
    await ds.initialize();
    try {
      const columns = ds.entityMetadatas
        .filter((m) => !NOT_ABOUT_LEARNERS.has(m.tableName))
        .flatMap((m) => m.columns.map((c) => `${m.tableName}.${c.databaseName}`))
        .filter((name) => IDENTIFYING.test(name.split('.').pop() ?? ''));
      expect(columns).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });
});
