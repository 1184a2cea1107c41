// The input types of registering a case (registerCase in workflow.resolver.ts).
import { Field, InputType, Int } from 'type-graphql';
import { Channel, MatterType, MAX_REPRESENTATIVES, TEXT_LIMITS } from '@lianxin/domain';

@InputType({ description: 'A petitioner of a new case. Personal data: stored in full, shown masked.' })
class PetitionerInput {
  @Field(() => String, { description: 'Full name.' })
  name: string;

  @Field(() => String, { description: 'Mainland mobile number, 11 digits.' })
  phone: string;

  @Field(() => String, { description: 'Resident ID number, 18 characters with a valid check character.' })
  idNumber: string;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'Representative of a collective petition (default true).',
  })
  representative: boolean;
}

@InputType({ description: 'A new petition or dispute case.' })
export class RegisterCaseInput {
  @Field(() => String, {
    nullable: true,
    description:
      `Idempotency key chosen by the client (≤ ${TEXT_LIMITS.clientKey} characters): the same key from the ` +
      "same user registers once and returns that case; another user's key is a different key.",
  })
  clientKey?: string | null;

  @Field(() => String, { description: `Short title (≤ ${TEXT_LIMITS.title} characters).` })
  title: string;

  @Field(() => String, {
    description: `Summary of the matter (≤ ${TEXT_LIMITS.summary.toLocaleString('en')} characters).`,
  })
  summary: string;

  @Field(() => MatterType, { description: 'Matter type.' })
  matterType: MatterType;

  @Field(() => String, { description: 'Category code, e.g. IRRIGATION.' })
  categoryCode: string;

  @Field(() => Channel, { description: 'Channel of receipt.' })
  channel: Channel;

  @Field(() => String, { description: 'Village code.' })
  villageCode: string;

  @Field(() => Int, { description: 'People behind the petition (1–100,000); 5 or more is collective.' })
  headcount: number;

  @Field(() => [PetitionerInput], {
    description: `Petitioners: 1 to ${MAX_REPRESENTATIVES} (representatives of a collective petition).`,
  })
  petitioners: PetitionerInput[];
}
