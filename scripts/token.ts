/**
 * Prints a development staff token the locally started services accept:
 *   npm run --silent token -- <role> [townshipCode|unitCode]
 * Signed with the development key pair in .xinfang/dev-keys (made on first use).
 */
import { ensureDevKeyPair, ROLES, signStaffToken, type Role, type TokenRequest } from '#platform';

const [role, scope] = process.argv.slice(2) as [Role | undefined, string | undefined];
if (!role || !ROLES.includes(role)) {
  process.stderr.write(`usage: npm run --silent token -- <role> [townshipCode|unitCode]\nroles: ${ROLES.join(', ')}\n`);
  process.exit(2);
}
if ((role === 'township-officer' || role === 'liaison' || role === 'department-officer') && !scope) {
  process.stderr.write(`a ${role} token needs a ${role === 'department-officer' ? 'unitCode' : 'townshipCode'}, e.g. ${role === 'department-officer' ? 'dept-hrss' : '430599101000'}\n`);
  process.exit(2);
}
const request: TokenRequest = { sub: `dev-${role}${scope ? `-${scope}` : ''}`, role, name: `开发用户（${role}）` };
if (scope && role === 'department-officer') request.unitCode = scope;
else if (scope) request.townshipCode = scope;
process.stdout.write(`${await signStaffToken(ensureDevKeyPair().privateKeyPem, request)}\n`);
