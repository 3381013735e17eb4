import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../graphql/access.decorators';
import { AnsattportenService } from './ansattporten.service';
import { CALLBACK_PATH } from './openid-client.adapter';

const ATTEMPT_COOKIE = 'lokomotiv_oidc_attempt';
const COOKIE_PATH = '/auth/oidc';

/** The browser's side of the Ansattporten flow: off to the provider, back with a code, and front-channel logout. */
@Controller('auth/oidc')
export class OidcController {
  constructor(private readonly ansattporten: AnsattportenService) {}

  @Public()
  @Get('login')
  async login(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.ansattporten.enabled) {
      res.status(404).type('text').send('Ansattporten is not configured');
      return;
    }
    const { redirectTo, attemptId } = await this.ansattporten.startLogin();
    // SameSite=Lax: the provider's redirect back is a top-level GET, which still carries it.
    res.cookie(ATTEMPT_COOKIE, attemptId, {
      httpOnly: true,
      sameSite: 'lax',
      secure: req.secure || this.isHttps(),
      path: COOKIE_PATH,
      maxAge: 10 * 60_000,
    });
    res.set('Cache-Control', 'no-store').redirect(303, redirectTo);
  }

  @Public()
  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    // The address the provider redirected to, from PUBLIC_URL, never from the Host header.
    const callbackUrl = new URL(req.originalUrl, this.ansattporten.publicUrl);
    if (callbackUrl.pathname !== CALLBACK_PATH) callbackUrl.pathname = CALLBACK_PATH;
    const target = await this.ansattporten.finishLogin(callbackUrl, cookieOf(req, ATTEMPT_COOKIE));
    res.clearCookie(ATTEMPT_COOKIE, { path: COOKIE_PATH });
    res.set('Cache-Control', 'no-store').redirect(303, target);
  }

  /** Called by the provider in a hidden frame when the person signs out there (OpenID Front-Channel Logout 1.0). */
  @Public()
  @Get('frontchannel-logout')
  async frontChannelLogout(
    @Query('iss') iss: string,
    @Query('sid') sid: string,
    @Res() res: Response,
  ): Promise<void> {
    const ended =
      typeof iss === 'string' && typeof sid === 'string' && sid !== ''
        ? await this.ansattporten.frontChannelLogout(iss, sid)
        : false;
    res
      .status(ended ? 200 : 400)
      .set('Cache-Control', 'no-store')
      .type('html')
      .send(
        '<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Logget ut</title></head><body></body></html>',
      );
  }

  private isHttps(): boolean {
    return this.ansattporten.publicUrl.startsWith('https:');
  }
}

function cookieOf(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
