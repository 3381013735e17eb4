import { BadRequestException, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../graphql/access.decorators';
import { EmailFrequency } from './email-frequency';
import { NotificationSettingsRepository } from './notification-settings.repository';
import { UnsubscribeTokens } from './unsubscribe-token';

const page = (body: string) =>
  `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Lokomotiv</title></head><body><main>${body}</main></body></html>`;

/**
 * The unsubscribe link of every notification mail, without login. Opening it asks (so link checkers
 * that fetch it change nothing); a POST, from the page or from a mail client's one-click
 * unsubscribe (RFC 8058), stops the mail.
 */
@Controller('mail/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly tokens: UnsubscribeTokens,
    private readonly settings: NotificationSettingsRepository,
  ) {}

  @Public()
  @Get()
  confirm(@Query('token') token: string, @Res({ passthrough: true }) res: Response): string {
    this.userOf(token);
    res.type('html');
    return page(`<h1>Avslutt e-postvarsler</h1>
<p lang="en">Stop e-mail notifications</p>
<form method="post"><button type="submit">Avslutt / Stop</button></form>`);
  }

  @Public()
  @Post()
  @HttpCode(200)
  async unsubscribe(
    @Query('token') token: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    await this.settings.setFrequency(this.userOf(token), EmailFrequency.NEVER);
    res.type('html');
    return page(`<h1>Du får ikke lenger e-postvarsler</h1>
<p lang="en">You will no longer get e-mail notifications.</p>
<p>Du kan slå dem på igjen på profilen din. / You can turn them back on in your profile.</p>`);
  }

  private userOf(token: string | undefined): string {
    const userId = token ? this.tokens.userOf(token) : null;
    if (!userId) throw new BadRequestException('The unsubscribe link is not valid');
    return userId;
  }
}
