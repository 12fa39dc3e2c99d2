import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { LOCALES, type Locale } from '../../common/graphql/locale';
import { RateLimitStore } from '../../common/rate-limit/rate-limit.store';
import { sourceKey } from '../../common/rate-limit/source-key';
import { CertificatesService } from './certificates.service';

/** As many tries as `verifyCertificate` allows: enough for a person, hopeless for guessing codes. */
export const CERTIFICATE_PDF_LIMIT = { limit: 30, windowMs: 60_000 };

/** The PDF, for whoever holds the code (it is printed on the certificate, and unguessable). */
@Controller('certificates')
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly limits: RateLimitStore,
  ) {}

  @Get(':file')
  async download(@Param('file') file: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    // Every request counts, malformed names too: the counters are shared by all instances (Redis).
    const key = 'certificate-pdf:' + sourceKey(await this.limits.sourceSalt(), req.socket.remoteAddress);
    const wait = await this.limits.hit(key, CERTIFICATE_PDF_LIMIT.limit, CERTIFICATE_PDF_LIMIT.windowMs);
    if (wait > 0) {
      res.setHeader('Retry-After', String(wait));
      res.status(429).json({ statusCode: 429, message: `Too many attempts. Try again in ${wait} s.` });
      return;
    }
    const code = /^([0-9A-Za-z]{12})\.pdf$/.exec(file)?.[1];
    const locale: Locale = (LOCALES as readonly string[]).includes(lang ?? '') ? (lang as Locale) : 'en';
    try {
      if (!code) throw new Error('bad name');
      const pdf = await this.certificates.pdf(code, locale);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Disposition', `attachment; filename="zorka-certificate-${code}.pdf"`);
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(pdf);
    } catch {
      res.status(404).json({ statusCode: 404, message: 'No certificate has this code' });
    }
  }
}
