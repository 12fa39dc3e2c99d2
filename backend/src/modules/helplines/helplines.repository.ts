import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { HelplineEntity } from './helpline.entity';

@Injectable()
export class HelplinesRepository {
  constructor(@InjectRepository(HelplineEntity) private readonly helplines: Repository<HelplineEntity>) {}

  findActive(): Promise<HelplineEntity[]> {
    return this.helplines.find({ where: { retiredAt: IsNull() }, order: { position: 'ASC' } });
  }
}
