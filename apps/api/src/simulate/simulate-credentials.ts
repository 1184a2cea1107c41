// A bearer token for the simulator without a password: like `pnpm users token`, it signs one with the
// server's own secret for a CLERK named `simulator`, created on first use.
import { Role } from '@lianxin/domain';
import type { AuthService } from '../modules/auth/auth.service.js';

export const SIMULATOR_USERNAME = 'simulator';

/** Creates the simulator's CLERK once (district-wide, so every village is in its area) and signs a token. */
export async function simulatorToken(auth: AuthService, hours: number): Promise<string> {
  const users = await auth.listUsers();
  const existing = users.find((u) => u.username.toLowerCase() === SIMULATOR_USERNAME);
  if (!existing) {
    await auth.createUser({
      username: SIMULATOR_USERNAME,
      role: Role.CLERK,
      displayName: '演示数据模拟器',
    });
  } else if (existing.role !== Role.CLERK) {
    // A differently-privileged account of that name was made by hand: do not act under it.
    throw new Error(
      `the user "${SIMULATOR_USERNAME}" exists with role ${existing.role}; the simulator acts as a CLERK`,
    );
  }
  return (await auth.tokenFor(SIMULATOR_USERNAME, hours * 3600)).token;
}
