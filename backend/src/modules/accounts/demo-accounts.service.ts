import { randomBytes, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Injectable } from '@nestjs/common';
import type { StaffRole } from '../../common/auth/viewer';
import { ConfigService } from '../../config/config.service';
import { AccountsRepository } from './accounts.repository';
import { hashPassword } from './password-hashing';

export interface DemoAccount {
  role: StaffRole;
  email: string;
  password: string;
}

const DEMO: { role: StaffRole; email: string; displayName: string }[] = [
  { role: 'trainer', email: 'trainer@zorka.local', displayName: 'Demo trainer' },
  { role: 'campaign_manager', email: 'manager@zorka.local', displayName: 'Demo campaign manager' },
  { role: 'admin', email: 'admin@zorka.local', displayName: 'Demo admin' },
];

/**
 * On a fresh installation, creates one staff account per role with a random password, and keeps
 * the passwords in data/demo-accounts.json (outside the repository, readable by the owner only)
 * so that every start can print them. No password is ever in the repository.
 */
@Injectable()
export class DemoAccountsService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly config: ConfigService,
  ) {}

  private get file(): string {
    return path.join(this.config.env.DATA_DIR, 'demo-accounts.json');
  }

  async ensure(): Promise<DemoAccount[]> {
    const saved = this.readSaved();
    if (saved && (await this.allExist(saved))) return saved;
    if ((await this.accounts.count()) > 0 && !saved) return [];
    const created: DemoAccount[] = [];
    for (const demo of DEMO) {
      if (await this.accounts.findByEmail(demo.email)) continue;
      const password = randomBytes(12).toString('base64url');
      await this.accounts.insert({
        id: randomUUID(),
        email: demo.email,
        passwordHash: await hashPassword(password),
        role: demo.role,
        displayName: demo.displayName,
        createdAt: new Date(),
        active: true,
        lastSignInAt: null,
      });
      created.push({ role: demo.role, email: demo.email, password });
    }
    fs.mkdirSync(this.config.env.DATA_DIR, { recursive: true });
    fs.writeFileSync(this.file, JSON.stringify(created, null, 2), { mode: 0o600 });
    return created;
  }

  private readSaved(): DemoAccount[] | null {
    try {
      return JSON.parse(fs.readFileSync(this.file, 'utf8')) as DemoAccount[];
    } catch {
      return null;
    }
  }

  private async allExist(saved: DemoAccount[]): Promise<boolean> {
    if (saved.length === 0) return false;
    for (const account of saved) if (!(await this.accounts.findByEmail(account.email))) return false;
    return true;
  }
}
