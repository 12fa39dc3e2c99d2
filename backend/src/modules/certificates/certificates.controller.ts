import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { LOCALES, type Locale } from '../../common/graphql/locale';
import { CertificatesService } from './certificates.service';

/** The PDF, for whoever holds the code (it is printed on the certificate, and unguessable). */
@Controller('certificates')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get(':file')
  async download(@Param('file') file: string, @Query('lang') lang: string | undefined, @Res() res: Response): Promise<void> {
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
