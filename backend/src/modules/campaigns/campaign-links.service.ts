import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import * as QRCode from 'qrcode';
import { ConfigService } from '../../config/config.service';
import { isoDate, optionalText, requiredText } from './campaign-input';
import type { CampaignMaterialEntity } from './campaign-material.entity';
import type { CampaignEntity } from './campaign.entity';
import { invalidField, ledgerEntryNotFound, linkNotFound } from './campaigns.errors';
import { CampaignsRepository } from './campaigns.repository';
import { CampaignsService } from './campaigns.service';
import type { LedgerEntryInput, TrackedLinkInput } from './dto/campaign.input';
import type { LedgerEntryEntity } from './ledger-entry.entity';
import { generateLinkCode } from './link-code';
import type { LedgerEntry, TrackedLink } from './models/campaign.model';
import type { TrackedLinkEntity } from './tracked-link.entity';

const UTM_VALUE = /^[A-Za-z0-9._-]{1,80}$/;

/** A campaign's tracked links (per channel, with QR codes) and its ledger of reach reported from outside. */
@Injectable()
export class CampaignLinksService {
  constructor(
    private readonly campaigns: CampaignsRepository,
    private readonly campaignsService: CampaignsService,
    private readonly config: ConfigService,
  ) {}

  linkEntities(campaignId: string): Promise<TrackedLinkEntity[]> {
    return this.campaigns.linksOf(campaignId);
  }

  // ---- tracked links ------------------------------------------------------------------------

  async links(campaignId: string): Promise<TrackedLink[]> {
    const campaign = await this.campaignsService.entity(campaignId);
    const [links, materials] = await Promise.all([this.campaigns.linksOf(campaign.id), this.campaigns.materialsOf([campaign.id])]);
    return Promise.all(links.map((l) => this.toLink(campaign, l, materials)));
  }

  async createLink(campaignId: string, input: TrackedLinkInput): Promise<TrackedLink> {
    const campaign = await this.campaignsService.entity(campaignId);
    const materials = await this.campaigns.materialsOf([campaign.id]);
    const utm = (field: string, value: string) => {
      const v = value.trim();
      if (!UTM_VALUE.test(v)) throw invalidField(field, 'utm', 'use 1 to 80 letters, digits, dots, hyphens or underscores');
      return v;
    };
    const material = input.materialSlug ? materials.find((m) => m.slug === input.materialSlug) : undefined;
    if (input.materialSlug && !material) throw invalidField('materialSlug', 'unknownMaterial', 'choose a material of this campaign');
    const base = {
      id: randomUUID(),
      campaignId: campaign.id,
      channel: requiredText('channel', input.channel, 120),
      utmSource: utm('utmSource', input.utmSource),
      utmMedium: utm('utmMedium', input.utmMedium),
      utmCampaign: campaign.slug,
      materialId: material?.id ?? null,
      createdAt: new Date(),
    };
    for (;;) {
      const link: TrackedLinkEntity = { ...base, code: generateLinkCode() };
      if (await this.campaigns.insertLink(link)) return this.toLink(campaign, link, materials);
    }
  }

  /** Events already counted for the link stay in the figures, under "direct" once the link is gone. */
  async removeLink(id: string): Promise<boolean> {
    const link = await this.campaigns.findLink(id.slice(0, 36));
    if (!link) throw linkNotFound();
    await this.campaigns.deleteLink(link.id);
    return true;
  }

  private async toLink(campaign: CampaignEntity, link: TrackedLinkEntity, materials: CampaignMaterialEntity[]): Promise<TrackedLink> {
    const materialSlug = materials.find((m) => m.id === link.materialId)?.slug ?? null;
    const query = new URLSearchParams({ ref: link.code, utm_source: link.utmSource, utm_medium: link.utmMedium, utm_campaign: link.utmCampaign });
    const url = `${this.config.publicUrl}/c/${campaign.slug}${materialSlug ? `/${materialSlug}` : ''}?${query.toString()}`;
    return {
      id: link.id,
      code: link.code,
      channel: link.channel,
      utmSource: link.utmSource,
      utmMedium: link.utmMedium,
      utmCampaign: link.utmCampaign,
      materialSlug,
      url,
      qrSvg: await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
      createdAt: link.createdAt,
    };
  }

  // ---- ledger -------------------------------------------------------------------------------

  async addLedgerEntry(campaignId: string, input: LedgerEntryInput): Promise<LedgerEntry> {
    const campaign = await this.campaignsService.entity(campaignId);
    if (!Number.isInteger(input.reach) || input.reach < 0 || input.reach > 1_000_000_000) {
      throw invalidField('reach', 'reach', 'write a whole number from 0 to 1,000,000,000');
    }
    const entry: LedgerEntryEntity = {
      id: randomUUID(),
      campaignId: campaign.id,
      source: requiredText('source', input.source, 160),
      kind: requiredText('kind', input.kind, 40),
      reach: input.reach,
      date: isoDate('date', input.date),
      note: optionalText('note', input.note, 500),
      createdAt: new Date(),
    };
    await this.campaigns.insertLedgerEntry(entry);
    return toLedgerEntry(entry);
  }

  async removeLedgerEntry(id: string): Promise<boolean> {
    const entry = await this.campaigns.findLedgerEntry(id.slice(0, 36));
    if (!entry) throw ledgerEntryNotFound();
    await this.campaigns.deleteLedgerEntry(entry.id);
    return true;
  }

  async ledger(campaignId: string, from: string, to: string): Promise<LedgerEntry[]> {
    return (await this.campaigns.ledgerOf(campaignId, from, to)).map(toLedgerEntry);
  }
}

const toLedgerEntry = (e: LedgerEntryEntity): LedgerEntry => ({ id: e.id, source: e.source, kind: e.kind, reach: e.reach, date: e.date, note: e.note });
