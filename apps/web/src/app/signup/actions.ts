'use server';

import { type SignUpResult, signUp } from '../../auth/signup';
import { db } from '../../db';

export async function signUpAction(input: {
  name: string;
  email: string;
  password: string;
}): Promise<SignUpResult> {
  return signUp(db(), input);
}
