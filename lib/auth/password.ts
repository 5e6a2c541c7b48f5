import { hash, verify } from "@node-rs/argon2";

/** `Algorithm.Argon2id` — the package exports a const enum, which isolated modules cannot read. */
const argon2id = 2;

/**
 * argon2id with OWASP's second recommended profile (19 MiB, t=2, p=1): ~40 ms here, cheap
 * enough for sign-in bursts on a 2-core box, costly for an offline attacker. Parameters are
 * stored in the PHC string, so raising them later only affects new hashes.
 */
const options = { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A real hash of a random secret, verified against when the e-mail is unknown so both paths take as long. */
let dummyHash: Promise<string> | undefined;
export function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  return dummyHash;
}
