export { type AttackCase, buildAttackCatalog } from './attack-catalog';
export { type IssuerKey, type LocalIssuer, type SignOptions, startLocalIssuer } from './local-issuer';
