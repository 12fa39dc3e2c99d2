import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DatabaseWriter } from '../../database/database-writer';
import { isUniqueViolation } from '../../database/unique-violation';
import { CertificateEntity } from './certificate.entity';

@Injectable()
export class CertificatesRepository {
  constructor(
    private readonly writer: DatabaseWriter,
    @InjectRepository(CertificateEntity) private readonly certificates: Repository<CertificateEntity>,
  ) {}

  findByCode(code: string): Promise<CertificateEntity | null> {
    return this.certificates.findOne({ where: { code } });
  }

  findByMembership(membershipId: string): Promise<CertificateEntity | null> {
    return this.certificates.findOne({ where: { membershipId } });
  }

  /** False when the code is taken or the membership already has one (the caller looks again). */
  async insert(certificate: CertificateEntity): Promise<boolean> {
    try {
      await this.writer.write((m) => m.insert(CertificateEntity, certificate));
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }
}
