import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, In, Repository } from 'typeorm';
import { DatabaseWriter } from '../../database/database-writer';
import { isUniqueViolation } from '../../database/unique-violation';
import { CampaignMaterialEntity } from './campaign-material.entity';
import { CampaignEntity, type CampaignStatusValue } from './campaign.entity';
import { LedgerEntryEntity } from './ledger-entry.entity';
import { TrackedLinkEntity } from './tracked-link.entity';

@Injectable()
export class CampaignsRepository {
  constructor(
    private readonly writer: DatabaseWriter,
    @InjectRepository(CampaignEntity) private readonly campaigns: Repository<CampaignEntity>,
    @InjectRepository(CampaignMaterialEntity) private readonly materials: Repository<CampaignMaterialEntity>,
    @InjectRepository(TrackedLinkEntity) private readonly links: Repository<TrackedLinkEntity>,
    @InjectRepository(LedgerEntryEntity) private readonly ledger: Repository<LedgerEntryEntity>,
  ) {}

  findCampaign(id: string): Promise<CampaignEntity | null> {
    return this.campaigns.findOne({ where: { id } });
  }

  findBySlug(slug: string): Promise<CampaignEntity | null> {
    return this.campaigns.findOne({ where: { slug } });
  }

  listCampaigns(status?: CampaignStatusValue): Promise<CampaignEntity[]> {
    return this.campaigns.find({ where: status ? { status } : {}, order: { updatedAt: 'DESC' } });
  }

  /** False when the slug is taken. */
  async insertCampaign(campaign: CampaignEntity): Promise<boolean> {
    try {
      await this.writer.write((m) => m.insert(CampaignEntity, campaign));
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async updateCampaign(id: string, changes: Partial<CampaignEntity>): Promise<void> {
    await this.writer.write((m) => m.update(CampaignEntity, { id }, changes));
  }

  materialsOf(campaignIds: string[]): Promise<CampaignMaterialEntity[]> {
    if (campaignIds.length === 0) return Promise.resolve([]);
    return this.materials.find({ where: { campaignId: In(campaignIds) }, order: { position: 'ASC' } });
  }

  findMaterial(id: string): Promise<CampaignMaterialEntity | null> {
    return this.materials.findOne({ where: { id } });
  }

  /** False when the slug is taken in the campaign. */
  async insertMaterial(material: CampaignMaterialEntity): Promise<boolean> {
    try {
      await this.writer.transaction(async (m) => {
        await m.insert(CampaignMaterialEntity, material);
        await m.update(CampaignEntity, { id: material.campaignId }, { updatedAt: material.updatedAt });
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async saveMaterial(material: CampaignMaterialEntity): Promise<boolean> {
    try {
      await this.writer.transaction(async (m) => {
        await m.save(CampaignMaterialEntity, material);
        await m.update(CampaignEntity, { id: material.campaignId }, { updatedAt: material.updatedAt });
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** Removes a material and renumbers the rest 0..n-1 in the given order, in one transaction. */
  async reorderMaterials(campaignId: string, orderedIds: string[], removedId?: string): Promise<void> {
    await this.writer.transaction(async (m) => {
      if (removedId) await m.delete(CampaignMaterialEntity, { id: removedId, campaignId });
      for (const [position, id] of orderedIds.entries()) await m.update(CampaignMaterialEntity, { id, campaignId }, { position });
      await m.update(CampaignEntity, { id: campaignId }, { updatedAt: new Date() });
    });
  }

  linksOf(campaignId: string): Promise<TrackedLinkEntity[]> {
    return this.links.find({ where: { campaignId }, order: { createdAt: 'ASC' } });
  }

  findLink(id: string): Promise<TrackedLinkEntity | null> {
    return this.links.findOne({ where: { id } });
  }

  async insertLink(link: TrackedLinkEntity): Promise<boolean> {
    try {
      await this.writer.write((m) => m.insert(TrackedLinkEntity, link));
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async deleteLink(id: string): Promise<void> {
    await this.writer.write((m) => m.delete(TrackedLinkEntity, { id }));
  }

  ledgerOf(campaignId: string, from = '0000-01-01', to = '9999-12-31'): Promise<LedgerEntryEntity[]> {
    return this.ledger.find({ where: { campaignId, date: Between(from, to) }, order: { date: 'ASC', createdAt: 'ASC' } });
  }

  findLedgerEntry(id: string): Promise<LedgerEntryEntity | null> {
    return this.ledger.findOne({ where: { id } });
  }

  async insertLedgerEntry(entry: LedgerEntryEntity): Promise<void> {
    await this.writer.write((m) => m.insert(LedgerEntryEntity, entry));
  }

  async deleteLedgerEntry(id: string): Promise<void> {
    await this.writer.write((m) => m.delete(LedgerEntryEntity, { id }));
  }
}
