import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server in the test process that keeps what it accepts; `failNext` refuses messages for a while. */
export class SmtpCapture {
  readonly received: ParsedMail[] = [];
  private failures = 0;

  private constructor(private readonly server: SMTPServer) {}

  static async start(): Promise<SmtpCapture> {
    let capture: SmtpCapture | undefined;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail) => {
            if (capture && capture.failures > 0) {
              capture.failures--;
              return callback(Object.assign(new Error('Try again later (test)'), { responseCode: 451 }));
            }
            capture?.received.push(mail);
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    capture = new SmtpCapture(server);
    return capture;
  }

  get url(): string {
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  /** Refuses the next `count` messages with a temporary error. */
  failNext(count: number): void {
    this.failures = count;
  }

  to(address: string): ParsedMail[] {
    return this.received.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === address);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
