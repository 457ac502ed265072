export { Callout, type CalloutKind, type CalloutProps } from './callout.tsx';
