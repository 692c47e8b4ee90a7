import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { AccessService, Permission } from '@app/access';
import { BadInputException, DomainError, NotFoundException, type Actor } from '@app/core';
import { EventBus, Tx, isUniqueViolation } from '@app/database';
import { NotificationService, companyApprovedText } from '@app/notifications';
import { CompanyLocationEntity } from '../entities/company-location.entity';
import { CompanyEntity } from '../entities/company.entity';
import { ReferenceData } from '../reference/reference-data';

export interface LocationDraft {
  name: string;
  street?: string | null;
  postcode: string;
  city: string;
}

@Injectable()
export class CompanyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(CompanyEntity) private readonly companies: Repository<CompanyEntity>,
    @InjectRepository(CompanyLocationEntity) private readonly locations: Repository<CompanyLocationEntity>,
    private readonly reference: ReferenceData,
    private readonly notifications: NotificationService,
    private readonly access: AccessService,
    private readonly events: EventBus,
  ) {}

  /** Builds a location from a postcode, geocoded by its PC4 centroid; the province follows the postcode. */
  locationFromDraft(companyId: string, draft: LocationDraft): Partial<CompanyLocationEntity> {
    const postcode = draft.postcode.replace(/\s+/g, '').toUpperCase();
    if (!/^[1-9]\d{3}[A-Z]{2}$/.test(postcode)) {
      throw new BadInputException(`"${draft.postcode}" is not a Dutch postcode (like 5611 AB)`, {
        field: 'postcode',
      });
    }
    const point = this.reference.geocodePostcode(postcode);
    if (!point) {
      throw new DomainError('UNKNOWN_POSTCODE', `Postcode ${postcode} is unknown`, { field: 'postcode' });
    }
    if (!draft.name.trim()) throw new BadInputException('A location needs a name', { field: 'name' });
    if (!draft.city.trim()) throw new BadInputException('A location needs a city', { field: 'city' });
    return {
      companyId,
      name: draft.name.trim(),
      street: draft.street?.trim() || null,
      postcode,
      city: draft.city.trim(),
      municipality: point.municipality,
      province: point.province,
      lat: point.lat,
      lon: point.lon,
    };
  }

  /** Creates an unapproved company with its first location inside the caller's transaction. */
  async createWithLocation(
    tx: Tx,
    name: string,
    location: LocationDraft,
  ): Promise<{ company: CompanyEntity; location: CompanyLocationEntity }> {
    if (!name.trim()) throw new BadInputException('A company needs a name', { field: 'companyName' });
    const company = await tx.manager
      .getRepository(CompanyEntity)
      .save({ name: name.trim(), approved: false });
    const saved = await tx.manager
      .getRepository(CompanyLocationEntity)
      .save(this.locationFromDraft(company.id, location) as CompanyLocationEntity);
    return { company, location: saved };
  }

  async approve(actor: Actor, id: string): Promise<CompanyEntity> {
    await this.access.require(actor, Permission.CompanyApprove, [id]);
    return Tx.run(this.dataSource, async (tx) => {
      const repo = tx.manager.getRepository(CompanyEntity);
      const company = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!company) throw new NotFoundException('Company', id);
      if (company.approved) return company;
      company.approved = true;
      company.approvedAt = new Date();
      company.rejectionReason = null;
      company.rejectedAt = null;
      await repo.save(company);
      await this.events.publish(tx, 'companies.changed', { companyIds: [company.id] });
      await this.notifications.notifyCompanies(tx, [{ companyId: id, ...companyApprovedText(company.name) }]);
      return company;
    });
  }

  /** A company contact adds a location to the own company, geocoded by its postcode as at sign-up. */
  async addLocation(actor: Actor, draft: LocationDraft): Promise<CompanyLocationEntity> {
    const companyId = await this.access.actingCompany(actor, Permission.LocationAdd);
    const values = this.locationFromDraft(companyId, draft);
    return Tx.run(this.dataSource, (tx) =>
      tx.manager.getRepository(CompanyLocationEntity).save(values as CompanyLocationEntity),
    );
  }

  /**
   * A company contact corrects the own company's name. A company a coordinator turned down thereby asks again:
   * the rejection is cleared and it is back in the approval queue.
   */
  async update(actor: Actor, name: string): Promise<CompanyEntity> {
    const companyId = await this.access.actingCompany(actor, Permission.CompanyEdit);
    const trimmed = name.trim();
    if (!trimmed) throw new BadInputException('A company needs a name', { field: 'name' });
    if (trimmed.length > 200) {
      throw new BadInputException('The name is longer than 200 characters', { field: 'name' });
    }
    try {
      return await Tx.run(this.dataSource, async (tx) => {
        const repo = tx.manager.getRepository(CompanyEntity);
        const company = await repo.findOne({ where: { id: companyId }, lock: { mode: 'pessimistic_write' } });
        if (!company) throw new NotFoundException('Company', companyId);
        const renamed = company.name !== trimmed;
        company.name = trimmed;
        company.rejectionReason = null;
        company.rejectedAt = null;
        await repo.save(company);
        // Its activities' search documents carry the name.
        if (renamed) await this.events.publish(tx, 'companies.changed', { companyIds: [company.id] });
        return company;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('COMPANY_NAME_TAKEN', 'A company with this name exists already', {
          field: 'name',
        });
      }
      throw error;
    }
  }

  findByIds(ids: readonly string[]): Promise<CompanyEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.companies.find({ where: { id: In([...ids]) } });
  }

  findLocationsByIds(ids: readonly string[]): Promise<CompanyLocationEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.locations.find({ where: { id: In([...ids]) } });
  }

  findLocationsByCompanyIds(companyIds: readonly string[]): Promise<CompanyLocationEntity[]> {
    return companyIds.length === 0
      ? Promise.resolve([])
      : this.locations.find({ where: { companyId: In([...companyIds]) }, order: { createdAt: 'ASC' } });
  }
}
