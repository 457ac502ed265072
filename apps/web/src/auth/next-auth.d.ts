import type { DefaultSession } from 'next-auth';
import type { AppRole } from './roles';

declare module 'next-auth' {
  interface Session {
    user: DefaultSession['user'] & { id: string; role: AppRole };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    role?: AppRole;
    /** the user's sessionVersion when this token was issued */
    sv?: number;
  }
}
