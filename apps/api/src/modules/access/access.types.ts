import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Role } from '@lianxin/domain';
import { DateTimeScalar } from '../common/scalars.js';

@ObjectType({ description: 'A user account (administrators only). Passwords never leave the server.' })
export class User {
  @Field(() => ID, { description: 'Internal id.' })
  id: number;

  @Field(() => String, { description: 'Sign-in name.' })
  username: string;

  @Field(() => String, { description: 'Name shown in the dashboard and the timeline.' })
  displayName: string;

  @Field(() => Role, {
    description: 'What the user may read and do (see Role); the area narrows it further.',
  })
  role: Role;

  @Field(() => String, { nullable: true, description: 'Area: one township (null: see villageCode).' })
  townshipCode: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Area: one village (both null: the whole district).',
  })
  villageCode: string | null;

  @Field(() => Int, { nullable: true, description: 'The leader a LEADER user is.' })
  leaderId: number | null;

  @Field(() => Int, { nullable: true, description: 'The unit the user works for (accusation clearance).' })
  unitId: number | null;

  @Field(() => Boolean, { description: 'Disabled accounts cannot sign in.' })
  disabled: boolean;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'After failed sign-ins, some address or browser is held back from signing in as this user until then ' +
      '(the account itself is never locked: its owner signs in from a known browser or another address).',
  })
  lockedUntil: Date | null;
}

@ObjectType({ description: 'One row of the access log: personal data read in full, or an export.' })
export class AccessLogEntry {
  @Field(() => ID, { description: 'Internal id; increases with time.' })
  id: number;

  @Field(() => DateTimeScalar, { description: 'When the data was read in full, or the export started.' })
  at: Date;

  @Field(() => String, { description: 'Who (username at the time).' })
  username: string;

  @Field(() => Role, { description: 'Their role at the time.' })
  role: Role;

  @Field(() => String, {
    description:
      'READ (personal data shown in full), EXPORT (a spreadsheet or briefing), BOUNDARY_LOAD or ' +
      'BOUNDARY_REMOVE (the map’s boundary pack; no personal data).',
  })
  action: string;

  @Field(() => ID, { nullable: true, description: 'The case read (null for an export).' })
  caseId: number | null;

  @Field(() => [String], { description: 'Personal-data fields read or exported: name, phone, idNumber.' })
  fields: string[];

  @Field(() => String, {
    nullable: true,
    description:
      "The operation name, an export's format, filter and row count, or the boundary pack's name, sha256 and counts.",
  })
  detail: string | null;
}
