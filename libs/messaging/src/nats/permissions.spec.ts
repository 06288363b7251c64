import { CASE_REPLIES_SUBJECT, PETITIONER_CONTACT_SUBJECT, PRODUCERS } from '#contracts';
import { allowedRequesters, BUS_USERS, busPermissions, renderAuthorization } from './permissions.js';

/** NATS subject matching: `*` one token, `>` the rest. */
function matches(pattern: string, subject: string): boolean {
  const p = pattern.split('.');
  const s = subject.split('.');
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '>') return s.length > i;
    if (s[i] === undefined || (p[i] !== '*' && p[i] !== s[i])) return false;
  }
  return p.length === s.length;
}
const mayPublish = (user: (typeof BUS_USERS)[number], subject: string) => {
  const { allow, deny } = busPermissions(user).publish;
  return allow.some((a) => matches(a, subject)) && !deny.some((d) => matches(d, subject));
};
const maySubscribe = (user: (typeof BUS_USERS)[number], subject: string) => busPermissions(user).subscribe.allow.some((a) => matches(a, subject));

describe('bus permissions', () => {
  it('lets each service publish its own events and dead letters only', () => {
    for (const service of PRODUCERS) {
      expect(mayPublish(service, `${service}.something.happened.v1`)).toBe(true);
      expect(mayPublish(service, `deadletter.${service}.casework.case.closed.v1`)).toBe(true);
      for (const other of PRODUCERS.filter((p) => p !== service)) {
        expect(mayPublish(service, `${other}.something.happened.v1`)).toBe(false);
        expect(mayPublish(service, `deadletter.${other}.intake.petition.registered.v1`)).toBe(false);
      }
    }
    expect(mayPublish('intake', 'casework.case.closed.v1')).toBe(false);
  });

  it('lets only notification request petitioner contacts, and only intake case replies', () => {
    expect(BUS_USERS.filter((u) => mayPublish(u, PETITIONER_CONTACT_SUBJECT))).toEqual(['notification']);
    expect(BUS_USERS.filter((u) => mayPublish(u, CASE_REPLIES_SUBJECT))).toEqual(['intake']);
    expect(allowedRequesters(PETITIONER_CONTACT_SUBJECT)).toEqual(['notification']);
    expect(allowedRequesters('rpc.nobody.v1')).toEqual([]);
    // served by their owners alone, who answer without publishing to other inboxes
    expect(BUS_USERS.filter((u) => maySubscribe(u, PETITIONER_CONTACT_SUBJECT))).toEqual(['intake']);
    expect(BUS_USERS.filter((u) => maySubscribe(u, CASE_REPLIES_SUBJECT))).toEqual(['casework']);
    expect(BUS_USERS.filter((u) => busPermissions(u).allowResponses)).toEqual(['intake', 'casework']);
    for (const user of BUS_USERS) expect(mayPublish(user, '_INBOX.abc')).toBe(false);
  });

  it('gives a service the JetStream calls of its own durables, not of another service’s', () => {
    expect(mayPublish('notification', '$JS.API.CONSUMER.MSG.NEXT.INTAKE.notification')).toBe(true);
    expect(mayPublish('notification', '$JS.ACK.CASEWORK.notification.1.2.3.4.5')).toBe(true);
    expect(mayPublish('notification', '$JS.API.CONSUMER.MSG.NEXT.INTAKE.reporting')).toBe(false);
    expect(mayPublish('notification', '$JS.ACK.INTAKE.casework.1.2.3.4.5')).toBe(false);
    expect(mayPublish('intake', '$JS.API.CONSUMER.CREATE.INTAKE.intake')).toBe(false);
    expect(mayPublish('intake', '$JS.API.STREAM.DELETE.INTAKE')).toBe(false);
    expect(mayPublish('casework', '$JS.API.STREAM.PURGE.CASEWORK')).toBe(false);
    expect(mayPublish('intake', '$JS.API.STREAM.CREATE.REPORTING')).toBe(false);
  });

  it('lets the reporting team read every event stream with consumers of its own, and nothing else', () => {
    expect(mayPublish('reporting-team', '$JS.API.CONSUMER.CREATE.CASEWORK')).toBe(true);
    expect(mayPublish('reporting-team', '$JS.API.CONSUMER.DURABLE.CREATE.INTAKE.team-dashboard')).toBe(true);
    expect(mayPublish('reporting-team', '$JS.API.CONSUMER.MSG.NEXT.INTAKE.team-dashboard')).toBe(true);
    expect(mayPublish('reporting-team', '$JS.ACK.INTAKE.team-dashboard.1.2.3.4.5')).toBe(true);
    for (const service of PRODUCERS) {
      expect(mayPublish('reporting-team', `${service}.petition.registered.v1`)).toBe(false);
      expect(mayPublish('reporting-team', `$JS.API.CONSUMER.MSG.NEXT.INTAKE.${service}`)).toBe(false);
      expect(mayPublish('reporting-team', `$JS.API.CONSUMER.DELETE.CASEWORK.${service}`)).toBe(false);
      expect(mayPublish('reporting-team', `$JS.ACK.CASEWORK.${service}.1.2.3.4.5`)).toBe(false);
    }
    expect(mayPublish('reporting-team', PETITIONER_CONTACT_SUBJECT)).toBe(false);
    expect(mayPublish('reporting-team', '$JS.API.STREAM.DELETE.INTAKE')).toBe(false);
    expect(mayPublish('reporting-team', '$JS.API.CONSUMER.CREATE.DEAD_LETTERS')).toBe(false);
  });

  it('renders a nats-server authorization block with each user’s permissions', () => {
    const conf = renderAuthorization([{ user: 'intake', password: 'p"w' }, { user: 'reporting-team', password: 'x' }], { anonymousAs: 'intake' });
    expect(conf).toMatch(/^no_auth_user: "intake"\nauthorization \{\n {2}users = \[\n/);
    expect(conf).toContain('{ user: "intake", password: "p\\"w", permissions: { publish: { allow: ["intake.>", "deadletter.intake.>", "$JS.API.INFO"');
    expect(conf).toContain('subscribe: { allow: ["_INBOX.>", "rpc.intake.petitioner-contact.v1"] }, allow_responses: true } }');
    expect(conf).toMatch(/\{ user: "reporting-team", .*deny: \[.*"\$JS\.API\.CONSUMER\.MSG\.NEXT\.INTAKE\.intake"/);
    expect(renderAuthorization([{ user: 'casework', password: 'y' }])).not.toContain('no_auth_user');
    expect(() => renderAuthorization([{ user: 'gateway', password: 'z' }])).toThrow('no permissions for bus user gateway');
  });
});
