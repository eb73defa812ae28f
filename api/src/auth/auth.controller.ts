import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { CookieOptions, Request, Response } from 'express';
import { Access } from '../common/auth/access.decorator';
import { CurrentPrincipal, type Principal } from '../common/auth/principal';
import { ForbiddenError, UnauthorizedError } from '../common/problem/domain-error';
import { AuthService, type SignedIn } from './auth.service';
import { LoginBody, LogoutBody, RefreshBody, TokenPairView } from './dto/auth.dto';
import { UserView } from './users/dto/user.dto';

export const REFRESH_COOKIE = 'mdf_refresh';
export const CSRF_COOKIE = 'mdf_csrf';
export const CSRF_HEADER = 'x-csrf-token';
/** The refresh cookie only travels to the auth routes that need it. */
const REFRESH_COOKIE_PATH = '/api/v1/auth';

const baseCookie: CookieOptions = { secure: true, sameSite: 'strict' };

function staffId(principal: Principal | undefined): string {
  if (principal?.kind !== 'staff') throw new UnauthorizedError('Sign in first.');
  return principal.userId;
}

function cookieOf(req: Request, name: string): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Access({ public: true })
  @ApiOperation({ summary: 'Sign in an agent or administrator' })
  @ApiOkResponse({ type: TokenPairView })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password (same answer for both)' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts; see Retry-After' })
  async login(
    @Body() body: LoginBody,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TokenPairView> {
    const signedIn = await this.auth.login(body.email, body.password, req.ip ?? 'unknown');
    return this.answer(signedIn, body.refreshIn === 'cookie', res);
  }

  @Post('refresh')
  @HttpCode(200)
  @Access({ public: true })
  @ApiOperation({
    summary: 'Exchange a refresh token for a new pair; the old one dies',
    description:
      'The token comes in the body, or in the console cookie together with the X-CSRF-Token header. ' +
      'Presenting a token that was already exchanged revokes every token of that sign-in.',
  })
  @ApiOkResponse({ type: TokenPairView })
  @ApiUnauthorizedResponse({ description: 'Unknown, expired, revoked or reused refresh token' })
  @ApiForbiddenResponse({ description: 'Cookie without a matching X-CSRF-Token header' })
  async refresh(
    @Body() body: RefreshBody,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TokenPairView> {
    if (body.refreshToken)
      return this.answer(await this.auth.refresh(body.refreshToken), false, res);
    const token = this.cookieToken(req);
    try {
      return this.answer(await this.auth.refresh(token), true, res);
    } catch (err) {
      this.clearCookies(res);
      throw err;
    }
  }

  @Post('logout')
  @HttpCode(204)
  @Access({ roles: ['admin', 'agent'] })
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Sign out: revokes the presented refresh token (body or cookie), else every session',
  })
  @ApiNoContentResponse()
  async logout(
    @Body() body: LogoutBody,
    @CurrentPrincipal() principal: Principal | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.auth.logout(staffId(principal), body.refreshToken ?? cookieOf(req, REFRESH_COOKIE));
    this.clearCookies(res);
  }

  @Get('me')
  @Access({ roles: ['admin', 'agent'] })
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiOkResponse({ type: UserView })
  me(@CurrentPrincipal() principal: Principal | undefined): Promise<UserView> {
    return this.auth.me(staffId(principal));
  }

  /** The cookie's token, only with the double-submit CSRF header matching its cookie. */
  private cookieToken(req: Request): string {
    const token = cookieOf(req, REFRESH_COOKIE);
    if (!token) throw new UnauthorizedError('No refresh token: sign in again.');
    const csrfCookie = cookieOf(req, CSRF_COOKIE);
    const csrfHeader = req.get(CSRF_HEADER);
    if (!csrfCookie || !csrfHeader || !sameSecret(csrfCookie, csrfHeader))
      throw new ForbiddenError('Missing or wrong X-CSRF-Token header.');
    return token;
  }

  private answer(signedIn: SignedIn, cookie: boolean, res: Response): TokenPairView {
    const { accessToken, expiresIn, user } = signedIn;
    if (!cookie) return { accessToken, expiresIn, refreshToken: signedIn.refreshToken, user };
    const csrfToken = randomBytes(24).toString('base64url');
    const expires = signedIn.refreshExpiresAt;
    res.cookie(REFRESH_COOKIE, signedIn.refreshToken, {
      ...baseCookie,
      httpOnly: true,
      path: REFRESH_COOKIE_PATH,
      expires,
    });
    res.cookie(CSRF_COOKIE, csrfToken, { ...baseCookie, httpOnly: false, path: '/', expires });
    return { accessToken, expiresIn, csrfToken, user };
  }

  private clearCookies(res: Response): void {
    res.clearCookie(REFRESH_COOKIE, { ...baseCookie, httpOnly: true, path: REFRESH_COOKIE_PATH });
    res.clearCookie(CSRF_COOKIE, { ...baseCookie, path: '/' });
  }
}
