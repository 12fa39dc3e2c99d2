import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Injectable } from '@nestjs/common';
import { translate, type Locale } from '../../common/graphql/locale';
import { ConfigService } from '../../config/config.service';
import { createMarkdownRenderer } from '../../common/markdown/render-markdown';
import { transcriptFromVtt } from '../../common/markdown/vtt-transcript';
import { CoursesService } from '../courses/courses.service';
import { embedProviderOf, locales, optionalDate, privacyEnhancedEmbed, requiredText, slugOf } from './campaign-input';
import { mediaFolder, mediaUrl, transcriptHtml, uploadedFileExists } from './campaign-media';
import type { PageMeta } from './campaign-page-meta';
import type { CampaignMaterialEntity } from './campaign-material.entity';
import type { CampaignEntity, CampaignStatusValue } from './campaign.entity';
import {
  campaignNotFound,
  definedInContent,
  invalidField,
  liveNeedsMaterial,
  materialNotFound,
} from './campaigns.errors';
import { CampaignsRepository } from './campaigns.repository';
import type { CampaignInput, MaterialInput } from './dto/campaign.input';
import { Campaign, CampaignMaterial, CampaignOrigin, CampaignStatus, MaterialKind } from './models/campaign.model';

const MAX_ARTICLE = 50_000;

/** Who reads a campaign: the public never sees drafts nor an article's Markdown source. */
type Audience = 'public' | 'staff';

@Injectable()
export class CampaignsService {
  constructor(
    private readonly campaigns: CampaignsRepository,
    private readonly courses: CoursesService,
    private readonly config: ConfigService,
  ) {}

  // ---- reading -------------------------------------------------------------------------------

  async publicCampaigns(locale?: string | null): Promise<Campaign[]> {
    const live = (await this.campaigns.listCampaigns('live')).filter((c) => !locale || c.languages.includes(locale));
    return this.toCampaigns(live, 'public');
  }

  async publicCampaign(slug: string): Promise<Campaign | null> {
    const campaign = await this.campaigns.findBySlug(slug.slice(0, 80));
    if (!campaign || campaign.status !== 'live') return null;
    return (await this.toCampaigns([campaign], 'public'))[0]!;
  }

  async allCampaigns(): Promise<Campaign[]> {
    return this.toCampaigns(await this.campaigns.listCampaigns(), 'staff');
  }

  async campaign(id: string): Promise<Campaign> {
    return (await this.toCampaigns([await this.entity(id)], 'staff'))[0]!;
  }

  async entity(id: string): Promise<CampaignEntity> {
    const campaign = await this.campaigns.findCampaign(id.slice(0, 36));
    if (!campaign) throw campaignNotFound();
    return campaign;
  }

  /** A live campaign's entity and materials, for Open Graph tags and reach; null when not live. */
  async liveCampaignBySlug(slug: string): Promise<{ campaign: CampaignEntity; materials: CampaignMaterialEntity[] } | null> {
    const campaign = await this.campaigns.findBySlug(slug.slice(0, 80));
    if (!campaign || campaign.status !== 'live') return null;
    return { campaign, materials: await this.campaigns.materialsOf([campaign.id]) };
  }

  /** Open Graph tags of a live campaign's page or one of its materials; null when there is no such page. */
  async pageMeta(slug: string, materialSlug?: string): Promise<PageMeta | null> {
    const live = await this.liveCampaignBySlug(slug);
    if (!live) return null;
    const { campaign, materials } = live;
    const base = `${this.config.publicUrl}/c/${campaign.slug}`;
    if (!materialSlug) return { title: campaign.title, description: campaign.goal, url: base, locale: campaign.languages[0] };
    const material = materials.find((m) => m.slug === materialSlug);
    if (!material) return null;
    const image = material.posterFile ? `${this.config.publicUrl}${mediaUrl(campaign, material.posterFile)}` : null;
    return { title: material.title, description: material.summary, url: `${base}/${material.slug}`, image, locale: material.locale };
  }

  materialsOf(campaignId: string): Promise<CampaignMaterialEntity[]> {
    return this.campaigns.materialsOf([campaignId]);
  }

  // ---- campaigns ----------------------------------------------------------------------------

  async create(input: CampaignInput): Promise<Campaign> {
    const fields = this.campaignFields(input);
    const now = new Date();
    const base = slugOf('slug', input.slug, fields.title);
    for (let attempt = 0; ; attempt++) {
      const slug = attempt === 0 ? base : `${base.slice(0, 72)}-${attempt + 1}`;
      const campaign: CampaignEntity = {
        id: randomUUID(), slug, origin: 'editor', status: 'draft', contentHash: null, rolledUpAt: null, createdAt: now, updatedAt: now, ...fields,
      };
      if (await this.campaigns.insertCampaign(campaign)) return this.campaign(campaign.id);
      if (input.slug) throw invalidField('slug', 'slugTaken', 'another campaign already uses this address');
      if (attempt > 50) throw invalidField('slug', 'slugTaken', 'choose an address');
    }
  }

  async update(id: string, input: CampaignInput): Promise<Campaign> {
    const campaign = await this.editable(id);
    if (input.slug && input.slug !== campaign.slug) throw invalidField('slug', 'slugFixed', 'the address of an existing campaign cannot change: links to it are already out');
    await this.campaigns.updateCampaign(campaign.id, { ...this.campaignFields(input), updatedAt: new Date() });
    return this.campaign(campaign.id);
  }

  /** LIVE needs at least one material; a content campaign's status can change here too. */
  async setStatus(id: string, status: CampaignStatus): Promise<Campaign> {
    const campaign = await this.entity(id);
    if (status === CampaignStatus.LIVE && (await this.campaigns.materialsOf([campaign.id])).length === 0) throw liveNeedsMaterial();
    await this.campaigns.updateCampaign(campaign.id, { status: status as CampaignStatusValue, updatedAt: new Date() });
    return this.campaign(campaign.id);
  }

  private campaignFields(input: CampaignInput) {
    const startsOn = optionalDate('startsOn', input.startsOn);
    const endsOn = optionalDate('endsOn', input.endsOn);
    if (startsOn && endsOn && endsOn < startsOn) throw invalidField('endsOn', 'endsBeforeStart', 'the last day cannot be before the first');
    return {
      title: requiredText('title', input.title, 160),
      goal: requiredText('goal', input.goal, 2000, true),
      audience: requiredText('audience', input.audience, 240),
      languages: locales('languages', input.languages),
      startsOn,
      endsOn,
    };
  }

  private async editable(id: string): Promise<CampaignEntity> {
    const campaign = await this.entity(id);
    if (campaign.origin === 'content') throw definedInContent();
    return campaign;
  }

  // ---- materials ----------------------------------------------------------------------------

  async addMaterial(campaignId: string, input: MaterialInput): Promise<Campaign> {
    const campaign = await this.editable(campaignId);
    const existing = await this.campaigns.materialsOf([campaign.id]);
    const material: CampaignMaterialEntity = {
      id: randomUUID(),
      campaignId: campaign.id,
      position: existing.length,
      ...(await this.materialFields(campaign, input)),
    };
    if (!(await this.campaigns.insertMaterial(material))) throw invalidField('slug', 'slugTaken', 'another material of this campaign uses this address');
    return this.campaign(campaign.id);
  }

  async updateMaterial(materialId: string, input: MaterialInput): Promise<Campaign> {
    const { material, campaign } = await this.editableMaterial(materialId);
    const updated: CampaignMaterialEntity = { ...material, ...(await this.materialFields(campaign, input, material.slug)) };
    if (!(await this.campaigns.saveMaterial(updated))) throw invalidField('slug', 'slugTaken', 'another material of this campaign uses this address');
    return this.campaign(campaign.id);
  }

  async removeMaterial(materialId: string): Promise<Campaign> {
    const { material, campaign } = await this.editableMaterial(materialId);
    const rest = (await this.campaigns.materialsOf([campaign.id])).filter((m) => m.id !== material.id);
    if (rest.length === 0 && campaign.status === 'live') throw liveNeedsMaterial();
    await this.campaigns.reorderMaterials(campaign.id, rest.map((m) => m.id), material.id);
    return this.campaign(campaign.id);
  }

  async moveMaterial(materialId: string, position: number): Promise<Campaign> {
    const { material, campaign } = await this.editableMaterial(materialId);
    const others = (await this.campaigns.materialsOf([campaign.id])).filter((m) => m.id !== material.id).map((m) => m.id);
    if (!Number.isInteger(position) || position < 0 || position > others.length) {
      throw invalidField('position', 'position', `choose a position from 0 to ${others.length}`);
    }
    others.splice(position, 0, material.id);
    await this.campaigns.reorderMaterials(campaign.id, others);
    return this.campaign(campaign.id);
  }

  private async editableMaterial(materialId: string) {
    const material = await this.campaigns.findMaterial(materialId.slice(0, 36));
    if (!material) throw materialNotFound();
    return { material, campaign: await this.editable(material.campaignId) };
  }

  /** Checks a material's fields for its kind; the others are cleared, so a kind change leaves nothing behind. */
  private async materialFields(campaign: CampaignEntity, input: MaterialInput, currentSlug?: string) {
    const title = requiredText('title', input.title, 160);
    if (!campaign.languages.includes(input.locale)) throw invalidField('locale', 'locale', `choose one of the campaign's languages: ${campaign.languages.join(', ')}`);
    const fields = {
      slug: input.slug ? slugOf('slug', input.slug, title) : (currentSlug ?? slugOf('slug', null, title)),
      kind: input.kind as MaterialKind as CampaignMaterialEntity['kind'],
      title,
      summary: requiredText('summary', input.summary, 500, true),
      locale: input.locale,
      articleMarkdown: null as string | null,
      articleHtml: null as string | null,
      videoFile: null as string | null,
      captionsFile: null as string | null,
      transcriptHtml: null as string | null,
      posterFile: null as string | null,
      embedUrl: null as string | null,
      courseId: null as string | null,
      updatedAt: new Date(),
    };
    if (input.kind === MaterialKind.ARTICLE) {
      fields.articleMarkdown = requiredText('articleMarkdown', input.articleMarkdown ?? '', MAX_ARTICLE, true);
      fields.articleHtml = createMarkdownRenderer(mediaUrl(campaign, '').replace(/\/$/, ''))(fields.articleMarkdown);
    } else if (input.kind === MaterialKind.VIDEO) {
      Object.assign(fields, this.videoFields(campaign, input));
    } else {
      const courseSlug = input.courseSlug?.trim() ?? '';
      const course = courseSlug ? await this.courses.findEntity(courseSlug.slice(0, 120)).catch(() => null) : null;
      if (!course) throw invalidField('courseSlug', 'unknownCourse', 'choose an existing course');
      fields.courseId = course.id;
    }
    return fields;
  }

  private videoFields(campaign: CampaignEntity, input: MaterialInput) {
    const dataDir = this.config.env.DATA_DIR;
    if (input.embedUrl && input.videoFile) throw invalidField('embedUrl', 'videoTwoSources', 'give either a video file or an embed link, not both');
    if (input.embedUrl) {
      const embed = privacyEnhancedEmbed(input.embedUrl);
      if (!embed) throw invalidField('embedUrl', 'embedUrl', 'paste a YouTube or Vimeo video link (youtube.com/watch?v=…, youtu.be/…, vimeo.com/…)');
      return { embedUrl: embed.url };
    }
    const videoFile = input.videoFile?.trim() ?? '';
    if (!/\.(mp4|webm)$/.test(videoFile) || !uploadedFileExists(dataDir, campaign.id, videoFile)) {
      throw invalidField('videoFile', 'videoFile', 'upload a video (MP4 or WebM) first, or paste an embed link');
    }
    const captionsFile = input.captionsFile?.trim() || null;
    if (captionsFile && (!captionsFile.endsWith('.vtt') || !uploadedFileExists(dataDir, campaign.id, captionsFile))) {
      throw invalidField('captionsFile', 'captionsFile', 'upload the captions (.vtt) first');
    }
    const vtt = captionsFile ? fs.readFileSync(path.join(mediaFolder(campaign.id, { dataDir, contentDir: '' }), captionsFile), 'utf8') : '';
    return { videoFile, captionsFile, transcriptHtml: transcriptHtml(transcriptFromVtt(vtt)) };
  }

  // ---- mapping ------------------------------------------------------------------------------

  private async toCampaigns(entities: CampaignEntity[], audience: Audience): Promise<Campaign[]> {
    const materials = await this.campaigns.materialsOf(entities.map((c) => c.id));
    const courseTitles = await this.courseTitles(materials);
    return entities.map((c) => ({
      id: c.id,
      slug: c.slug,
      origin: c.origin as CampaignOrigin,
      title: c.title,
      goal: c.goal,
      audience: c.audience,
      languages: c.languages,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      status: c.status as CampaignStatus,
      updatedAt: c.updatedAt,
      materials: materials.filter((m) => m.campaignId === c.id).map((m) => this.toMaterial(c, m, audience, courseTitles)),
    }));
  }

  private async courseTitles(materials: CampaignMaterialEntity[]): Promise<Map<string, string>> {
    const titles = new Map<string, string>();
    for (const m of materials.filter((x) => x.courseId)) {
      const course = await this.courses.findEntity(m.courseId!).catch(() => null);
      if (course) titles.set(`${m.courseId}:${m.locale}`, translate(course.title, m.locale as Locale));
    }
    return titles;
  }

  private toMaterial(campaign: CampaignEntity, m: CampaignMaterialEntity, audience: Audience, courseTitles: Map<string, string>): CampaignMaterial {
    const url = (file: string | null) => (file ? mediaUrl(campaign, file) : null);
    return {
      id: m.id,
      slug: m.slug,
      kind: m.kind as MaterialKind,
      title: m.title,
      summary: m.summary,
      position: m.position,
      locale: m.locale,
      video:
        m.kind === 'video'
          ? {
              src: url(m.videoFile),
              captions: m.captionsFile ? [{ locale: m.locale, src: url(m.captionsFile)! }] : [],
              transcriptHtml: m.transcriptHtml,
              embedUrl: m.embedUrl,
              embedProvider: m.embedUrl ? embedProviderOf(m.embedUrl) : null,
              posterSrc: url(m.posterFile),
            }
          : null,
      articleHtml: m.articleHtml,
      articleMarkdown: audience === 'staff' ? m.articleMarkdown : null,
      courseSlug: m.courseId,
      courseTitle: m.courseId ? (courseTitles.get(`${m.courseId}:${m.locale}`) ?? null) : null,
    };
  }
}

