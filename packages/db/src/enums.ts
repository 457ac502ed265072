// The schema's enums as plain objects, with no Prisma runtime behind them: safe to import
// from client components (`import { Role } from '@slope/db/enums'`).
export * from './generated/sqlite/enums.ts';
