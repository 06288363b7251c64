/**
 * Local stand-ins for the SMS gateway and the mail server, started by `npm start`: what the
 * notification service sends is printed here instead of reaching real phones and mailboxes.
 * The SMS gateway also answers GET /messages with everything it received.
 */
import { FakeSmsGateway, SmtpSink } from '#testing';

const smsPort = Number(process.env.FAKE_SMS_PORT ?? 3005);
const smtpPort = Number(process.env.FAKE_SMTP_PORT ?? 2525);
const sms = await FakeSmsGateway.start(smsPort, (m) => process.stdout.write(`${JSON.stringify({ level: 'info', time: new Date().toISOString(), msg: `短信 → ${m.to}：${m.text}` })}\n`));
const mail = await SmtpSink.start(smtpPort, (m) => process.stdout.write(`${JSON.stringify({ level: 'info', time: new Date().toISOString(), msg: `邮件 → ${m.to.join(', ')}：${m.subject}` })}\n`));
process.stdout.write(`${JSON.stringify({ level: 'info', time: new Date().toISOString(), msg: `fake SMS gateway on http://127.0.0.1:${sms.port}/sms, SMTP sink on smtp://127.0.0.1:${mail.port}` })}\n`);
const stop = async () => {
  await Promise.all([sms.stop(), mail.stop()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
