import { Injectable } from '@nestjs/common';
import { pickText, translate, type Locale } from '../../common/graphql/locale';
import { HelplinesRepository } from './helplines.repository';
import type { Helpline } from './models/helpline.model';

@Injectable()
export class HelplinesService {
  constructor(private readonly helplines: HelplinesRepository) {}

  async list(locale: Locale): Promise<Helpline[]> {
    const all = await this.helplines.findActive();
    return all.map((h) => ({
      id: h.id,
      name: translate(h.name, locale),
      phones: h.phones,
      hours: translate(h.hours, locale),
      languages: h.languages,
      topics: translate(h.topics, locale),
      free: h.free,
      locale: pickText(h.name, locale).locale,
    }));
  }
}
